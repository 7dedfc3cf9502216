#!/usr/bin/env node

// src/cli/start.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
var bundle = fileURLToPath(new URL("./cli.cjs", import.meta.url));
var require2 = createRequire(bundle);
function runKind(argv) {
  const first = argv.find((a) => !a.startsWith("-"));
  if (first === "diff" || first === "rules" || first === "serve") return first;
  return argv.some((a) => a === "-h" || a === "--help" || a === "-v" || a === "--version" || a === "help") ? "info" : "lint";
}
function cacheDir() {
  const uid = typeof process.getuid === "function" ? process.getuid() : void 0;
  const dir = path.join(tmpdir(), `podlint-compile-cache${uid === void 0 ? "" : `-${uid}`}`);
  mkdirSync(dir, { recursive: true, mode: 448 });
  const info = statSync(dir);
  if (!info.isDirectory() || uid !== void 0 && (info.uid !== uid || (info.mode & 63) !== 0)) return void 0;
  return dir;
}
function load() {
  const disabled = process.env["NODE_DISABLE_COMPILE_CACHE"];
  if (disabled !== void 0 && disabled !== "" && disabled !== "0") return require2(bundle);
  let script;
  let cacheFile;
  let cachedData;
  try {
    const source = readFileSync(bundle, "utf8");
    const info = statSync(bundle);
    const dir = cacheDir();
    if (dir !== void 0) {
      const key = createHash("sha256").update(`${process.version}\0${process.arch}\0${bundle}\0${info.size}\0${info.mtimeMs}\0${info.ino}`).digest("hex").slice(0, 32);
      cacheFile = path.join(dir, `${key}-${runKind(process.argv.slice(2))}.bin`);
      try {
        cachedData = readFileSync(cacheFile);
      } catch {
        cachedData = void 0;
      }
    }
    script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: bundle, cachedData });
  } catch {
    return require2(bundle);
  }
  if (cacheFile !== void 0 && (cachedData === void 0 || script.cachedDataRejected === true)) {
    const file = cacheFile;
    process.once("exit", () => {
      try {
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData(), { mode: 384 });
        renameSync(tmp, file);
      } catch {
      }
    });
  }
  const module = { exports: {} };
  const wrapper = script.runInThisContext();
  wrapper.call(module.exports, module.exports, require2, module, bundle, path.dirname(bundle));
  return module.exports;
}
await load().runProcess((url) => import(url));
