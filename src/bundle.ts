/**
 * The script-tag entry: `<script type="module" src="strike-widgets.js">` registers every element, with the
 * embedded dataset inside. It exports what a page's own script needs (publisher data, limits, words, the classes);
 * the whole data layer stays in `strike-widgets/data`, so the file a reader downloads carries only what runs.
 */
import './elements/strike-card/define.js';
import './elements/casualty-counter/define.js';
import './elements/quote-block/define.js';
import './elements/strike-timeline/define.js';
import './elements/claim-compare/define.js';

export { registerDataset, unregisterDataset, setLoadOptions, clearLoadedDatasets } from './data/registry.js';
export { validate } from './data/validate.js';
export { setStrings, resetStrings } from './format/strings.js';
export { StrikeCard } from './elements/strike-card/strike-card.js';
export { CasualtyCounter } from './elements/casualty-counter/casualty-counter.js';
export { QuoteBlock } from './elements/quote-block/quote-block.js';
export { StrikeTimeline } from './elements/strike-timeline/strike-timeline.js';
export { ClaimCompare } from './elements/claim-compare/claim-compare.js';
export { VERSION } from './version.js';
