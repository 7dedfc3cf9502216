export { RuleTester, runRuleOnText } from './rule-tester.js';
export type { CaseSettings, ExpectedError, InvalidCase, RuleTests, ValidCase } from './rule-tester.js';
