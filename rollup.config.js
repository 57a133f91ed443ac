import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';
import { guardLockdown } from './scripts/rollup-guard-lockdown.mjs';
import { stripDocs } from './scripts/rollup-strip-docs.mjs';

const plugins = () => [
  minifyTemplates(),
  guardLockdown(),
  stripDocs(),
  nodeResolve({ browser: true }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * The script-tag bundle: one self-contained, minified ES module (lit, every element, the embedded dataset),
 * built from the TypeScript compiler's output in dist/lib.
 */
const bundle = {
  input: 'dist/lib/bundle.js',
  output: { file: 'dist/strike-widgets.js', format: 'es', sourcemap: false },
  plugins: plugins(),
};

/**
 * Spreadsheets in and out (`strike-widgets/sheets`), papaparse included so that the package keeps lit as its only
 * dependency: one module for the CLI's import and export-csv commands and for the embed builder's Data tab.
 */
const sheets = {
  input: 'dist/lib/sheets/index.js',
  output: { file: 'dist/sheets.js', format: 'es', sourcemap: false },
  plugins: [nodeResolve({ browser: true }), commonjs()],
};

export default [
  bundle,
  sheets,
  // The prerenderer (Node): the elements with their templates treated exactly as in the bundle (the same
  // template-transforming plugins), so that hydration finds the prerendered DOM identical. Packages stay imports.
  {
    input: 'dist/lib/prerender/index.js',
    output: { file: 'dist/prerender.js', format: 'es', sourcemap: false },
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    plugins: plugins().filter((p) => p.name !== 'node-resolve' && p.name !== 'terser'),
  },
  // Opt-in hydration for prerendered pages: Lit's own support, loaded before the bundle.
  {
    input: '@lit-labs/ssr-client/lit-element-hydrate-support.js',
    output: { file: 'dist/hydrate.js', format: 'es', sourcemap: false },
    plugins: plugins(),
  },
  // Embed pages (src/embed): the page's height messenger, and the optional host script, a classic script.
  { input: 'dist/lib/embed/page.js', output: { file: 'dist/embed-page.js', format: 'es' }, plugins: plugins() },
  {
    input: 'dist/lib/embed/frame.js',
    output: { file: 'dist/strike-widgets-frame.js', format: 'iife' },
    plugins: plugins(),
  },
];
