import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/strike-card/define.js';
import { EVENT_IDS } from './support/lists.js';
import { onHostilePage, storiesBy, withoutJavaScript } from './support/stories.js';
import { widget } from './support/manifest.js';

// Controls, docs tables and the render come from custom-elements.json (see .storybook/preview.ts): args are named
// as the element's attributes (`event`, `variant`, `heading-level`…) and CSS custom properties.
const TAG = 'strike-card';

const meta = {
  title: 'Elements/strike-card',
  component: TAG,
  tags: ['autodocs'],
  args: { event: '2022-10-10-missile-strikes' },
  parameters: { pasteExample: { event: '2022-10-10-missile-strikes' } },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const forEvent = storiesBy('event');

export const Default: Story = {};

/** Every event of the embedded dataset (generated, so a new event appears here by itself). */
export const EveryEvent: Story = {
  render: (args) => html`${EVENT_IDS.map((event) => widget(TAG, { ...args, event }))}`,
};
export const EveryEventCompact: Story = { ...EveryEvent, args: { variant: 'compact' }, globals: { width: 'phone' } };

// One story per event: stories/events.stories.ts (the card and the counter together).

/** Two claimants whose tolls agree: the tightest bound leads, every claim listed. */
export const ClaimsDisagree = forEvent('2023-12-30-belgorod-attack');
/** Who attacked is itself a claim: asserted by one side, denied by the other. */
export const AttackerClaimedAndDenied: Story = {
  ...forEvent('kerch-bridge-attack'),
  name: 'Attacker claimed and denied',
};

// Variants, widths, themes and languages (the toolbar switches these for any story; these fix one).
export const Compact = forEvent('2023-12-30-belgorod-attack', { variant: 'compact' }, { globals: { width: 'phone' } });
export const HeadingLevel2 = forEvent('2022-10-10-missile-strikes', { 'heading-level': 2 });
/** Tuned by hand: the CSS custom properties in the controls are set on the element itself. */
export const TunedTokens = forEvent('2023-12-30-belgorod-attack', {
  '--strike-card-accent': '#1a5e20',
  '--sw-color-link': '#5b2a86',
  '--sw-radius': '0',
  '--sw-border-width': '0',
});
/** The element's own `lang` wins over the page's. */
export const Russian = forEvent('2024-01-21-donetsk-shelling', { lang: 'ru' });

// What readers without JavaScript see, and a theme that fights every embed.
const fallbackArgs = {
  event: '2022-10-10-missile-strikes',
  'default-slot':
    "<p>Russian strikes on 10 Oct 2022: at least 14 killed, according to Ukraine's National Police (Sky News).</p>",
};
export const NoJavaScriptFallback: Story = { name: 'JavaScript off', ...withoutJavaScript(TAG, fallbackArgs) };
export const HostileTheme: Story = {
  name: 'Hostile page theme',
  ...onHostilePage(forEvent('2024-01-23-kyiv-kharkiv-missile-strikes')),
};

// Error states: a visible, translated message, a `strike-widgets-error` event (see Actions) and one console warning.
export const ErrorMissingEvent: Story = { args: { event: undefined } };
export const ErrorUnknownEvent = forEvent('no-such-event');
export const ErrorInvalidVariant = forEvent('2022-10-10-missile-strikes', { variant: 'tiny' });
export const ErrorInvalidHeadingLevel = forEvent('2022-10-10-missile-strikes', { 'heading-level': 9 });
export const ErrorUnknownDataset = forEvent('2022-10-10-missile-strikes', { 'dataset-id': 'no-such-dataset' });
