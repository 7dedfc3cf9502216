// Extracts the ✗/✓ examples of a rule doc: fenced yaml blocks under "✗ Incorrect" / "✓ Correct" headings.
// An HTML comment `<!-- example: {json} -->` just before a block gives its settings (kubernetesVersion,
// options, …). A block fenced as ```yaml old followed by ```yaml new is an update pair.
import type { CaseSettings } from '../src/testing/rule-tester.js';

export interface DocExample extends CaseSettings {
  kind: 'incorrect' | 'correct';
  code: string;
  line: number;
}

export function docExamples(markdown: string): DocExample[] {
  const lines = markdown.split('\n');
  const out: DocExample[] = [];
  let mode: DocExample['kind'] | undefined;
  let pendingSettings: CaseSettings = {};
  let pendingOld: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{2,4} /.test(line)) {
      mode = line.includes('✗') ? 'incorrect' : line.includes('✓') ? 'correct' : undefined;
      continue;
    }
    const m = /^<!-- example: (.*) -->$/.exec(line);
    if (m) {
      pendingSettings = JSON.parse(m[1]!) as CaseSettings;
      continue;
    }
    const fence = /^```(ya?ml|json)(?:\s+(old|new))?\s*$/.exec(line);
    if (fence && mode) {
      const start = i + 1;
      const body: string[] = [];
      for (i = i + 1; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]!);
      const code = `${body.join('\n')}\n`;
      if (fence[2] === 'old') {
        pendingOld = code;
        continue;
      }
      const ex: DocExample = { ...pendingSettings, kind: mode, code, line: start };
      if (fence[2] === 'new' && pendingOld !== undefined) ex.previous = pendingOld;
      out.push(ex);
      pendingSettings = {};
      pendingOld = undefined;
    }
  }
  return out;
}
