import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/strike-sources/define.js';
import { BELGOROD, JAN23, OCT10 } from '../test/kit/ids.js';
import { dataset, onHostilePage, storiesBy, withDataset, withoutJavaScript } from './support/stories.js';

const meta: Meta = {
  title: 'Elements/strike-sources',
  component: 'strike-sources',
  parameters: { pasteExample: { event: BELGOROD } },
};
export default meta;

const forEvent = storiesBy('event');

export const TwoOutlets: StoryObj = forEvent(BELGOROD);
export const CarriedWireCopy: StoryObj = forEvent(JAN23);
export const InUkrainian: StoryObj = forEvent(OCT10, { lang: 'uk' });
export const UnknownEvent: StoryObj = forEvent('no-such-event');
export const PublishersOwnLinkedSource: StoryObj = {
  ...forEvent('a', { 'dataset-id': 'gazette' }),
  loaders: [
    withDataset('gazette', () =>
      dataset('gazette')
        .event({ id: 'a', headline: 'Drone strike on the port' })
        .sourceUrl('https://example.org/report')
        .build(),
    ),
  ],
};
export const WithoutJavaScript: StoryObj = withoutJavaScript('strike-sources', {
  event: BELGOROD,
  'default-slot': 'Reported by WION, 30 Dec 2023, and The Moscow Times, 1 Jan 2024.',
});
export const OnAHostilePage: StoryObj = onHostilePage(forEvent(BELGOROD));
