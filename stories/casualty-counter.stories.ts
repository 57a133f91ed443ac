import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/casualty-counter/define.js';
import type { Metric } from '../src/data/model.js';
import { EVENT_IDS, METRICS } from './support/lists.js';
import { onHostilePage, storiesBy, withoutJavaScript } from './support/stories.js';
import { widget } from './support/manifest.js';

// Controls, docs tables and the render come from custom-elements.json (see .storybook/preview.ts): args are named
// as the element's attributes (`event`, `events`, `metric`…) and CSS custom properties.
const TAG = 'casualty-counter';
const THREE_EVENTS = ['2022-10-10-missile-strikes', '2023-12-30-belgorod-attack', '2024-01-21-donetsk-shelling'];

const meta = {
  title: 'Elements/casualty-counter',
  component: TAG,
  tags: ['autodocs'],
  args: { event: '2022-10-10-missile-strikes' },
  parameters: { pasteExample: { event: '2023-12-30-belgorod-attack', metric: 'killed' } },
} satisfies Meta;
export default meta;
type Story = StoryObj;

// Stories without `event` say so: the default event would otherwise win.
const forEvent = storiesBy('event');
const story = (args: Story['args'], extra: Story = {}): Story => forEvent(undefined, args, extra);

export const Default: Story = {};

/** Every event of the embedded dataset, for the chosen metric (generated: a new event appears by itself). */
export const EveryEvent: Story = {
  render: (args) => html`${EVENT_IDS.map((event) => widget(TAG, { ...args, event }))}`,
};
/** Every metric of the contract for one event; metrics it has no figure for say "No figure reported". */
export const EveryMetric: Story = {
  render: (args) => html`${METRICS.map((metric) => widget(TAG, { ...args, metric }))}`,
  args: { event: '2024-01-23-kyiv-kharkiv-missile-strikes' },
};

// One story per event: stories/events.stories.ts (the card and the counter together).

// Each metric, on an event (and place) that has a figure for it.
const forMetric = (metric: Metric, event: string, place?: string): Story => forEvent(event, { metric, place });
export const Killed = forMetric('killed', '2022-10-10-missile-strikes');
export const Injured = forMetric('injured', '2023-12-30-belgorod-attack');
export const ChildrenKilled = forMetric('children-killed', '2023-12-30-belgorod-attack');
export const ChildrenInjured = forMetric('children-injured', '2024-01-23-kyiv-kharkiv-missile-strikes', 'kharkiv');
export const Launched = forMetric('launched', '2022-10-10-missile-strikes');
/** With its part: "including 9 drones intercepted". */
export const Intercepted = forMetric('intercepted', '2022-10-10-missile-strikes');
export const Attacks = forMetric('attacks', '2023-12-30-kharkiv-kherson-strikes', 'kharkiv');
export const BuildingsDamaged = forMetric('buildings-damaged', '2024-01-23-kyiv-kharkiv-missile-strikes', 'kharkiv');

// Places, disagreement, totals.
export const ScopedToAPlace = forEvent('2024-01-23-kyiv-kharkiv-missile-strikes', { place: 'kharkiv' });
/** No figure for the event as a whole: the figures by place are shown, each with its place. */
export const OnlyByPlace = forEvent('2023-12-30-kharkiv-kherson-strikes');
/** Russian authorities (at least 21) and The Moscow Times (at least 24) agree: the tighter bound leads, both listed. */
export const ClaimsDisagree = forEvent('2023-12-30-belgorod-attack');
/** 23 and at least 41 cannot both hold: the span leads, with both claimants. */
export const ClaimsDisagree29Dec2023 = forEvent('2023-12-29-aerial-bombardment');
/** A total across events adds the lowest number claimed for each, says "at least", and names what it adds. */
export const Total = story({ events: THREE_EVENTS });
export const TotalWithAnEventWithoutFigure = story({ events: [...THREE_EVENTS, 'kerch-bridge-attack'] });
export const TotalInjured = story({ events: THREE_EVENTS, metric: 'injured' });
export const NoFigureReported = forEvent('kerch-bridge-attack');

// Motion, layout, themes and languages (the toolbar switches these for any story; these fix one).
/** Counts up once when scrolled into view; not with prefers-reduced-motion. */
export const Animate = { ...forEvent('2023-12-30-belgorod-attack', { 'count-up': true }), name: 'Count-up' };
export const AnimateTotal = { ...story({ events: THREE_EVENTS, 'count-up': true }), name: 'Count-up, total' };
/** Tuned by hand: the CSS custom properties in the controls are set on the element itself. */
export const TunedTokens = forEvent('2023-12-30-belgorod-attack', {
  '--casualty-counter-number-color': '#1a5e20',
  '--casualty-counter-number-weight': '400',
  '--sw-font-family': "Georgia, 'Times New Roman', serif",
  '--sw-radius': '0',
});
/** The element's own `lang` wins over the page's. */
export const Russian = forEvent('2023-12-30-belgorod-attack', { lang: 'ru' });
export const RussianTotal = story({ events: THREE_EVENTS, lang: 'ru' });

// What readers without JavaScript see, and a theme that fights every embed.
const FALLBACK = 'At least 41 civilians killed, according to WION; 23, according to The Moscow Times.';
const fallbackArgs = { event: '2023-12-29-aerial-bombardment', metric: 'killed', 'default-slot': FALLBACK };
/** The element's own content is the no-JavaScript fallback: shown until it upgrades, and to crawlers and RSS. */
export const NoJavaScriptFallback: Story = { name: 'JavaScript off', ...withoutJavaScript(TAG, fallbackArgs) };
export const HostileTheme: Story = { name: 'Hostile page theme', ...onHostilePage(story({ events: THREE_EVENTS })) };

// Error states: a visible, translated message, a `strike-widgets-error` event (see Actions) and one console warning.
export const MissingEvent = story({ event: undefined });
export const UnknownEvent = forEvent('no-such-event');
export const UnknownEventInTotal = story({ events: ['2022-10-10-missile-strikes', 'no-such-event'] });
export const InvalidMetric = forEvent('2022-10-10-missile-strikes', { metric: 'dead' });
export const PlaceNotOfTheEvent = forEvent('2022-10-10-missile-strikes', { place: 'belgorod' });
export const PlaceWithATotal = story({ events: THREE_EVENTS, place: 'kyiv' });
export const InvalidTheme = forEvent('2022-10-10-missile-strikes', { theme: 'blue' });
export const DatasetNotFound = forEvent('2022-10-10-missile-strikes', { 'dataset-id': 'no-such-dataset' });
