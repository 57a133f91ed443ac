/**
 * Ukrainian and Russian on demand, for the package's element modules: a widget that needs one imports it then (a
 * bundler makes each its own chunk), and an English page never loads them. `all.ts` adds both at once instead.
 */
import { addLanguage, setLanguageLoader } from '../strings.js';

setLanguageLoader(async (lang) =>
  addLanguage(lang, lang === 'uk' ? (await import('./uk.js')).uk : (await import('./ru.js')).ru),
);
