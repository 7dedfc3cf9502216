import type { AnyRule, SeveritySetting } from './rule.js';
export declare const PRESETS: readonly ["recommended", "all", "validity-only"];
export type PresetName = (typeof PRESETS)[number];
export declare const PRESET_DESCRIPTIONS: Record<PresetName, string>;
/**
 * A rule's severity under a preset. Validity and syntax rules (and the engine's `suppression` rule) are never
 * lowered by a preset: they stay at their default severity in every preset; only explicit `rules:` settings
 * change them.
 */
export declare function presetSeverity(rule: AnyRule, preset?: PresetName): SeveritySetting;
/** The rule settings a preset stands for (rules that are on, with their severity). */
export declare function presetRules(rules: readonly AnyRule[], preset: PresetName): Record<string, SeveritySetting>;
