#!/usr/bin/env node
// The `podlint` bin (built to dist/cli.js): loads the CLI bundle dist/cli.cjs and runs it. Start-up is dominated
// by V8 compiling the bundle, so the bundle is compiled with a V8 code cache, as Node 22's
// module.enableCompileCache() does: the first run stores the code V8 compiled (after running, so the functions a
// lint needs are in it) under the temporary directory; later runs load it instead of compiling again. V8
// rejects a cache that does not fit (another Node version or flags), and any failure falls back to a plain
// require(). NODE_DISABLE_COMPILE_CACHE=1 turns the cache off.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

interface CliBundle {
  runProcess: (importModule?: (url: string) => Promise<unknown>) => Promise<void>;
}

const bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url));
const require = createRequire(bundle);

/**
 * The kind of run, part of the cache key: the cache holds what one run compiled, so `podlint --version` run
 * first must not leave a cache without the lint code in it.
 */
function runKind(argv: readonly string[]): string {
  const first = argv.find((a) => !a.startsWith('-'));
  if (first === 'diff' || first === 'rules' || first === 'serve') return first;
  return argv.some((a) => a === '-h' || a === '--help' || a === '-v' || a === '--version' || a === 'help') ? 'info' : 'lint';
}

/** Our own cache directory (mode 0700, owned by this user), or undefined when it cannot be used safely. */
function cacheDir(): string | undefined {
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = path.join(tmpdir(), `podlint-compile-cache${uid === undefined ? '' : `-${uid}`}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const info = statSync(dir);
  if (!info.isDirectory() || (uid !== undefined && (info.uid !== uid || (info.mode & 0o077) !== 0))) return undefined;
  return dir;
}

function load(): CliBundle {
  const disabled = process.env['NODE_DISABLE_COMPILE_CACHE'];
  if (disabled !== undefined && disabled !== '' && disabled !== '0') return require(bundle) as CliBundle;
  let script: vm.Script;
  let cacheFile: string | undefined;
  let cachedData: Buffer | undefined;
  try {
    const source = readFileSync(bundle, 'utf8');
    const info = statSync(bundle);
    const dir = cacheDir();
    if (dir !== undefined) {
      const key = createHash('sha256').update(`${process.version}\0${process.arch}\0${bundle}\0${info.size}\0${info.mtimeMs}\0${info.ino}`).digest('hex').slice(0, 32);
      cacheFile = path.join(dir, `${key}-${runKind(process.argv.slice(2))}.bin`);
      try {
        cachedData = readFileSync(cacheFile);
      } catch {
        cachedData = undefined;
      }
    }
    script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  } catch {
    return require(bundle) as CliBundle;
  }
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    const file = cacheFile;
    process.once('exit', () => {
      try {
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, file);
      } catch {
        // No cache this time.
      }
    });
  }
  const module = { exports: {} as CliBundle };
  const wrapper = script.runInThisContext() as (exports: unknown, req: NodeJS.Require, mod: unknown, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, require, module, bundle, path.dirname(bundle));
  return module.exports;
}

// Plugins are imported by this module (the vm-compiled bundle cannot run import() when compiled from a cache).
await load().runProcess((url) => import(url));
