import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/claim-compare/define.js';
import { EVENT_IDS } from './support/lists.js';
import { dataset, onHostilePage, storiesBy, withDataset, withoutJavaScript } from './support/stories.js';
import { widget } from './support/manifest.js';

// Controls, docs tables and the render come from custom-elements.json (see .storybook/preview.ts): args are named
// as the element's attributes (`event`, `metric`, `heading-level`…) and CSS custom properties.
const TAG = 'claim-compare';
const BELGOROD = '2023-12-30-belgorod-attack';

const meta = {
  title: 'Elements/claim-compare',
  component: TAG,
  tags: ['autodocs'],
  args: { event: BELGOROD, metric: 'killed' },
  parameters: { pasteExample: { event: BELGOROD, metric: 'killed' } },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const compare = storiesBy('event', { metric: undefined });

export const Default: Story = {};

/** Every event of the embedded dataset, without `metric` (generated, so a new event appears here by itself). */
export const EveryEvent: Story = {
  args: { metric: undefined },
  render: (args) => html`${EVENT_IDS.map((event) => widget(TAG, { ...args, event }))}`,
};

// Claims of several claimants: agreeing and disagreeing.
/** At least 21 according to Russian authorities and at least 24 according to The Moscow Times: they agree. */
export const BelgorodKilled = compare(BELGOROD, { metric: 'killed' });
export const BelgorodInjured = compare(BELGOROD, { metric: 'injured' });
/** The event-wide claims disagree (23 vs at least 41); Klitschko's Kyiv figure is grouped under Kyiv. */
export const AerialBombardmentKilled = compare('2023-12-29-aerial-bombardment', { metric: 'killed' });
/** Without `metric`: every metric whose claims disagree, else every metric with figures. */
export const EveryDisagreement = compare(BELGOROD);

// Agreement, no figures, history.
/** No claims disagree: it says so, and lists every claim anyway. */
export const ReportsDoNotDisagree = compare('2024-01-23-kyiv-kharkiv-missile-strikes');
export const NoFigureReported = compare('kerch-bridge-attack', { metric: 'killed' });
/** A publisher's dataset in which a council revised its toll: the latest is the claim, the earlier one history. */
export const SupersededFigures: Story = {
  args: { event: 'story-strike', metric: 'killed', 'dataset-id': 'story-revised' },
  loaders: [
    withDataset('story-revised', () =>
      dataset('story-revised')
        .event({ id: 'story-strike', headline: 'A drone strike on Odesa' })
        .figure({ event: 'story-strike', id: 'council-first', n: 5, verbatim: 'at least 5 people were killed' })
        .figure({
          event: 'story-strike',
          n: 9,
          asOf: '2024-02-02',
          supersedes: 'council-first',
          verbatim: 'at least 9 people were killed',
        })
        .figure({
          event: 'story-strike',
          n: 7,
          claimant: 'police',
          asOf: '2024-02-02',
          verbatim: 'at least 7 people were killed',
        })
        .sourceUrl('https://example.org/report')
        .build(),
    ),
  ],
};

// Widths, themes and languages (the toolbar switches these for any story; these fix one).
export const HeadingLevel2 = compare(BELGOROD, { metric: 'killed', 'heading-level': 2 });
/** Tuned by hand: the CSS custom properties in the controls are set on the element itself. */
export const TunedTokens = {
  ...compare(BELGOROD, {
    metric: 'killed',
    '--claim-compare-accent': '#1a5e20',
    '--claim-compare-claim-width': '20em',
  }),
  name: 'Tuned CSS custom properties',
};
/** The element's own `lang` wins over the page's. */
export const Russian = compare(BELGOROD, { lang: 'ru' });

// What readers without JavaScript see, and a theme that fights every embed.
const fallbackArgs = {
  event: BELGOROD,
  metric: 'killed',
  'default-slot':
    '<p>At least 21 killed, according to Russian authorities; at least 24, according to The Moscow Times.</p>',
};
export const NoJavaScriptFallback: Story = { name: 'JavaScript off', ...withoutJavaScript(TAG, fallbackArgs) };
export const HostileTheme: Story = { name: 'Hostile page theme', ...onHostilePage(compare(BELGOROD)) };

// Error states: a visible, translated message, a `strike-widgets-error` event (see Actions) and one console warning.
export const ErrorMissingEvent: Story = { args: { event: undefined } };
export const ErrorUnknownEvent = compare('no-such-event');
export const ErrorInvalidMetric = compare(BELGOROD, { metric: 'dead' });
export const ErrorInvalidHeadingLevel = compare(BELGOROD, { 'heading-level': 0 });
export const ErrorUnknownDataset = compare(BELGOROD, { 'dataset-id': 'no-such-dataset' });
