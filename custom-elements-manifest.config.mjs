// The Custom Elements Manifest (custom-elements.json) is generated from the elements' JSDoc; a test fails when
// the committed file differs from what this produces (`npm run manifest` regenerates it).

/**
 * Elements are registered through `defineElement(tag, Class)` in each `define.ts`, which the analyzer cannot read:
 * it would record a definition named "tag" in base.ts. Record the real ones, from each class's `@tagname`.
 */
const definitionsFromTagNames = () => ({
  name: 'strike-widgets-definitions',
  packageLinkPhase({ customElementsManifest }) {
    // The analyzer lists modules in the order its file walk finished, which varies between runs: sort by path.
    const modules = customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const mod of modules) {
      mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
    }
    for (const mod of modules) {
      for (const decl of mod.declarations ?? []) {
        if (!decl.customElement || !decl.tagName) continue;
        const definer = modules.find((m) => m.path === mod.path.replace(/[^/]+\.ts$/, 'define.ts'));
        definer?.exports.push({
          kind: 'custom-element-definition',
          name: decl.tagName,
          declaration: { name: decl.name, module: mod.path },
        });
      }
    }
  },
});

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dev: false,
  plugins: [definitionsFromTagNames()],
};
