/** A field's JSON type: a scalar kind, an object with known fields, a list, or a string map. */
export type FieldType = 'string' | 'boolean' | 'integer'
/** IntOrString (ports in probes, targetPort): a string or an integer. */
 | 'int-or-string'
/** resource.Quantity: a string or a number. */
 | 'quantity' | {
    object: Record<string, FieldType>;
} | {
    list: FieldType;
} | {
    map: FieldType;
};
/** core/v1 PodSpec (the fields podlint's rules read, and their neighbours). */
export declare const POD_SPEC: FieldType;
/** ObjectMeta. */
export declare const OBJECT_META: FieldType;
/** The JSON type name of a value, as Go's encoding/json names it in decode errors. */
export declare function jsonTypeName(v: unknown): string;
/** Whether a value fits a scalar field type (null always fits: it decodes to the zero value). */
export declare function fitsScalar(t: 'string' | 'boolean' | 'integer' | 'int-or-string' | 'quantity', v: unknown): boolean;
export interface TypeMismatch {
    path: (string | number)[];
    expected: string;
    actual: string;
    value: unknown;
}
/** Every value under `value` whose JSON type does not fit `type`; unknown fields are not checked. */
export declare function typeMismatches(type: FieldType, value: unknown, path?: (string | number)[]): TypeMismatch[];
