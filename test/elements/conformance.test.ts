import '../../src/index.js';
import { CasualtyCounter } from '../../src/elements/casualty-counter/casualty-counter.js';
import { ClaimCompare } from '../../src/elements/claim-compare/claim-compare.js';
import { QuoteBlock } from '../../src/elements/quote-block/quote-block.js';
import { StrikeCard } from '../../src/elements/strike-card/strike-card.js';
import { StrikeTimeline } from '../../src/elements/strike-timeline/strike-timeline.js';
import { itConforms } from '../kit/conformance.js';

const BELGOROD = '2023-12-30-belgorod-attack';
const openDisclosures = (el: Element) => el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));

itConforms({
  tag: 'strike-card',
  ctor: StrikeCard,
  attrs: { event: BELGOROD },
  content: 'article [part~=heading]',
  failing: { attrs: { event: 'no-such-event' }, code: 'unknown-event' },
  prepare: openDisclosures,
});
itConforms({
  tag: 'casualty-counter',
  ctor: CasualtyCounter,
  attrs: { events: `2022-10-10-missile-strikes ${BELGOROD} kerch-bridge-attack` },
  content: '[part~=label]',
  failing: { attrs: { metric: 'dead', event: BELGOROD }, code: 'invalid-attribute' },
  prepare: openDisclosures,
});
itConforms({
  tag: 'quote-block',
  ctor: QuoteBlock,
  attrs: { quote: 'putin-terrorist-action' },
  content: '[part~=quote]',
  failing: { attrs: { quote: 'no-such-quote' }, code: 'unknown-quote' },
});
itConforms({
  tag: 'strike-timeline',
  ctor: StrikeTimeline,
  attrs: { from: '2022-10-10-missile-strikes' },
  content: '[part~=step]',
  failing: { attrs: {}, code: 'missing-attribute' },
});
itConforms({
  tag: 'claim-compare',
  ctor: ClaimCompare,
  attrs: { event: BELGOROD },
  content: '[part~=claim]',
  failing: { attrs: { event: BELGOROD, 'heading-level': '9' }, code: 'invalid-attribute' },
  prepare: openDisclosures,
});
