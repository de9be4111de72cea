import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Imports a layer may not make: the direction is routes → services/state → db/sync → domain. */
function forbid(...groups) {
  return {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: groups.map(([group, message]) => ({ group, message }))
      }
    ]
  };
}

const VIEW = [['svelte', 'svelte/*', '$app/*', '**/routes/**', '**/components/**', '$lib/components/**'], 'Screens sit above this layer.'];
const UI = [['svelte', 'svelte/*', '$app/*', '**/routes/**', '**/components/**', '**/state/**', '$lib/components/**', '$lib/state/**'], 'UI code sits above this layer.'];
const SERVICES = [['**/services/**', '$lib/services/**'], 'Services sit above this layer.'];
const STORAGE = [['pouchdb*', 'nano', '**/db/**', '**/sync/**', '$lib/db/**', '$lib/sync/**'], 'The domain imports no database or sync code.'];

export default ts.config(
  { ignores: ['build/', '.svelte-kit/', 'node_modules/', 'data/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
  },
  { files: ['app/lib/domain/**/*.ts'], rules: forbid(STORAGE, SERVICES, UI) },
  { files: ['app/lib/db/**/*.ts', 'app/lib/sync/**/*.ts'], rules: forbid(SERVICES, UI) },
  { files: ['app/lib/services/**/*.ts'], rules: forbid(VIEW) },
  {
    // CouchDB runs design-document functions alone: nothing may be imported at run time.
    files: ['design-docs/*/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['*', '**'], allowTypeImports: true, message: 'Design documents import types only.' }] }
      ]
    }
  },
  {
    files: ['tests/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  }
);
