// ESLint flat config for podlint's own code; import boundaries keep the engine pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'process'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**', 'fixtures/**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/k8s/**/*.ts', 'src/manifest/**/*.ts', 'src/formatters/**/*.ts', 'rules/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: nodeBuiltins, message: 'The engine, rules and formatters are pure: no Node.js I/O modules.' }] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'Only src/cli, src/server and src/action touch process.' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: nodeBuiltins, message: 'src/core is pure: no Node.js I/O modules.' },
        { group: ['**/rules/*', '../../rules/**'], message: 'The engine takes its rules as an argument; it never imports rules/.' },
      ] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', structuredClone: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
