// Configuration: the JSON Schema shipped with the package, validation with clear errors, and per-file resolution
// (all in config-base.ts, re-exported here). This module also registers ajv as the run-time compiler for option
// schemas that were not compiled at build time (plugin rules). The CLI imports config-base.ts and loads this
// module only when a rule needs it, so `podlint lint` starts without loading ajv.
import { Ajv } from 'ajv';
import { setSchemaCompiler } from './config-base.js';

export * from './config-base.js';

let ajv: Ajv | undefined;
setSchemaCompiler((schema) => {
  ajv ??= new Ajv({ allErrors: true, strict: false });
  return ajv.compile(schema);
});
