export declare function runProcess(): Promise<void>;
