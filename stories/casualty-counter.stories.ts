import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/casualty-counter/define.js';
import { METRICS } from '../src/data/model.js';
import type { Metric } from '../src/data/model.js';
import { seedDataset } from '../src/data/seed/index.js';

/** The element's attributes, as Storybook args. */
interface Args {
  event?: string;
  events?: string;
  metric?: string;
  place?: string;
  animate?: boolean;
  theme?: 'light' | 'dark' | string;
  lang?: string;
  'dataset-id'?: string;
  /** Width of the wrapper, to see the container-query layout (200–960px). */
  width?: number;
}

const EVENT_IDS = seedDataset.events.map((e) => e.id);
const PLACE_IDS = seedDataset.places.map((p) => p.id);
const THREE_EVENTS = '2022-10-10-missile-strikes 2023-12-30-belgorod-attack 2024-01-21-donetsk-shelling';

const counter = (args: Args) => html`<casualty-counter
  style="width: ${args.width ?? 560}px; max-width: 100%"
  event=${ifDefined(args.event)}
  events=${ifDefined(args.events)}
  metric=${ifDefined(args.metric)}
  place=${ifDefined(args.place)}
  ?animate=${args.animate ?? false}
  theme=${ifDefined(args.theme)}
  lang=${ifDefined(args.lang)}
  dataset-id=${ifDefined(args['dataset-id'])}
></casualty-counter>`;

const meta = {
  title: 'Elements/casualty-counter',
  component: 'casualty-counter',
  render: counter,
  args: { event: '2022-10-10-missile-strikes' },
  argTypes: {
    event: { control: 'select', options: [undefined, ...EVENT_IDS] },
    events: { control: 'text' },
    metric: { control: 'select', options: [undefined, ...METRICS] },
    place: { control: 'select', options: [undefined, ...PLACE_IDS] },
    animate: { control: 'boolean' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'en-GB', 'uk', 'ru'] },
    'dataset-id': { control: 'text' },
    width: { control: { type: 'range', min: 200, max: 960, step: 10 } },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

// Stories without `event` say so: the default event would otherwise win.
const story = (args: Args): Story => ({ args: { event: undefined, ...args } });
const forEvent = (event: string, args: Partial<Args> = {}): Story => story({ event, ...args });

export const Default: Story = {};

/** Every event of the embedded dataset, for the chosen metric (generated: a new event appears by itself). */
export const EveryEvent: Story = {
  render: (args) => html`${EVENT_IDS.map((event) => counter({ ...args, event }))}`,
};
/** Every metric of the contract for one event; metrics it has no figure for say "No figure reported". */
export const EveryMetric: Story = {
  render: (args) => html`${METRICS.map((metric) => counter({ ...args, metric }))}`,
  args: { event: '2024-01-23-kyiv-kharkiv-missile-strikes' },
};

// One story per event of the embedded dataset.
export const KerchBridgeAttack = forEvent('2022-10-08-kerch-bridge-attack');
export const MissileStrikes10Oct2022 = forEvent('2022-10-10-missile-strikes');
export const LukashenkoTroopDeployment = forEvent('2022-10-10-lukashenko-troop-deployment');
export const TurkStreamClaim = forEvent('turkstream-pipeline-claim');
export const AerialBombardment29Dec2023 = forEvent('2023-12-29-aerial-bombardment');
export const BelgorodAttack = forEvent('2023-12-30-belgorod-attack');
export const KharkivKhersonStrikes = forEvent('2023-12-30-kharkiv-kherson-strikes');
export const UnSecurityCouncilMeeting = forEvent('2023-12-30-un-security-council-meeting');
export const PutinIntensifyStatement = forEvent('2024-01-01-putin-intensify-statement');
export const NewYearDroneAttack = forEvent('2024-01-01-new-year-drone-attack');
export const DonetskShelling = forEvent('2024-01-21-donetsk-shelling');
export const KyivKharkivMissileStrikes = forEvent('2024-01-23-kyiv-kharkiv-missile-strikes');

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
export const ClaimsDisagree = forEvent('2023-12-30-belgorod-attack');
export const ClaimsDisagree29Dec2023 = forEvent('2023-12-29-aerial-bombardment');
export const Total = story({ events: THREE_EVENTS });
export const TotalWithAnEventWithoutFigure = story({ events: `${THREE_EVENTS} 2022-10-08-kerch-bridge-attack` });
export const TotalInjured = story({ events: THREE_EVENTS, metric: 'injured' });
export const NoFigureReported = forEvent('2022-10-08-kerch-bridge-attack');

// Motion, layout, themes and languages.
/** Counts up once when scrolled into view; not with prefers-reduced-motion. */
export const Animate = forEvent('2023-12-30-belgorod-attack', { animate: true });
export const AnimateTotal = story({ events: THREE_EVENTS, animate: true });
export const Narrow = forEvent('2023-12-30-belgorod-attack', { width: 200 });
export const Wide = forEvent('2023-12-30-belgorod-attack', { width: 960 });
export const Dark = forEvent('2023-12-30-belgorod-attack', { theme: 'dark' });
export const DarkTotal = story({ events: THREE_EVENTS, theme: 'dark' });
export const Ukrainian = forEvent('2023-12-30-belgorod-attack', { lang: 'uk' });
export const UkrainianTotal = story({ events: THREE_EVENTS, lang: 'uk' });
export const Russian = forEvent('2023-12-30-belgorod-attack', { lang: 'ru' });
export const RussianTotal = story({ events: THREE_EVENTS, lang: 'ru' });
export const UkrainianNoFigure = forEvent('2022-10-08-kerch-bridge-attack', { lang: 'uk' });

// Error states: a visible message and a `strike-widgets-error` event.
export const MissingEvent = story({ event: undefined });
export const UnknownEvent = forEvent('no-such-event');
export const UnknownEventInTotal = story({ events: '2022-10-10-missile-strikes no-such-event' });
export const InvalidMetric = forEvent('2022-10-10-missile-strikes', { metric: 'dead' });
export const PlaceNotOfTheEvent = forEvent('2022-10-10-missile-strikes', { place: 'belgorod' });
export const PlaceWithATotal = story({ events: THREE_EVENTS, place: 'kyiv' });
export const InvalidTheme = forEvent('2022-10-10-missile-strikes', { theme: 'blue' });
export const DatasetNotFound = forEvent('2022-10-10-missile-strikes', { 'dataset-id': 'no-such-dataset' });
