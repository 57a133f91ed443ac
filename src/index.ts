/**
 * The script-tag entry: `<script type="module" src="strike-widgets.js">` registers every element, with the
 * embedded dataset inside. It also exports the public API for pages that script it: the data layer
 * (`registerDataset`, `validate`, queries, the embedded dataset), `setStrings`, and the element classes.
 */
import './elements/strike-card/define.js';
import './elements/casualty-counter/define.js';
import './elements/quote-block/define.js';

export * from './data/index.js';
export { setStrings, resetStrings } from './format/strings.js';
export type { StringOverrides, Strings, ErrorCode } from './format/strings.js';
export { StrikeCard } from './elements/strike-card/strike-card.js';
export { CasualtyCounter } from './elements/casualty-counter/casualty-counter.js';
export { QuoteBlock } from './elements/quote-block/quote-block.js';
export type { StrikeWidgetsErrorDetail } from './elements/base.js';
export { VERSION } from './version.js';
