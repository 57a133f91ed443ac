import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/strike-timeline/define.js';
import { EVENT_IDS } from './support/lists.js';
import { onHostilePage, storiesBy, withoutJavaScript } from './support/stories.js';
import { widget } from './support/manifest.js';

// Controls, docs tables and the render come from custom-elements.json (see .storybook/preview.ts): args are named
// as the element's attributes (`from`, `events`, `variant`, `heading-level`…) and CSS custom properties.
const TAG = 'strike-timeline';

const meta = {
  title: 'Elements/strike-timeline',
  component: TAG,
  tags: ['autodocs'],
  args: { from: '2022-10-10-missile-strikes' },
  parameters: { pasteExample: { from: '2022-10-10-missile-strikes' } },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const from = storiesBy('from');
const chosen = storiesBy('events', { from: undefined });

export const Default: Story = {};

/** The chain of every event of the embedded dataset (generated, so a new event appears here by itself). */
export const EveryEvent: Story = {
  render: (args) => html`${EVENT_IDS.map((event) => widget(TAG, { ...args, from: event }))}`,
};

// The chains of the dataset: one story each, from any of their events.
/** The Kerch Bridge attack, the strikes of 10 Oct 2022 Putin called retaliation for it. */
export const KerchBridgeChain: Story = { ...from('kerch-bridge-attack'), name: 'Kerch Bridge attack' };
/** 29 Dec 2023 → Belgorod → the strikes on Kharkiv and Kherson, the UN Security Council, Putin's "we will intensify". */
export const BelgorodChain = from('2023-12-30-belgorod-attack', {}, { globals: { width: 'wide' } });
/** A link no one asserts and Peskov denies: marked "Link denied", never read as asserted. */
export const DeniedLink: Story = { ...from('2024-01-21-donetsk-shelling'), name: 'Donetsk shelling' };
/** An event linked to no other: one step. */
export const SingleEvent: Story = { ...from('2024-01-01-new-year-drone-attack'), name: 'New Year’s Day drone attack' };
/** A chosen set, in date order: the undated TurkStream claim sorts by its known end ("on or before"). */
export const ChosenEvents = chosen([
  '2024-01-01-putin-intensify-statement',
  'turkstream-pipeline-claim',
  '2022-10-10-missile-strikes',
  'kerch-bridge-attack',
]);

// Variants, widths, themes and languages (the toolbar switches these for any story; these fix one).
export const Compact = from('2023-12-29-aerial-bombardment', { variant: 'compact' });
export const CompactPhone = from(
  '2023-12-29-aerial-bombardment',
  { variant: 'compact' },
  { globals: { width: 'phone' } },
);
export const HeadingLevel2 = from('2022-10-10-missile-strikes', { 'heading-level': 2 });
/** Tuned by hand: the CSS custom properties in the controls are set on the element itself. */
export const TunedTokens = from('2023-12-30-belgorod-attack', {
  '--strike-timeline-marker-color': '#1a5e20',
  '--strike-timeline-line-color': '#1a5e20',
  '--strike-timeline-gap': '2em',
});
/** The element's own `lang` wins over the page's. */
export const Russian = from('kerch-bridge-attack', { lang: 'ru' });

// What readers without JavaScript see, and a theme that fights every embed.
const fallbackArgs = {
  from: '2022-10-10-missile-strikes',
  'default-slot':
    '<ol><li>An attack on the Kerch Bridge.</li><li>10 Oct 2022: Russian strikes across Ukraine, called retaliation for it by Vladimir Putin.</li></ol>',
};
export const NoJavaScriptFallback: Story = { name: 'JavaScript off', ...withoutJavaScript(TAG, fallbackArgs) };
export const HostileTheme: Story = { name: 'Hostile page theme', ...onHostilePage(from('2023-12-30-belgorod-attack')) };

// Error states: a visible, translated message, a `strike-widgets-error` event (see Actions) and one console warning.
export const ErrorMissingFrom: Story = { args: { from: undefined } };
export const ErrorUnknownEvent = from('no-such-event');
export const ErrorUnknownEventInSet = chosen(['2022-10-10-missile-strikes', 'no-such-event']);
export const ErrorInvalidVariant = from('2022-10-10-missile-strikes', { variant: 'tiny' });
export const ErrorInvalidHeadingLevel = from('2022-10-10-missile-strikes', { 'heading-level': 9 });
export const ErrorUnknownDataset = from('2022-10-10-missile-strikes', { 'dataset-id': 'no-such-dataset' });
