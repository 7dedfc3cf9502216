// Values of the wrong JSON type (as kubectl reads the YAML) in Pod, template and metadata fields.
import { defineRule } from '../src/core/rule.js';
import { OBJECT_META, POD_SPEC, typeMismatches } from '../src/k8s/field-types.js';
import type { FieldType, TypeMismatch } from '../src/k8s/field-types.js';
import type { FieldPath } from '../src/k8s/path.js';

export type MessageIds = 'wrongType';

function fixFor(m: TypeMismatch): string {
  if (m.expected === 'a string' && (m.actual === 'number' || m.actual === 'bool')) {
    return 'Quote the value so that it stays text.';
  }
  if (m.expected === 'an integer' && m.actual === 'string') return 'Write the number without quotes.';
  if (m.expected === 'a boolean' && m.actual === 'string') return 'Write true or false without quotes.';
  return `Give ${m.expected}.`;
}

function show(v: unknown): string {
  const text = JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export default defineRule<MessageIds>({
  id: 'valid-field-types',
  meta: {
    description: 'Require Pod, template and metadata fields to hold the JSON type the API server decodes',
    category: 'validity',
    severity: 'error',
    remediation:
      'Give each field the type the API expects; quote values meant as text (kubectl reads `1_`, `0755`, `yes` and `1.10` as numbers or booleans).',
    messages: {
      wrongType:
        '{{path}}: Invalid value: {{value}}: must be {{expected}}, but kubectl sends a JSON {{actual}}, so the API server cannot decode the object. {{fix}}',
    },
  },
  create(ctx) {
    const check = (type: FieldType, value: unknown, base: FieldPath): void => {
      for (const m of typeMismatches(type, value)) {
        ctx.report({
          messageId: 'wrongType',
          data: { value: show(m.value), expected: m.expected, actual: m.actual, fix: fixFor(m) },
          path: [...base, ...m.path],
        });
      }
    };
    return {
      object(o) {
        check(OBJECT_META, o.value['metadata'], ['metadata']);
      },
      podSpec(pod) {
        if (pod.isTemplate) check(OBJECT_META, pod.metadata, pod.metadataPath);
        check(POD_SPEC, pod.spec, pod.path);
      },
    };
  },
});
