export type ModuleImporter = (url: string) => Promise<unknown>;
/** Import an ES module by file URL (a plugin). */
export declare function importModule(url: string): Promise<unknown>;
/** Import modules through `fn` from now on (the bin passes `(url) => import(url)` from its own module). */
export declare function setModuleImporter(fn: ModuleImporter): void;
