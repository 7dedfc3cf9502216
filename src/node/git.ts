// Reads old versions of manifests from git: files at a ref, the index, and renames between a ref and the
// working tree or the index. Paths given to and returned by these helpers are relative to the repository
// root, with forward slashes.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { PodlintError } from '../core/errors.js';

const run = promisify(execFile);
const MAX_BUFFER = 256 * 1024 * 1024;

/** Run git in `cwd`; stdout as text. Errors become PodlintErrors naming the command. */
async function git(cwd: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run('git', [...args], { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
    return stdout;
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new PodlintError('E_USAGE', 'git is not installed (needed for --base)');
    const detail = (err.stderr ?? err.message).trim().split('\n')[0] ?? '';
    throw new PodlintError('E_USAGE', `git ${args[0] ?? ''} failed: ${detail}`);
  }
}

function nulList(out: string): string[] {
  return out.split('\0').filter((s) => s !== '');
}

/** The top directory of the work tree that holds `cwd`. */
export async function gitTopLevel(cwd: string): Promise<string> {
  return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
}

/** Fail with a usage error when `ref` does not name a commit. */
export async function verifyRef(root: string, ref: string): Promise<void> {
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root });
  } catch {
    throw new PodlintError('E_USAGE', `--base: "${ref}" is not a commit in this repository`);
  }
}

/** Files at `ref` below the pathspecs (`.` for everything). */
export async function listFilesAtRef(root: string, ref: string, pathspecs: readonly string[]): Promise<string[]> {
  return nulList(await git(root, ['ls-tree', '-r', '-z', '--name-only', '--full-name', ref, '--', ...pathspecs]));
}

/** Files in the index below the pathspecs. */
export async function listIndexFiles(root: string, pathspecs: readonly string[]): Promise<string[]> {
  return nulList(await git(root, ['ls-files', '-z', '--cached', '--full-name', '--', ...pathspecs]));
}

/** The text of `file` at `ref`, or in the index when `ref` is undefined (`git show <ref>:<path>`, `git show :<path>`). */
export async function readGitFile(root: string, ref: string | undefined, file: string): Promise<string> {
  return git(root, ['show', `${ref ?? ''}:${file}`]);
}

/**
 * The texts of many files at `ref` (or in the index when `ref` is undefined) with one
 * `git cat-file --batch` process. Files that do not exist there are left out of the map.
 */
export function readGitFiles(root: string, ref: string | undefined, files: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (files.length === 0) return Promise.resolve(out);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', (e: NodeJS.ErrnoException) => reject(new PodlintError('E_USAGE', e.code === 'ENOENT' ? 'git is not installed (needed for --base)' : `git cat-file failed: ${e.message}`)));
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new PodlintError('E_USAGE', `git cat-file failed: ${stderr.trim().split('\n')[0] ?? ''}`));
        return;
      }
      const buf = Buffer.concat(chunks);
      let pos = 0;
      for (const file of files) {
        const nl = buf.indexOf(0x0a, pos);
        if (nl === -1) break;
        const header = buf.subarray(pos, nl).toString('utf8');
        pos = nl + 1;
        const m = / (\w+) (\d+)$/.exec(header);
        if (!m) continue; // "<spec> missing" (or ambiguous): no content follows
        const size = Number(m[2]);
        if (m[1] === 'blob') out.set(file, buf.subarray(pos, pos + size).toString('utf8'));
        pos += size + 1;
      }
      resolve(out);
    });
    child.stdin.end(files.map((f) => `${ref ?? ''}:${f}\n`).join(''));
  });
}

/** A change between a ref and the working tree or index, as `git diff -M --name-status` reports it. */
export interface GitChange {
  /** `A`, `M`, `D`, `R`, `C`, `T`, … (the score of R and C is dropped). */
  status: string;
  /** Path at the ref (undefined for added files). */
  oldPath: string | undefined;
  /** Path in the working tree or index (undefined for deleted files). */
  newPath: string | undefined;
}

/**
 * Changes between `ref` and the working tree (or the index with `staged`), with renames detected
 * (`git diff -M --name-status`). The whole tree is compared, so a file moved into the pathspecs from
 * outside them is still found; callers filter.
 */
export async function changesSince(root: string, ref: string, staged: boolean): Promise<GitChange[]> {
  const args = ['diff', '-M', '--name-status', '-z', '--no-color', '--no-ext-diff', ...(staged ? ['--cached'] : []), ref, '--'];
  const parts = nulList(await git(root, args));
  const out: GitChange[] = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++]!.charAt(0);
    if (status === 'R' || status === 'C') {
      const from = parts[i++];
      const to = parts[i++];
      out.push({ status, oldPath: from, newPath: to });
    } else {
      const p = parts[i++];
      out.push({ status, oldPath: status === 'A' ? undefined : p, newPath: status === 'D' ? undefined : p });
    }
  }
  return out;
}

/** True when a repository-relative path lies in one of the pathspecs (plain paths: files or directories). */
export function inPathspecs(file: string, pathspecs: readonly string[]): boolean {
  return pathspecs.some((spec) => spec === '.' || spec === '' || file === spec || file.startsWith(spec.endsWith('/') ? spec : `${spec}/`));
}
