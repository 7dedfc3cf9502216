// Tolerations (`ValidateTolerations`): checked on create and, in an update, on the new pod (so every
// added toleration is validated as on create).
import { defineRule } from '../src/core/rule.js';
import { isQualifiedName, isValidLabelValue } from '../src/k8s/names.js';
import { show } from '../src/k8s/update.js';
import { arr, rec } from '../src/k8s/values.js';

export type MessageIds = 'invalidKey' | 'emptyKeyOperator' | 'secondsWithoutNoExecute' | 'invalidValue' | 'valueWithExists' | 'unsupportedOperator' | 'unsupportedEffect';

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

export default defineRule<MessageIds>({
  id: 'valid-tolerations',
  meta: {
    description: 'Validate tolerations: key, operator, value, effect and tolerationSeconds',
    category: 'validity',
    severity: 'error',
    remediation:
      'Use a qualified name as key, operator Equal (with a label value) or Exists (without a value), an effect of NoSchedule, PreferNoSchedule or NoExecute, and tolerationSeconds only with NoExecute.',
    messages: {
      invalidKey: '{{path}}: Invalid value: {{value}}: {{detail}}. Use a qualified name such as example.com/dedicated.',
      emptyKeyOperator:
        '{{path}}: Invalid value: {{value}}: operator must be Exists when `key` is empty, which means "match all values and all keys". Set a key, or use operator: Exists.',
      secondsWithoutNoExecute:
        "{{path}}: Invalid value: {{value}}: effect must be 'NoExecute' when `tolerationSeconds` is set. Use effect: NoExecute or remove tolerationSeconds.",
      invalidValue: '{{path}}: Invalid value: {{value}}: {{detail}}. Use a label value (63 characters at most).',
      valueWithExists: "{{path}}: Invalid value: {{value}}: value must be empty when `operator` is 'Exists'. Remove the value, or use operator: Equal.",
      unsupportedOperator: '{{path}}: Unsupported value: {{value}}: supported values: "Equal", "Exists". Use Equal or Exists.',
      unsupportedEffect: '{{path}}: Unsupported value: {{value}}: supported values: "NoSchedule", "PreferNoSchedule", "NoExecute". Use one of them, or leave effect empty to match every effect.',
    },
  },
  create(ctx) {
    return {
      podSpec(pod) {
        arr(pod.spec['tolerations']).forEach((raw, i) => {
          const t = rec(raw);
          if (!t) return;
          const at = (...s: string[]): (string | number)[] => [...pod.at('tolerations', i), ...s];
          const key = typeof t['key'] === 'string' ? t['key'] : '';
          const operator = typeof t['operator'] === 'string' ? t['operator'] : '';
          const value = typeof t['value'] === 'string' ? t['value'] : '';
          const effect = typeof t['effect'] === 'string' ? t['effect'] : '';
          if (key !== '') {
            const errs = isQualifiedName(key);
            if (errs.length > 0) ctx.report({ messageId: 'invalidKey', path: at('key'), data: { value: show(key, 200), detail: errs.join('; ') } });
          } else if (operator !== 'Exists') {
            ctx.report({ messageId: 'emptyKeyOperator', path: t['operator'] === undefined ? pod.at('tolerations', i) : at('operator'), data: { value: JSON.stringify(operator) } });
          }
          if (t['tolerationSeconds'] !== undefined && t['tolerationSeconds'] !== null && effect !== 'NoExecute') {
            ctx.report({ messageId: 'secondsWithoutNoExecute', path: t['effect'] === undefined ? at('tolerationSeconds') : at('effect'), data: { value: JSON.stringify(effect) } });
          }
          // The API server reports value problems at `operator` (as it does).
          const operatorPath = t['operator'] === undefined ? (t['value'] === undefined ? pod.at('tolerations', i) : at('value')) : at('operator');
          if (operator === 'Equal' || operator === '') {
            const errs = isValidLabelValue(value);
            if (errs.length > 0) ctx.report({ messageId: 'invalidValue', path: operatorPath, data: { value: show(value, 200), detail: errs.join('; ') } });
          } else if (operator === 'Exists') {
            if (value !== '') ctx.report({ messageId: 'valueWithExists', path: at('operator'), data: { value: show(t) } });
          } else {
            ctx.report({ messageId: 'unsupportedOperator', path: at('operator'), data: { value: JSON.stringify(operator) } });
          }
          if (effect !== '' && !EFFECTS.includes(effect)) {
            ctx.report({ messageId: 'unsupportedEffect', path: at('effect'), data: { value: JSON.stringify(effect) } });
          }
        });
      },
    };
  },
});
