/** Registers `<claim-compare>` (version-safe: a tag already taken is left in place). */
import '../../format/locales/lazy.js';
import { defineElement } from '../base.js';
import { ClaimCompare } from './claim-compare.js';

export { ClaimCompare };

defineElement('claim-compare', ClaimCompare);

declare global {
  interface HTMLElementTagNameMap {
    'claim-compare': ClaimCompare;
  }
}
