// Reload-on-change for mounted files. Kubernetes updates Secret and ConfigMap volumes by swapping a
// symlink (`..data`) in the directory, so the directory is watched (not the file), and a poll backs the
// watch up (inotify is not available everywhere). The callback runs only when the content changes.
import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface WatchedFiles {
  /** Read the files now and call back if their content changed since the last call. */
  check(): Promise<void>;
  close(): void;
}

/**
 * Watch `files` (read together, e.g. a certificate and its key). `onChange` gets their contents, or the
 * read error; it is called only when the contents (or the error) differ from the previous read.
 */
export function watchFiles(
  files: readonly string[],
  initial: readonly string[] | undefined,
  onChange: (contents: string[] | Error) => void,
  options: { pollMs: number; debounceMs?: number },
): WatchedFiles {
  let last = initial ? JSON.stringify(initial) : '';
  let closed = false;
  let running: Promise<void> | undefined;
  let again = false;

  const read = async (): Promise<void> => {
    let contents: string[] | Error;
    try {
      contents = await Promise.all(files.map((f) => readFile(f, 'utf8')));
    } catch (e) {
      contents = e instanceof Error ? e : new Error(String(e));
    }
    if (closed) return;
    const key = contents instanceof Error ? `error:${contents.message}` : JSON.stringify(contents);
    if (key === last) return;
    last = key;
    onChange(contents);
  };
  const check = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await read();
      } while (again && !closed);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  let timer: NodeJS.Timeout | undefined;
  const debounced = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void check(), options.debounceMs ?? 100);
    timer.unref();
  };
  const watchers: FSWatcher[] = [];
  for (const dir of new Set(files.map((f) => path.dirname(path.resolve(f))))) {
    try {
      const w = watch(dir, { persistent: false }, debounced);
      w.on('error', () => w.close());
      watchers.push(w);
    } catch {
      // The poll below still notices changes.
    }
  }
  const poll = setInterval(() => void check(), options.pollMs);
  poll.unref();

  return {
    check,
    close(): void {
      closed = true;
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
