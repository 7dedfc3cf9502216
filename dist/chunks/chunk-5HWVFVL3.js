import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "podlint",
  version: "0.1.0",
  description: "Static analysis and admission policy for Kubernetes Pod specs: forbidden updates, invalid names, privileged misuse and sidecar pitfalls, at the exact line and column.",
  license: "Apache-2.0",
  type: "module",
  homepage: "https://github.com/podlint/podlint#readme",
  repository: {
    type: "git",
    url: "git+https://github.com/podlint/podlint.git"
  },
  engines: {
    node: ">=20"
  },
  bin: {
    podlint: "dist/cli.js"
  },
  exports: {
    ".": {
      types: "./dist/types/src/index.d.ts",
      default: "./dist/index.js"
    },
    "./testing": {
      types: "./dist/types/src/testing/index.d.ts",
      default: "./dist/testing.js"
    },
    "./package.json": "./package.json"
  },
  files: [
    "dist",
    "schemas",
    "rules/*.md",
    "README.md",
    "CHANGELOG.md"
  ],
  scripts: {
    bench: "node scripts/bench/run.mjs --write BENCHMARKS.md",
    build: "node scripts/build.mjs",
    docs: "tsx scripts/docs.ts",
    lint: "eslint .",
    typecheck: "tsc --noEmit",
    test: "eslint . && tsc --noEmit && vitest run",
    "test:unit": "vitest run",
    "bench:webhook": "node scripts/bench-webhook.mjs"
  },
  dependencies: {
    ajv: "8.20.0",
    commander: "14.0.3",
    glob: "11.0.3",
    ignore: "7.0.16",
    minimatch: "11.0.9",
    picocolors: "1.1.1",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@eslint/js": "10.0.1",
    "@microsoft/sarif-multitool": "5.7.0",
    "@types/js-yaml": "4.0.9",
    "@types/node": "20.19.43",
    "ajv-draft-04": "1.0.0",
    "ajv-formats": "3.0.1",
    autocannon: "8.0.0",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    "fast-check": "4.10.2",
    "js-yaml": "4.3.2",
    tsx: "4.23.15",
    typescript: "5.9.3",
    "typescript-eslint": "8.73.0",
    vitest: "4.1.12"
  }
};

// src/node/repo-root.ts
import { existsSync } from "node:fs";
import path from "node:path";
function findRepoRoot(cwd) {
  let dir = path.resolve(cwd);
  for (; ; ) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}

export {
  package_default,
  findRepoRoot
};
