import { VERSION } from '../version.js';
import { missingFeatures } from './support.js';
import { warnOnce } from './warn.js';

/**
 * Registers a custom element unless the tag is taken. Loading the bundle twice, or two versions on one page,
 * warns once and keeps the first definition; it never throws.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & { version?: string }): boolean {
  const existing: (CustomElementConstructor & { version?: string }) | undefined = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      const theirs = existing.version ? `strike-widgets ${existing.version}` : 'another script';
      warnOnce(`<${tag}> is already defined by ${theirs}; this copy (strike-widgets ${VERSION}) leaves it in place.`);
    }
    return false;
  }
  const missing = missingFeatures();
  if (missing.length) {
    warnOnce(
      `no element is registered: this browser lacks ${missing.join(', ')}; the content inside each element shows instead.`,
    );
    return false;
  }
  try {
    customElements.define(tag, ctor);
    return true;
  } catch (e) {
    warnOnce(`<${tag}> could not be defined: ${(e as Error).message}`);
    return false;
  }
}
