// Presets (`extends:` in the config), derived from rule metadata: nothing is listed by hand.
import type { AnyRule, SeveritySetting } from './rule.js';

export const PRESETS = ['recommended', 'all', 'validity-only'] as const;
export type PresetName = (typeof PRESETS)[number];

export const PRESET_DESCRIPTIONS: Record<PresetName, string> = {
  recommended: 'rules with `recommended` metadata (the default)',
  all: 'every rule, at its default severity',
  'validity-only': 'only what the API server would reject (validity), plus syntax and suppression problems',
};

/**
 * A rule's severity under a preset. Validity and syntax rules (and the engine's `suppression` rule) are never
 * lowered by a preset: they stay at their default severity in every preset; only explicit `rules:` settings
 * change them.
 */
export function presetSeverity(rule: AnyRule, preset: PresetName = 'recommended'): SeveritySetting {
  const m = rule.meta;
  if (m.category === 'validity' || m.category === 'syntax' || rule.id === 'suppression') return m.severity;
  if (preset === 'all') return m.severity;
  if (preset === 'validity-only') return 'off';
  return m.recommended === false ? 'off' : m.severity;
}

/** The rule settings a preset stands for (rules that are on, with their severity). */
export function presetRules(rules: readonly AnyRule[], preset: PresetName): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const r of rules) {
    const s = presetSeverity(r, preset);
    if (s !== 'off') out[r.id] = s;
  }
  return out;
}
