/**
 * How the script-tag bundle takes in a language of `languages/`: the embedded dataset's translations first, then the
 * UI strings, whose arrival renders the widgets waiting for them. Fetched on demand (`bundle.ts`) or with the bundle
 * (`bundle-uk.ts`, `bundle-ru.ts`); taking one in twice changes nothing.
 */
import { isolateBidi } from '../data/bidi.js';
import { embeddedDataset } from '../data/embedded.js';
import type { Lang } from '../data/model.js';
import { addTranslations } from '../data/seed/readers.js';
import { addLanguage } from '../format/strings.js';
import type { Strings } from '../format/strings.js';

/** What `languages/uk.ts` and `languages/ru.ts` export. */
export interface LanguageModule {
  strings: Strings;
  translations: unknown;
}

export function addLanguageModule(lang: Lang, { strings, translations }: LanguageModule): void {
  addTranslations(embeddedDataset, translations, lang, isolateBidi);
  addLanguage(lang, strings);
}
