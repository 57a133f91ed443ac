import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/quote-block/define.js';
import { registerDataset } from '../src/data/registry.js';
import { seedDataset } from '../src/data/seed/index.js';

/** The element's attributes, as Storybook args. */
interface Args {
  quote?: string;
  event?: string;
  speaker?: string;
  'max-lines'?: number | string;
  theme?: string;
  lang?: string;
  'dataset-id'?: string;
}

const QUOTE_IDS = seedDataset.quotes.map((q) => q.id);

const block = (args: Args) => html`<quote-block
  quote=${ifDefined(args.quote)}
  event=${ifDefined(args.event)}
  speaker=${ifDefined(args.speaker)}
  max-lines=${ifDefined(args['max-lines'])}
  theme=${ifDefined(args.theme)}
  lang=${ifDefined(args.lang)}
  dataset-id=${ifDefined(args['dataset-id'])}
></quote-block>`;

const meta = {
  title: 'Elements/quote-block',
  component: 'quote-block',
  render: block,
  args: { quote: 'putin-intensify-the-strikes' },
  argTypes: {
    quote: { control: 'select', options: [undefined, ...QUOTE_IDS] },
    event: { control: 'select', options: [undefined, ...seedDataset.events.map((e) => e.id)] },
    speaker: { control: 'select', options: [undefined, ...[...seedDataset.persons, ...seedDataset.parties].map((a) => a.id)] },
    'max-lines': { control: { type: 'number', min: 1, step: 1 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'uk', 'ru'] },
    'dataset-id': { control: 'text' },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

/** Every quote of the embedded dataset, one element each (generated, so a new quote appears here by itself). */
export const EveryQuote: Story = {
  render: (args) => html`${QUOTE_IDS.map((quote) => block({ ...args, quote }))}`,
};

export const Fragment: Story = { args: { quote: 'putin-terrorist-action' } };
export const MultiParagraph: Story = { args: { quote: 'putin-response-will-be-harsh' } };
export const MaxLines: Story = { args: { quote: 'putin-response-will-be-harsh', 'max-lines': 2 } };
export const MaxLinesTextFits: Story = { args: { quote: 'klitschko-day-of-mourning', 'max-lines': 4 } };
export const EventAndSpeaker: Story = {
  args: { quote: undefined, event: '2022-10-10-missile-strikes', speaker: 'volodymyr-zelenskyy' },
};
export const BodyStatement: Story = { args: { quote: 'russian-defence-ministry-divert-attention' } };
export const Dark: Story = { args: { theme: 'dark', quote: 'putin-response-will-be-harsh', 'max-lines': 3 } };
export const Ukrainian: Story = { args: { lang: 'uk', quote: 'peskov-special-military-operation' } };
export const Russian: Story = { args: { lang: 'ru', quote: 'nebenzya-deliberate-act-of-terrorism' } };
export const Narrow: Story = {
  render: (args) => html`<div style="max-width: 20rem">${block(args)}</div>`,
  args: { quote: 'zelenskyy-panic-and-chaos' },
};

/** A publisher's dataset with one quote, registered under `name`; its source carries `url`. */
const publisherDataset = (name: string, url: string) => async () => {
  registerDataset(name, {
    schemaVersion: 1,
    id: name,
    title: 'A publisher dataset (story)',
    version: '0.1.0',
    updatedAt: '2024-02-01',
    language: 'en',
    parties: [{ id: 'example-gazette', name: 'The Example Gazette', kind: 'outlet' }],
    persons: [{ id: 'jane-doe', name: 'Jane Doe' }],
    sources: [{ id: 'gazette', outlet: 'example-gazette', published: '2024-02-01', language: 'en', url }],
    places: [],
    events: [],
    figures: [],
    quotes: [
      { id: 'story-quote', text: 'We will rebuild.', speaker: 'jane-doe', role: 'Mayor', source: 'gazette', date: '2024-02-01', language: 'en', events: [] },
    ],
  });
  return {};
};

/** The source has an https URL: the outlet is linked and the blockquote gets `cite`. */
export const LinkedSource: Story = {
  args: { quote: 'story-quote', 'dataset-id': 'story-linked' },
  loaders: [publisherDataset('story-linked', 'https://example.org/report')],
};

// Error states: each shows a short, translated message and dispatches `strike-widgets-error`.
export const ErrorMissingQuote: Story = { args: { quote: undefined } };
export const ErrorMissingSpeaker: Story = { args: { quote: undefined, event: '2022-10-10-missile-strikes' } };
export const ErrorMissingEvent: Story = { args: { quote: undefined, speaker: 'vladimir-putin' } };
export const ErrorUnknownQuote: Story = { args: { quote: 'no-such-quote' } };
export const ErrorUnknownEvent: Story = { args: { quote: undefined, event: 'no-such-event', speaker: 'vladimir-putin' } };
export const ErrorUnknownSpeaker: Story = {
  args: { quote: undefined, event: '2022-10-10-missile-strikes', speaker: 'dmitry-peskov' },
};
export const ErrorInvalidMaxLines: Story = { args: { 'max-lines': 0 } };
export const ErrorInvalidTheme: Story = { args: { theme: 'blue' } };
export const ErrorUnknownDataset: Story = { args: { 'dataset-id': 'no-such-dataset' } };
/** A `javascript:` URL breaks the contract: the dataset is refused, and its problems are listed. */
export const ErrorInvalidDataset: Story = {
  args: { quote: 'story-quote', 'dataset-id': 'story-invalid' },
  loaders: [publisherDataset('story-invalid', 'javascript:alert(1)')],
};
export const ErrorInUkrainian: Story = { args: { lang: 'uk', quote: 'no-such-quote' } };
