// The Custom Elements Manifest (custom-elements.json) is generated from the elements' JSDoc; a test fails when
// the committed file differs from what this produces (`npm run manifest` regenerates it).
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dev: false,
};
