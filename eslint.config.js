// Lint, including the import direction of DESIGN.md:
//   shared   imports no app code, no electron, react, DOM-bound libraries or Node built-ins;
//   renderer imports shared, never electron or Node built-ins; only renderer/platform touches window.tandem;
//   electron imports shared, never renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noNode = nodeBuiltins.map((name) => ({ name, message: 'Node built-ins belong to electron/ or scripts/, not here (DESIGN.md).' }));

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'bench/results.json', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.{js,mjs}', '*.{js,mjs}', 'bench/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'shared/ imports no electron (DESIGN.md).' },
          { name: 'react', message: 'shared/ imports no react (DESIGN.md).' },
          { name: 'react-dom', message: 'shared/ imports no react (DESIGN.md).' },
          { name: 'dexie', message: 'Storage belongs to renderer/data.' },
          { name: 'y-indexeddb', message: 'Storage belongs to renderer/data.' },
          ...noNode,
        ],
        patterns: [{ group: ['**/renderer/**', '**/electron/**', '**/tests/**'], message: 'shared/ imports no app code (DESIGN.md).' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer never imports electron; go through renderer/platform.' }, ...noNode],
        patterns: [{ group: ['**/electron/**', '**/tests/**'], message: 'The renderer never imports electron/ or tests/ (DESIGN.md).' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/platform/**'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[property.name='tandem'][object.name='window']",
        message: 'Only renderer/platform talks to the preload API (window.tandem).',
      }],
    },
  },
  {
    files: ['electron/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', '**/tests/**'], message: 'electron/ never imports renderer/ (DESIGN.md).' }],
      }],
    },
  },
);
