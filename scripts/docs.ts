// `npm run docs`: regenerates rules/index.ts, each rule doc's header, the README rule table and the
// config schema from rule metadata. A test fails when any of them is stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configSchemaText, ruleIndexSource, updateReadme, updateRuleDoc } from '../src/docs/generate.js';
import { withSyntaxRules } from '../src/core/syntax-rules.js';
import type { AnyRule } from '../src/core/rule.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const rulesDir = path.join(root, 'rules');

function writeIfChanged(file: string, text: string): void {
  let old: string | undefined;
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    old = undefined;
  }
  if (old !== text) {
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(root, file)}`);
  }
}

const ids = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && !f.startsWith('_'))
  .map((f) => f.slice(0, -3));
writeIfChanged(path.join(rulesDir, 'index.ts'), ruleIndexSource(ids));

// Import the registry after writing it, so new rule files are picked up in the same run.
const { builtinRules } = (await import(`${path.join(rulesDir, 'index.ts')}?t=${Date.now()}`)) as { builtinRules: readonly AnyRule[] };
const rules = withSyntaxRules(builtinRules);
for (const rule of rules) {
  const file = path.join(rulesDir, `${rule.id}.md`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = `# ${rule.id}\n\n<!-- begin generated -->\n<!-- end generated -->\n\n## Rule Details\n\nTODO: explain why this matters.\n\n## Examples\n\n### ✗ Incorrect\n\n\`\`\`yaml\n\`\`\`\n\n### ✓ Correct\n\n\`\`\`yaml\n\`\`\`\n`;
    console.log(`created ${path.relative(root, file)} (write its prose and examples)`);
  }
  writeIfChanged(file, updateRuleDoc(text, rule));
}
const readme = path.join(root, 'README.md');
writeIfChanged(readme, updateReadme(readFileSync(readme, 'utf8'), rules));
writeIfChanged(path.join(root, 'schemas', 'podlint-config.schema.json'), configSchemaText());
