import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The script-tag bundle: one self-contained, minified ES module (lit, every element, the embedded dataset),
 * built from the TypeScript compiler's output in dist/lib.
 */
export default {
  input: 'dist/lib/index.js',
  output: { file: 'dist/strike-widgets.js', format: 'es', sourcemap: false },
  plugins: [
    nodeResolve({ browser: true }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
