/** Registers `<strike-sources>` (version-safe: a tag already taken is left in place). */
import '../../format/locales/lazy.js';
import { defineElement } from '../base.js';
import { StrikeSources } from './strike-sources.js';

export { StrikeSources };

defineElement('strike-sources', StrikeSources);

declare global {
  interface HTMLElementTagNameMap {
    'strike-sources': StrikeSources;
  }
}
