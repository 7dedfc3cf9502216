import type { AnyRule } from '../core/rule.js';
/** Check the shape of a plugin rule; throws E_PLUGIN naming the plugin, the rule and the problem. */
export declare function checkPluginRule(rule: unknown, plugin: string): AnyRule;
/**
 * Import plugin modules (paths relative to `baseDir`) and return their rules. Throws E_PLUGIN when a module
 * cannot be loaded, exports no valid rule, or reuses the id of a built-in rule or of another plugin's rule.
 */
export declare function loadPlugins(specs: readonly string[], baseDir: string, taken?: readonly AnyRule[]): Promise<AnyRule[]>;
/** The `plugins:` list of a config file (read raw: the config is validated later, against every rule). */
export declare function pluginSpecs(configFile: string): string[];
/** Load the plugins of the config that a run uses (`--config FILE`, or the nearest `.podlint.yaml`). */
export declare function loadConfiguredPlugins(options: {
    cwd: string;
    configFile?: string;
    configLookup?: boolean;
    builtins?: readonly AnyRule[];
}): Promise<AnyRule[]>;
