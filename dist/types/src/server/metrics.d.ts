/** Latency histogram buckets, in seconds. */
export declare const LATENCY_BUCKETS: readonly number[];
/** Counters keyed by their label set. */
declare class Counter {
    readonly name: string;
    readonly help: string;
    private readonly values;
    constructor(name: string, help: string);
    /** Label strings by their raw label pairs: escaping and joining them again for every review is wasted. */
    private readonly keys;
    private key;
    inc(l: Record<string, string>, by?: number): void;
    get(l: Record<string, string>): number;
    render(out: string[]): void;
}
/** Bound label cardinality: request kinds and operations come from the request body. */
export declare function kindLabel(kind: string): string;
export declare function operationLabel(operation: string): string;
export declare class Metrics {
    readonly requests: Counter;
    readonly findings: Counter;
    readonly httpErrors: Counter;
    readonly reloads: Counter;
    private readonly bucketCounts;
    private latencyCount;
    private latencySum;
    ready: boolean;
    private readonly started;
    observeReview(operation: string, kind: string, verdict: string, seconds: number, findings: readonly {
        ruleId: string;
        severity: string;
    }[]): void;
    render(): string;
}
export {};
