/** Registers `<strike-card>` (version-safe: a tag already taken is left in place). */
import '../../format/locales/lazy.js';
import { defineElement } from '../base.js';
import { StrikeCard } from './strike-card.js';

export { StrikeCard };
export type { StrikeCardVariant } from './strike-card.js';

defineElement('strike-card', StrikeCard);

declare global {
  interface HTMLElementTagNameMap {
    'strike-card': StrikeCard;
  }
}
