import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      // ignoreRestSiblings: `const { omitted, ...rest } = record` is how a property is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Each SDK stays in its own room (STYLE.md): telegraf in bot/, openai in the adapter, keyv in store/.
    files: ['src/**/*.ts'],
    ignores: ['src/bot/**', 'src/main.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['telegraf'], patterns: ['telegraf/*'] }] },
  },
);
