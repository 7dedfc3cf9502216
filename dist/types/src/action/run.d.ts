import type { Finding } from '../core/report.js';
import type { ActionIo } from './commands.js';
import type { ActionInputs } from './inputs.js';
export type { ActionIo } from './commands.js';
interface PullRequestEvent {
    baseSha: string | undefined;
    headSha: string | undefined;
}
/** The pull request in the event payload ($GITHUB_EVENT_PATH), if the event has one. */
export declare function readPullRequest(env: Record<string, string | undefined>): PullRequestEvent | undefined;
/** What to run: a plain lint, or a diff against a base. */
export declare function plan(inputs: ActionInputs, env: Record<string, string | undefined>, pr: PullRequestEvent | undefined): {
    mode: 'lint';
} | {
    mode: 'diff';
    base: string;
};
/** The findings to annotate: not suppressed, most severe first, in report order within a severity, at most `max`. */
export declare function mostSevere(findings: readonly Finding[], max: number): Finding[];
/** Run the Action. Returns the process exit code: 1 fails the step. Never throws. */
export declare function runAction(io: ActionIo): Promise<number>;
