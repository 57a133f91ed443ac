/** Registers `<strike-timeline>` (version-safe: a tag already taken is left in place). */
import '../../format/locales/lazy.js';
import { defineElement } from '../base.js';
import { StrikeTimeline } from './strike-timeline.js';

export { StrikeTimeline };

defineElement('strike-timeline', StrikeTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'strike-timeline': StrikeTimeline;
  }
}
