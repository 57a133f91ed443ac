// Lit sets `Symbol.metadata ??= Symbol('metadata')` when it loads. On a page that has frozen `Symbol` (SES's
// `lockdown()`, or a page that freezes it alone) that assignment throws in a module, and nothing renders. The
// bundle wraps it: where Symbol cannot be changed, Lit goes on without the symbol (the widgets declare their
// properties statically and never read decorator metadata). A Lit release that changes the line fails the build
// here rather than shipping the old failure.
const ASSIGNMENT = /Symbol\.metadata\s*\?\?=\s*Symbol\((["'])metadata\1\)/g;
const MODULE = /@lit[\\/]reactive-element[\\/](?:development[\\/])?reactive-element\.js$/;

export function guardLockdown() {
  return {
    name: 'strike-widgets-guard-lockdown',
    transform(code, id) {
      if (!MODULE.test(id)) return null;
      let found = 0;
      const guarded = code.replace(ASSIGNMENT, (assignment) => {
        found += 1;
        return `(()=>{try{${assignment}}catch{}})()`;
      });
      if (!found)
        this.error(`${id}: Lit's Symbol.metadata assignment was not found; update scripts/rollup-guard-lockdown.mjs`);
      return { code: guarded, map: null };
    },
  };
}
