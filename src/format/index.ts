/** Phrasing for every number, date, qualifier and attribution a reader sees, in en, uk and ru. DOM-free. */
import './locales/all.js';

export * from './phrase.js';
export { fill, langOf, onStringsChanged, resetStrings, setStrings, stringsFor } from './strings.js';
export type { ErrorCode, Plural, StringOverrides, Strings } from './strings.js';
