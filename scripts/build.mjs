// Bundles the library, the testing entry and the Action (ESM), and the CLI (one CommonJS bundle plus its bin
// loader) into dist/ with esbuild, after generating the standalone schema validators,
// then writes type declarations. `node scripts/build.mjs [outdir]` (default dist).
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.resolve(root, process.argv[2] ?? 'dist');

// Compile the config and rule-option JSON Schemas into standalone validators (src/core/_generated-validators.ts),
// so that the CLI neither loads ajv nor compiles schemas at start-up.
execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/gen-validators.ts')], { stdio: 'inherit', cwd: root });

rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: {
    index: 'src/index.ts',
    testing: 'src/testing/index.ts',
    action: 'src/action/main.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: "import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);" },
  external: ['vitest'],
  logLevel: 'warning',
});

// The CLI: one CommonJS bundle (dist/cli.cjs; lazily imported modules are initialised only when used) that the
// bin dist/cli.js (src/cli/start.ts) compiles with a V8 code cache, so a hook's `podlint lint one.yaml` starts fast.
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/run.ts'],
  outfile: path.join(outdir, 'cli.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/start.ts'],
  outfile: path.join(outdir, 'cli.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(path.join(outdir, 'cli.js'), 0o755);

// Type declarations for the library entry points.
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json'), '--outDir', path.join(outdir, 'types')], {
  stdio: 'inherit',
});
