import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { guardLockdown } from './scripts/rollup-guard-lockdown.mjs';
import { stripDocs } from './scripts/rollup-strip-docs.mjs';
import { readerDataset } from './scripts/rollup-reader-dataset.mjs';

// Lit's template minifier, keeping one space where a template had whitespace: between inline elements it shows
// ("Source: <cite>…"), and the prerenderer (built with the same plugins) must produce exactly what hydration expects.
const minifyTemplates = () =>
  minifyHtmlLiterals({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } });

export const plugins = () => [
  minifyTemplates(),
  guardLockdown(),
  stripDocs(),
  nodeResolve({ browser: true }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * The script-tag bundle, built from the TypeScript compiler's output in dist/lib: one minified ES module with lit,
 * every element and the embedded dataset in English, and beside it the folder `strike-widgets/` of what only some
 * pages load (a language's strings and dataset translations; what reads a page's own data; the JSON-LD; the
 * count-up), fetched from where the module itself was loaded. Chunk names carry a hash of their content, so a cached chunk never outlives its bundle.
 */
export const bundleOutput = {
  dir: 'dist',
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: 'strike-widgets/[name]-[hash].js',
  sourcemap: false,
};
/**
 * The bundle, and beside it the same bundle with a language in the same load (`strike-widgets-uk.js`), for pages
 * in that language that must not move when their widgets appear: each imports `strike-widgets.js` and its language's
 * chunk, so a page gets one copy of each whichever files it loads.
 */
export const bundleInput = {
  'strike-widgets': 'dist/lib/bundle.js',
  'strike-widgets-uk': 'dist/lib/bundle-uk.js',
  'strike-widgets-ru': 'dist/lib/bundle-ru.js',
};
/** The bundle's plugins: its dataset as readers download it, then the shared ones. */
export const bundlePlugins = () => [readerDataset(), ...plugins()];

const bundle = {
  input: bundleInput,
  output: bundleOutput,
  // The entry is the bundle itself (no facade re-exporting a chunk): the chunks import what they share from it.
  preserveEntrySignatures: 'allow-extension',
  plugins: bundlePlugins(),
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
    // One file: the prerenderer adds every language at once, so the element modules' on-demand imports never run.
    output: { file: 'dist/prerender.js', format: 'es', sourcemap: false, inlineDynamicImports: true },
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
