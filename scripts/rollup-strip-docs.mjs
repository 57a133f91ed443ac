// The contract's field descriptions (doc`…` in src/data/shapes.ts) are for the published JSON Schema and for
// people reading the npm modules; no widget reads them. The script-tag bundle leaves them out: each doc`…` becomes
// `void 0`, about 2 KB gzip less. A shapes.js without any doc`…` fails the build rather than ship them unnoticed.
const DOC = /\bdoc\s*`[^`]*`/g;
const MODULE = /[\\/]data[\\/]shapes\.js$/;

export function stripDocs() {
  return {
    name: 'strike-widgets-strip-docs',
    transform(code, id) {
      if (!MODULE.test(id)) return null;
      let found = 0;
      const stripped = code.replace(DOC, () => {
        found += 1;
        return 'void 0';
      });
      if (!found) this.error(`${id}: no doc\`…\` descriptions found; update scripts/rollup-strip-docs.mjs`);
      return { code: stripped, map: null };
    },
  };
}
