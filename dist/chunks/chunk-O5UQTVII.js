import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);

// src/formatters/paths.ts
function slashes(p) {
  return p.replace(/\\/g, "/");
}
function isAbsolute(p) {
  return p.startsWith("/") || /^[A-Za-z]:\//.test(p);
}
function normalize(p) {
  const drive = /^[A-Za-z]:/.exec(p)?.[0] ?? "";
  const out = [];
  for (const seg of p.slice(drive.length).split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return `${drive}/${out.join("/")}`;
}
function join(base, rel) {
  return isAbsolute(rel) ? normalize(rel) : normalize(`${base}/${rel}`);
}
function relative(from, to) {
  const a = from.split("/").filter((s) => s !== "");
  const b = to.split("/").filter((s) => s !== "");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}
function repoRelativePath(file, cwd, repoRoot) {
  if (/^<.*>$/.test(file)) return file;
  const root = normalize(slashes(repoRoot ?? cwd));
  const abs = join(normalize(slashes(cwd)), slashes(file));
  const rel = relative(root, abs);
  return rel === "" ? "." : rel;
}
function encodeRelativeUri(rel) {
  return rel.split("/").map((seg) => seg === ".." || seg === "." ? seg : encodeURIComponent(seg)).join("/");
}

export {
  repoRelativePath,
  encodeRelativeUri
};
