import type { AnyRule, Severity } from '../core/rule.js';
import type { FormatContext, Formatter } from './types.js';
export declare const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export declare const SRCROOT = "%SRCROOT%";
export type SarifLevel = 'error' | 'warning' | 'note';
/** The subset of the SARIF object model podlint writes (typed after `@types/sarif`). */
export interface SarifMessage {
    text: string;
    markdown?: string;
}
export interface SarifRegion {
    startLine: number;
    startColumn?: number;
    endLine?: number;
    endColumn?: number;
}
export interface SarifPhysicalLocation {
    artifactLocation: {
        uri: string;
        uriBaseId?: string;
    };
    region: SarifRegion;
}
export interface SarifLocation {
    id?: number;
    physicalLocation: SarifPhysicalLocation;
    logicalLocations?: {
        name?: string;
        fullyQualifiedName?: string;
        kind?: string;
        properties?: Record<string, unknown>;
    }[];
    message?: SarifMessage;
}
export interface SarifReportingDescriptor {
    id: string;
    name: string;
    shortDescription: SarifMessage;
    fullDescription: SarifMessage;
    help: SarifMessage;
    helpUri: string;
    defaultConfiguration: {
        level: SarifLevel;
    };
    properties: Record<string, unknown> & {
        tags: string[];
    };
}
export interface SarifSuppression {
    kind: 'inSource' | 'external';
    status?: 'accepted' | 'underReview' | 'rejected';
    justification?: string;
    location?: SarifLocation;
}
export interface SarifResult {
    ruleId: string;
    ruleIndex: number;
    level: SarifLevel;
    message: SarifMessage;
    locations: SarifLocation[];
    relatedLocations?: SarifLocation[];
    suppressions?: SarifSuppression[];
    properties?: Record<string, unknown>;
}
export interface SarifNotification {
    level: SarifLevel;
    message: SarifMessage;
    locations: SarifLocation[];
    associatedRule: {
        id: string;
        index: number;
    };
}
export interface SarifRun {
    tool: {
        driver: {
            name: string;
            version: string;
            semanticVersion: string;
            informationUri: string;
            rules: SarifReportingDescriptor[];
        };
    };
    automationDetails?: {
        id: string;
    };
    invocations: {
        executionSuccessful: boolean;
        toolExecutionNotifications?: SarifNotification[];
    }[];
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
    properties: Record<string, unknown>;
}
export interface SarifLog {
    $schema: string;
    version: '2.1.0';
    runs: SarifRun[];
}
export declare function sarifLevel(severity: Severity): SarifLevel;
/**
 * `no-privileged-container` → `NoPrivilegedContainer` (the PascalCase "friendly name" SARIF asks for).
 * A name must differ from the id even in case (SARIF1001), so a one-word id gets `Check` appended.
 */
export declare function pascalCase(id: string): string;
/** GitHub's `security-severity`: a numeric string in (0, 10]; ≥ 7 is "high", 4–6.9 "medium", below "low". */
export declare function securitySeverity(rule: AnyRule): string;
/** A `reportingDescriptor` with every field GitHub reads (and the multitool's GitHub rules ask for). */
export declare function ruleDescriptor(rule: AnyRule): SarifReportingDescriptor;
/** Build the SARIF log object (the formatter serialises it). */
export declare function buildSarif(report: Parameters<Formatter>[0], ctx: FormatContext): SarifLog;
export declare const formatSarif: Formatter;
