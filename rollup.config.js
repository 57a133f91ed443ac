import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';
import { guardLockdown } from './scripts/rollup-guard-lockdown.mjs';

const plugins = () => [
  minifyTemplates(),
  guardLockdown(),
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

export default [
  bundle,
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
];
