import '../../src/index.js';
import { CasualtyCounter } from '../../src/elements/casualty-counter/casualty-counter.js';
import { ClaimCompare } from '../../src/elements/claim-compare/claim-compare.js';
import { QuoteBlock } from '../../src/elements/quote-block/quote-block.js';
import { StrikeCard } from '../../src/elements/strike-card/strike-card.js';
import { StrikeTimeline } from '../../src/elements/strike-timeline/strike-timeline.js';
import { itConforms } from '../kit/conformance.js';
import { BELGOROD, DEC29, JAN23, KERCH, OCT10 } from '../kit/ids.js';

const openDisclosures = (el: Element) => el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));

itConforms({
  tag: 'strike-card',
  ctor: StrikeCard,
  attrs: { event: BELGOROD },
  content: 'article [part~=heading]',
  failing: { attrs: { event: 'no-such-event' }, code: 'unknown-event' },
  prepare: openDisclosures,
  names: { attribute: 'event', kind: 'event' },
  other: { event: JAN23 },
  headingLevel: true,
  variant: true,
});
itConforms({
  tag: 'casualty-counter',
  ctor: CasualtyCounter,
  attrs: { events: `${OCT10} ${BELGOROD} ${KERCH}` },
  content: '[part~=label]',
  failing: { attrs: { metric: 'dead', event: BELGOROD }, code: 'invalid-attribute' },
  prepare: openDisclosures,
  names: { attribute: 'event', kind: 'event' },
  other: { events: OCT10, metric: 'launched' },
  metric: true,
  // Claims that disagree, no figure, and an unknown event.
  also: [[{ event: DEC29 }], [{ event: KERCH }], [{ event: 'nope' }]],
});
itConforms({
  tag: 'quote-block',
  ctor: QuoteBlock,
  attrs: { quote: 'putin-terrorist-action' },
  content: '[part~=quote]',
  failing: { attrs: { quote: 'no-such-quote' }, code: 'unknown-quote' },
  names: { attribute: 'quote', kind: 'quote' },
  other: { quote: 'putin-response-will-be-harsh' },
  // Clamped with its button; a body's statement.
  also: [
    [{ quote: 'putin-response-will-be-harsh', 'max-lines': '2' }],
    [{ quote: 'nebenzya-deliberate-act-of-terrorism' }],
  ],
});
itConforms({
  tag: 'strike-timeline',
  ctor: StrikeTimeline,
  attrs: { from: OCT10 },
  content: '[part~=step]',
  failing: { attrs: {}, code: 'missing-attribute' },
  names: { attribute: 'from', kind: 'event' },
  other: { from: BELGOROD },
  headingLevel: true,
  variant: true,
  // Figures by place, compact and wide, and the error of a missing `from`.
  also: [[{ from: JAN23 }], [{ from: KERCH, variant: 'compact' }, 'width: 900px'], [{}]],
});
itConforms({
  tag: 'claim-compare',
  ctor: ClaimCompare,
  attrs: { event: BELGOROD },
  content: '[part~=claim]',
  failing: { attrs: { event: BELGOROD, 'heading-level': '9' }, code: 'invalid-attribute' },
  prepare: openDisclosures,
  names: { attribute: 'event', kind: 'event' },
  other: { event: DEC29 },
  headingLevel: true,
  metric: true,
  // Claims grouped by place, wide; every metric, narrow; no figure; and the error of a missing event.
  also: [
    [{ event: DEC29, metric: 'killed' }, 'width: 900px'],
    [{ event: OCT10 }, 'width: 280px'],
    [{ event: KERCH, metric: 'killed' }],
    [{}],
  ],
});
