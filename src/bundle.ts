/**
 * The script-tag entry: `<script type="module" src="strike-widgets.js">` registers every element, with the
 * embedded dataset inside. It exports what a page's own script needs (publisher data, limits, words, the classes);
 * the whole data layer stays in `strike-widgets/data`, so the file a reader downloads carries only what runs.
 *
 * It carries English only, and no validator. A widget in Ukrainian or Russian fetches that language once, from the
 * `strike-widgets/` folder beside this file (the UI strings and the embedded dataset's translations,
 * `src/languages/`), and renders when it has arrived; an English page never asks for it. `strike-widgets-uk.js` and
 * `strike-widgets-ru.js` (`bundle-uk.ts`, `bundle-ru.ts`) bring the bundle and one language in one load. What reads
 * a page's own data (registered, inline or remote: the registry and the validator) is fetched likewise the first
 * time a page has some: `registerDataset` and `validate` resolve once it is here.
 */
import type { Lang, ValidationProblem } from './data/model.js';
import { defineElement } from './elements/base.js';
import { publisherDataModule, registerWhenReady } from './elements/dataset-controller.js';
import { setLanguageLoader } from './format/strings.js';
import { addLanguageModule } from './languages/add.js';
import { StrikeCard } from './elements/strike-card/strike-card.js';
import { CasualtyCounter } from './elements/casualty-counter/casualty-counter.js';
import { QuoteBlock } from './elements/quote-block/quote-block.js';
import { StrikeTimeline } from './elements/strike-timeline/strike-timeline.js';
import { ClaimCompare } from './elements/claim-compare/claim-compare.js';

setLanguageLoader(async (lang: Lang) =>
  addLanguageModule(lang, await (lang === 'uk' ? import('./languages/uk.js') : import('./languages/ru.js'))),
);

defineElement('strike-card', StrikeCard);
defineElement('casualty-counter', CasualtyCounter);
defineElement('quote-block', QuoteBlock);
defineElement('strike-timeline', StrikeTimeline);
defineElement('claim-compare', ClaimCompare);

/**
 * Registers a dataset under a name for `dataset-id="name"` once the validator (fetched on first use) has checked
 * it; resolves with the validation problems (empty when the data is valid). Invalid data is still registered, so
 * elements that name it show what is wrong. Elements that name it meanwhile wait for it.
 */
export function registerDataset(name: string, data: unknown): Promise<ValidationProblem[]> {
  return registerWhenReady(
    name,
    publisherDataModule.load().then((module) => module.registerDataset(name, data)),
  );
}

/** Every way `value` breaks the dataset contract (see `validate` in `strike-widgets/data`), once the validator is here. */
export async function validate(value: unknown): Promise<ValidationProblem[]> {
  return (await publisherDataModule.load()).validate(value);
}

export { unregisterDataset, setLoadOptions, clearLoadedDatasets } from './data/shared.js';
export { setStrings, resetStrings } from './format/strings.js';
export { StrikeCard, CasualtyCounter, QuoteBlock, StrikeTimeline, ClaimCompare };
export { VERSION } from './version.js';
