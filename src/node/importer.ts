// How plugin modules are imported. The `podlint` bin compiles the CLI bundle with a V8 code cache (vm.Script),
// and a script compiled from cached data cannot run `import()` itself; the bin hands in its own `import`.

export type ModuleImporter = (url: string) => Promise<unknown>;

let importer: ModuleImporter = (url) => import(url);

/** Import an ES module by file URL (a plugin). */
export function importModule(url: string): Promise<unknown> {
  return importer(url);
}

/** Import modules through `fn` from now on (the bin passes `(url) => import(url)` from its own module). */
export function setModuleImporter(fn: ModuleImporter): void {
  importer = fn;
}
