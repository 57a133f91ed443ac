/**
 * What a page in this language adds to an English one, in one request of the script-tag bundle: the UI strings and
 * the embedded dataset's translations.
 */
export { uk as strings } from '../format/locales/uk.js';
export { translations } from '../data/seed/i18n-uk.js';
