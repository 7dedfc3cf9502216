// Container-level restartPolicy and restartPolicyRules, per Kubernetes version: native sidecars
// (SidecarContainers beta/on 1.29) and container restart rules (ContainerRestartRules beta/on 1.35).
import { defineRule } from '../src/core/rule.js';
import { showValue } from '../src/k8s/containers.js';
import { arr, isRecord, rec } from '../src/k8s/values.js';
import { atLeast } from '../src/k8s/versions.js';

export type MessageIds =
  | 'unknownField'
  | 'droppedSidecar'
  | 'droppedRestartRules'
  | 'initOnlyAlways'
  | 'nonInit'
  | 'unsupported'
  | 'rulesNeedPolicy'
  | 'sidecarRules'
  | 'tooManyRules'
  | 'ruleAction'
  | 'ruleActionMissing'
  | 'ruleExitCodes'
  | 'ruleOperator'
  | 'ruleOperatorMissing'
  | 'tooManyValues';

const MAX_RULES = 20;
const MAX_VALUES = 255;

export default defineRule<MessageIds>({
  id: 'valid-container-restart-policy',
  meta: {
    description: 'Validate container-level restartPolicy and restartPolicyRules for the target Kubernetes version',
    category: 'validity',
    severity: 'error',
    remediation:
      'Use `restartPolicy: Always` on an init container to make it a native sidecar (Kubernetes 1.29 or later); set other container restart policies and `restartPolicyRules` only from 1.35 on.',
    messages: {
      unknownField:
        '{{path}}: unknown field: Kubernetes {{version}} has no container-level restartPolicy, so the field is dropped{{effect}}. Native sidecars need Kubernetes 1.29; until then run the helper as a regular container.',
      droppedSidecar:
        '{{path}}: field is dropped: SidecarContainers is alpha and off by default in Kubernetes 1.28{{effect}}. Target 1.29 or later, or run the helper as a regular container.',
      droppedRestartRules:
        '{{path}}: field is dropped: ContainerRestartRules is alpha and off by default in Kubernetes 1.34, so the API server silently removes {{what}}. Remove it, or target 1.35 or later.',
      initOnlyAlways:
        '{{path}}: Unsupported value: {{value}}: supported values: "Always". Use `Always` (a native sidecar) or remove the field; other values need Kubernetes 1.35.',
      nonInit:
        '{{path}}: Forbidden: may not be set for non-init containers. Remove it; regular containers follow the pod\'s restartPolicy before Kubernetes 1.35.',
      unsupported: '{{path}}: Unsupported value: {{value}}: supported values: "Always", "Never", "OnFailure". Use one of them.',
      rulesNeedPolicy:
        '{{path}}: Required value: must specify restartPolicy when restart rules are used. Set the container\'s restartPolicy next to its restartPolicyRules.',
      sidecarRules:
        '{{path}}: Forbidden: restart rules are not supported for init containers with restartPolicy=Always before Kubernetes 1.36 (RestartAllContainersOnContainerExits). Remove them or target 1.36.',
      tooManyRules: '{{path}}: Too many: {{count}}: must have at most 20 items. Merge rules that share an action.',
      ruleAction: '{{path}}: Unsupported value: {{value}}: supported values: {{supported}}. Use a supported action.',
      ruleActionMissing:
        '{{path}}: Required value: action must be set (the API server answers `action: Unsupported value: ""`). Use {{supported}}.',
      ruleOperatorMissing:
        '{{path}}: Required value: exitCodes.operator must be set (the API server answers `operator: Unsupported value: ""`). Use In or NotIn.',
      ruleExitCodes: '{{path}}: Required value: must specify exitCodes. Give the exit codes (operator and values) the rule matches.',
      ruleOperator: '{{path}}: Unsupported value: {{value}}: supported values: "In", "NotIn". Use In or NotIn.',
      tooManyValues: '{{path}}: Too many: {{count}}: must have at most 255 items. List fewer exit codes (use NotIn for the complement).',
    },
  },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    const version = `${v.major}.${v.minor}`;
    return {
      container(c) {
        if (c.role === 'ephemeral') return; // valid-ephemeral-containers forbids the fields there
        const init = c.list === 'initContainers';
        const has = (k: string): boolean => c.node[k] !== undefined && c.node[k] !== null;
        const rp = c.node['restartPolicy'];
        const rules = c.node['restartPolicyRules'];
        const hasPolicy = has('restartPolicy');
        const hasRules = has('restartPolicyRules');

        if (!atLeast(v, '1.28')) {
          if (hasPolicy) {
            ctx.report({
              messageId: 'unknownField',
              data: { version, effect: init && rp === 'Always' ? ': this init container is not a sidecar, and the pod never gets past it' : '' },
              path: c.at('restartPolicy'),
            });
          }
          return;
        }
        if (!atLeast(v, '1.29')) {
          if (hasPolicy && init) {
            const effect = rp === 'Always' ? ', so this init container is not a sidecar and the pod never gets past it' : '';
            ctx.report({ messageId: 'droppedSidecar', data: { effect }, path: c.at('restartPolicy') });
          }
          else if (hasPolicy) ctx.report({ messageId: 'nonInit', path: c.at('restartPolicy') });
          return;
        }
        if (!atLeast(v, '1.34')) {
          if (hasPolicy && !init) ctx.report({ messageId: 'nonInit', path: c.at('restartPolicy') });
          else if (hasPolicy && rp !== 'Always') ctx.report({ messageId: 'initOnlyAlways', data: { value: showValue(rp) }, path: c.at('restartPolicy') });
          return;
        }
        if (!atLeast(v, '1.35')) {
          // The gate is off: non-Always policies and all rules are removed before validation.
          if (hasPolicy && (!init || rp !== 'Always')) {
            ctx.report({ messageId: 'droppedRestartRules', data: { what: init ? 'a restartPolicy other than Always' : 'the restartPolicy of a regular container' }, path: c.at('restartPolicy') });
          }
          if (hasRules) ctx.report({ messageId: 'droppedRestartRules', data: { what: 'restartPolicyRules' }, path: c.at('restartPolicyRules') });
          return;
        }
        // 1.35 and later.
        if (hasPolicy && rp !== 'Always' && rp !== 'OnFailure' && rp !== 'Never') {
          ctx.report({ messageId: 'unsupported', data: { value: showValue(rp) }, path: c.at('restartPolicy') });
        }
        if (!hasRules) return;
        if (!hasPolicy) ctx.report({ messageId: 'rulesNeedPolicy', path: c.path });
        else if (init && rp === 'Always' && !atLeast(v, '1.36') && arr(rules).length > 0) {
          ctx.report({ messageId: 'sidecarRules', path: c.at('restartPolicyRules') });
        }
        const list = arr(rules);
        if (list.length > MAX_RULES) ctx.report({ messageId: 'tooManyRules', data: { count: list.length }, path: c.at('restartPolicyRules') });
        const actions = atLeast(v, '1.36') ? ['Restart', 'RestartAllContainers'] : ['Restart'];
        list.forEach((r, i) => {
          if (!isRecord(r)) return;
          const at = (...s: (string | number)[]) => c.at('restartPolicyRules', i, ...s);
          const supported = actions.map((a) => `"${a}"`).join(', ');
          if (r['action'] === undefined || r['action'] === null) ctx.report({ messageId: 'ruleActionMissing', data: { supported }, path: at() });
          else if (!actions.includes(r['action'] as string)) ctx.report({ messageId: 'ruleAction', data: { value: showValue(r['action']), supported }, path: at('action') });
          const codes = rec(r['exitCodes']);
          if (!codes) {
            ctx.report({ messageId: 'ruleExitCodes', path: at() });
            return;
          }
          if (codes['operator'] === undefined || codes['operator'] === null) ctx.report({ messageId: 'ruleOperatorMissing', path: at('exitCodes') });
          else if (codes['operator'] !== 'In' && codes['operator'] !== 'NotIn') {
            ctx.report({ messageId: 'ruleOperator', data: { value: showValue(codes['operator']) }, path: at('exitCodes', 'operator') });
          }
          const values = arr(codes['values']);
          if (values.length > MAX_VALUES) ctx.report({ messageId: 'tooManyValues', data: { count: values.length }, path: at('exitCodes', 'values') });
        });
      },
    };
  },
});
