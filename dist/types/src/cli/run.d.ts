import type { ModuleImporter } from '../node/importer.js';
/** Run the CLI on this process. `importModule`: how to import plugins (the bin passes its own `import`). */
export declare function runProcess(importModule?: ModuleImporter): Promise<void>;
