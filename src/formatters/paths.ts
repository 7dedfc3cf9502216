// Repository-relative paths and URIs for the formats that GitHub reads (SARIF, workflow commands).
// Pure string work on POSIX-style paths (no node:path: formatters do no I/O); Windows separators and
// drive letters are normalised first.

function slashes(p: string): string {
  return p.replace(/\\/g, '/');
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}

/** Resolve `.` and `..` segments of an absolute, slash-separated path. */
function normalize(p: string): string {
  const drive = /^[A-Za-z]:/.exec(p)?.[0] ?? '';
  const out: string[] = [];
  for (const seg of p.slice(drive.length).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `${drive}/${out.join('/')}`;
}

function join(base: string, rel: string): string {
  return isAbsolute(rel) ? normalize(rel) : normalize(`${base}/${rel}`);
}

/** `to` relative to `from` (both absolute and normalised), with `..` where `to` is outside `from`. */
function relative(from: string, to: string): string {
  const a = from.split('/').filter((s) => s !== '');
  const b = to.split('/').filter((s) => s !== '');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/**
 * The path of a reported file relative to the repository root (or to `cwd` outside a repository), with
 * `/` separators and never absolute. `file` is the display path of a finding: relative to `cwd`, or
 * absolute. Names that are not paths (`<stdin>`, `<text>`) are returned as they are.
 */
export function repoRelativePath(file: string, cwd: string, repoRoot?: string): string {
  if (/^<.*>$/.test(file)) return file;
  const root = normalize(slashes(repoRoot ?? cwd));
  const abs = join(normalize(slashes(cwd)), slashes(file));
  const rel = relative(root, abs);
  return rel === '' ? '.' : rel;
}

/** Percent-encode each segment of a relative path so that it is an RFC 3986 relative reference. */
export function encodeRelativeUri(rel: string): string {
  return rel
    .split('/')
    .map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg)))
    .join('/');
}
