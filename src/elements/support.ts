/**
 * What a browser needs to show the widgets (README, "Supported browsers"). Where something is missing, no element
 * registers: the publisher's fallback content inside each element stays, as it does where the script never runs,
 * rather than a half-styled or failing widget.
 */
const NEEDS: [feature: string, present: () => boolean][] = [
  ['adopted stylesheets', () => typeof ShadowRoot === 'function' && 'adoptedStyleSheets' in ShadowRoot.prototype],
  ['container queries', () => CSS.supports('container-type', 'inline-size')],
  ['light-dark()', () => CSS.supports('color', 'light-dark(#000, #fff)')],
  ['Intl.PluralRules', () => typeof Intl.PluralRules === 'function'],
  ['Intl.ListFormat', () => typeof Intl.ListFormat === 'function'],
  ['Intl.NumberFormat formatRange', () => typeof Intl.NumberFormat.prototype.formatRange === 'function'],
  ['Intl.DateTimeFormat formatRange', () => typeof Intl.DateTimeFormat.prototype.formatRange === 'function'],
];

/** The features this browser lacks, by name ([] where the widgets can run, and when prerendering outside a browser). */
export function missingFeatures(): string[] {
  if (typeof window === 'undefined') return [];
  return NEEDS.filter(([, present]) => {
    try {
      return !present();
    } catch {
      return true;
    }
  }).map(([feature]) => feature);
}
