// Baseline processes for `npm run bench`: what reading and parsing the same corpus costs without podlint.
// Usage: node baselines.mjs read|js-yaml|yaml|--stats DIR
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ya?ml|json)$/.test(name)) out.push(p);
  }
  return out;
}

const [mode, dir] = process.argv.slice(2);
const list = files(dir);
if (mode === '--stats') {
  const { parseAllDocuments } = await import('yaml');
  let bytes = 0;
  let documents = 0;
  for (const f of list) {
    const text = readFileSync(f, 'utf8');
    bytes += Buffer.byteLength(text);
    documents += parseAllDocuments(text).filter((d) => d.contents !== null).length;
  }
  console.log(JSON.stringify({ files: list.length, bytes, documents }));
} else if (mode === 'read') {
  let n = 0;
  for (const f of list) n += readFileSync(f, 'utf8').length;
  if (n < 0) console.log(n);
} else if (mode === 'js-yaml') {
  const { loadAll } = (await import('js-yaml')).default;
  let n = 0;
  for (const f of list) n += loadAll(readFileSync(f, 'utf8')).length;
  if (n < 0) console.log(n);
} else if (mode === 'yaml') {
  const { LineCounter, parseAllDocuments } = await import('yaml');
  let n = 0;
  for (const f of list) {
    const lineCounter = new LineCounter();
    for (const d of parseAllDocuments(readFileSync(f, 'utf8'), { lineCounter })) n += d.toJS() ? 1 : 0;
  }
  if (n < 0) console.log(n);
} else {
  console.error('usage: baselines.mjs read|js-yaml|yaml|--stats DIR');
  process.exit(2);
}
