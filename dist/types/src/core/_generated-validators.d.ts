import type { ErrorObject } from 'ajv';
/** A compiled JSON Schema validator: returns whether `data` is valid and leaves the errors in `errors`. */
export interface GeneratedValidator {
    (data: unknown): boolean;
    errors?: ErrorObject[] | null;
}
/** Validates a parsed `.podlint.yaml` against CONFIG_SCHEMA. */
export declare const CONFIG_VALIDATOR: GeneratedValidator;
/** Validates the options of a rule without a schema (NO_OPTIONS_SCHEMA). */
export declare const NO_OPTIONS_VALIDATOR: GeneratedValidator;
/** Option validators of the built-in rules by rule id, with the JSON text of the schema each was compiled from (without descriptions). */
export declare const RULE_OPTIONS_VALIDATORS: ReadonlyMap<string, {
    schema: string;
    validate: GeneratedValidator;
}>;
