/**
 * The package's main entry (`import 'strike-widgets'`): registers every element and exports the whole public API,
 * for bundlers to shake. The script-tag bundle is built from bundle.ts, which exports less.
 */
import './elements/strike-card/define.js';
import './elements/casualty-counter/define.js';
import './elements/quote-block/define.js';
import './elements/strike-timeline/define.js';
import './elements/claim-compare/define.js';

export * from './data/index.js';
export { setStrings, resetStrings } from './format/strings.js';
export type { StringOverrides, Strings, ErrorCode } from './format/strings.js';
export { StrikeCard } from './elements/strike-card/strike-card.js';
export { CasualtyCounter } from './elements/casualty-counter/casualty-counter.js';
export { QuoteBlock } from './elements/quote-block/quote-block.js';
export { StrikeTimeline } from './elements/strike-timeline/strike-timeline.js';
export { ClaimCompare } from './elements/claim-compare/claim-compare.js';
export type { StrikeWidgetsErrorDetail } from './elements/base.js';
export { VERSION } from './version.js';
