import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/casualty-counter/define.js';
import '../src/elements/strike-card/define.js';
import { LISTS } from './support/lists.js';
import { widget } from './support/manifest.js';

/**
 * One story per event of the embedded dataset, each showing the event's card and its casualty counter: the one
 * list of per-event stories (the element files show every event at once in their "Every event" story).
 */
const meta = {
  title: 'Events',
  args: { event: '2022-10-10-missile-strikes' },
  argTypes: {
    event: { control: { type: 'select', labels: LISTS['event']?.labels }, options: LISTS['event']?.options },
  },
  render: (args) => html`${widget('strike-card', args)}${widget('casualty-counter', args)}`,
} satisfies Meta;
export default meta;
type Story = StoryObj;

// Story names stay literal in each export: Storybook's index reads them without running the file.
const forEvent = (event: string): Story => ({ args: { event } });

export const KerchBridgeAttack: Story = { ...forEvent('kerch-bridge-attack'), name: 'Kerch Bridge attack' };
export const MissileStrikes10Oct2022: Story = {
  ...forEvent('2022-10-10-missile-strikes'),
  name: 'Missile strikes, 10 Oct 2022',
};
export const LukashenkoTroopDeployment: Story = {
  ...forEvent('2022-10-10-lukashenko-troop-deployment'),
  name: 'Lukashenko troop deployment',
};
export const TurkStreamClaim: Story = { ...forEvent('turkstream-pipeline-claim'), name: 'TurkStream pipeline claim' };
export const AerialBombardment29Dec2023: Story = {
  ...forEvent('2023-12-29-aerial-bombardment'),
  name: 'Aerial bombardment, 29 Dec 2023',
};
export const BelgorodAttack: Story = {
  ...forEvent('2023-12-30-belgorod-attack'),
  name: 'Belgorod attack, 30 Dec 2023',
};
export const KharkivKhersonStrikes: Story = {
  ...forEvent('2023-12-30-kharkiv-kherson-strikes'),
  name: 'Kharkiv and Kherson strikes',
};
export const UnSecurityCouncilMeeting: Story = {
  ...forEvent('2023-12-30-un-security-council-meeting'),
  name: 'UN Security Council meeting',
};
export const PutinIntensifyStatement: Story = {
  ...forEvent('2024-01-01-putin-intensify-statement'),
  name: 'Putin: “we will intensify”',
};
export const NewYearDroneAttack: Story = {
  ...forEvent('2024-01-01-new-year-drone-attack'),
  name: 'New Year’s Day drone attack',
};
export const DonetskShelling: Story = { ...forEvent('2024-01-21-donetsk-shelling'), name: 'Donetsk shelling' };
export const KyivKharkivMissileStrikes: Story = {
  ...forEvent('2024-01-23-kyiv-kharkiv-missile-strikes'),
  name: 'Kyiv and Kharkiv missile strikes',
};
