import '../../format/locales/lazy.js';
import { defineElement } from '../base.js';
import { CasualtyCounter } from './casualty-counter.js';

defineElement('casualty-counter', CasualtyCounter);

export { CasualtyCounter };

declare global {
  interface HTMLElementTagNameMap {
    'casualty-counter': CasualtyCounter;
  }
}
