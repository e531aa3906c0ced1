// ESLint flat config with typescript-eslint. The core must stay pure: no LSP, VS Code, file
// system or process APIs (the same rule vscode-markdown-languageservice enforces).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const forbiddenInCore = [
  'vscode',
  'vscode-languageserver',
  'vscode-languageserver/node',
  'vscode-languageserver-textdocument',
  'vscode-languageclient',
  'vscode-languageclient/node',
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'child_process',
  'node:child_process',
  'worker_threads',
  'node:worker_threads',
  'path',
  'node:path',
  'os',
  'node:os',
];

export default tseslint.config(
  { ignores: ['out/**', 'server/out/**', 'node_modules/**', '.e2e-cache/**', '.vscode-test/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration:not([const=true])', message: 'Use const enums or unions.' }],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbiddenInCore.map((name) => ({ name, message: 'server/src/core is pure: no LSP, VS Code, file-system or process imports (see ARCHITECTURE.md).' })),
          patterns: [{ group: ['vscode-languageserver/*', 'vscode-languageclient/*'], message: 'server/src/core is pure (see ARCHITECTURE.md).' }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'The core reads no environment: pass options in.' }, { name: 'require', message: 'Use imports.' }],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.mjs', 'test/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly', fetch: 'readonly' } },
  },
);
