import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/strike-card/define.js';
import { seedDataset } from '../src/data/seed/index.js';

/** The element's attributes, as Storybook args. */
interface Args {
  event?: string;
  variant?: string;
  'heading-level'?: number | string;
  theme?: 'light' | 'dark';
  lang?: string;
  'dataset-id'?: string;
  /** Width of the wrapper, to see the container-query layout (260–960px). */
  width?: number;
}

const EVENT_IDS = seedDataset.events.map((e) => e.id);

const card = (args: Args) => html`<strike-card
  style="width: ${args.width ?? 640}px; max-width: 100%"
  event=${ifDefined(args.event)}
  variant=${ifDefined(args.variant)}
  heading-level=${ifDefined(args['heading-level'])}
  theme=${ifDefined(args.theme)}
  lang=${ifDefined(args.lang)}
  dataset-id=${ifDefined(args['dataset-id'])}
></strike-card>`;

const meta = {
  title: 'Elements/strike-card',
  component: 'strike-card',
  render: card,
  args: { event: '2022-10-10-missile-strikes' },
  argTypes: {
    event: { control: 'select', options: [undefined, ...EVENT_IDS] },
    variant: { control: 'inline-radio', options: [undefined, 'full', 'compact'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'en-GB', 'uk', 'ru'] },
    'dataset-id': { control: 'text' },
    width: { control: { type: 'range', min: 260, max: 960, step: 10 } },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const forEvent = (event: string, args: Partial<Args> = {}): Story => ({ args: { event, ...args } });

export const Default: Story = {};

/** Every event of the embedded dataset (generated, so a new event appears here by itself). */
export const EveryEvent: Story = {
  render: (args) => html`${EVENT_IDS.map((event) => card({ ...args, event }))}`,
};
export const EveryEventCompact: Story = { ...EveryEvent, args: { variant: 'compact', width: 360 } };

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

// Variants, widths, themes and languages.
export const Compact = forEvent('2023-12-30-belgorod-attack', { variant: 'compact', width: 360 });
export const Phone = forEvent('2024-01-23-kyiv-kharkiv-missile-strikes', { width: 280 });
export const WideColumn = forEvent('2024-01-23-kyiv-kharkiv-missile-strikes', { width: 960 });
export const HeadingLevel2 = forEvent('2022-10-10-missile-strikes', { 'heading-level': 2 });
export const Dark = forEvent('2023-12-29-aerial-bombardment', { theme: 'dark' });
export const DarkCompact = forEvent('2023-12-29-aerial-bombardment', { theme: 'dark', variant: 'compact', width: 360 });
export const Ukrainian = forEvent('2023-12-30-belgorod-attack', { lang: 'uk' });
export const UkrainianCompact = forEvent('2023-12-30-belgorod-attack', { lang: 'uk', variant: 'compact', width: 360 });
export const Russian = forEvent('2024-01-21-donetsk-shelling', { lang: 'ru' });
export const RussianDark = forEvent('2022-10-10-missile-strikes', { lang: 'ru', theme: 'dark' });

// Error states: a visible, translated message instead of the card.
export const ErrorMissingEvent: Story = { args: { event: undefined } };
export const ErrorUnknownEvent = forEvent('no-such-event');
export const ErrorInvalidVariant = forEvent('2022-10-10-missile-strikes', { variant: 'tiny' });
export const ErrorInvalidHeadingLevel = forEvent('2022-10-10-missile-strikes', { 'heading-level': 9 });
export const ErrorUkrainian: Story = { args: { event: 'no-such-event', lang: 'uk' } };
