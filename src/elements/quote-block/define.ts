import '../../format/locales/lazy.js';
import { defineElement } from '../base.js';
import { QuoteBlock } from './quote-block.js';

defineElement('quote-block', QuoteBlock);

export { QuoteBlock };

declare global {
  interface HTMLElementTagNameMap {
    'quote-block': QuoteBlock;
  }
}
