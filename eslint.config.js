// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules (typed rules on TypeScript), Lit's
// template rules and the web-component rules. Template bindings are type-checked by lit-analyzer (`npm run lint`).
import js from '@eslint/js';
import { configs as lit } from 'eslint-plugin-lit';
import { configs as wc } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ELEMENT_BASES = ['LitElement', 'StrikeWidgetElement'];

export default tseslint.config(
  {
    ignores: ['dist/', '.size/', 'storybook-static/', 'coverage/', 'bench/out/', '.test-results/', 'node_modules/'],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Pages' scripts, and the functions that Node scripts hand to a browser page (puppeteer's `evaluate`).
    files: [
      'test/pages/**/*.js',
      'demo/**/*.js',
      'bench/**/*.js',
      'test/node/**/*.mjs',
      'test/pages/**/*.mjs',
      'scripts/**/*.mjs',
      'bench/**/*.mjs',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused names are tsc's job (noUnusedLocals, noUnusedParameters); `_`-prefixed parameters are meant.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    extends: [lit['flat/recommended'], wc['flat/recommended']],
    settings: { wc: { elementBaseClasses: ELEMENT_BASES }, lit: { elementBaseClasses: ELEMENT_BASES } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // chai's `expect(…).to.equal(…)` is typed as a promise by @open-wc/semantic-dom-diff: not a floating promise.
      '@typescript-eslint/no-floating-promises': 'off',
      // chai's property assertions (`expect(x).to.be.true`, `.to.be.empty`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests instrument the platform: they keep a prototype's method to put it back afterwards.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Tests that break the data contract on purpose work on untyped JSON (`Record<string, any>`).
    files: [
      'test/data/validate.test.ts',
      'test/reliability/invalid-data.test.ts',
      'test/reliability/changes.test.ts',
      'test/reliability/support.ts',
    ],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
