import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/quote-block/define.js';
import { seedDataset } from '../src/data/seed/index.js';
import { QUOTE_IDS } from './support/lists.js';
import { dataset, onHostilePage, withDataset, withoutJavaScript } from './support/stories.js';
import { widget } from './support/manifest.js';

// Controls, docs tables and the render come from custom-elements.json (see .storybook/preview.ts): args are named
// as the element's attributes (`quote`, `event`, `speaker`, `max-lines`…) and CSS custom properties.
const TAG = 'quote-block';

const meta = {
  title: 'Elements/quote-block',
  component: TAG,
  tags: ['autodocs'],
  args: { quote: 'putin-intensify-the-strikes' },
  parameters: { pasteExample: { quote: 'zelenskyy-panic-and-chaos' } },
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const Default: Story = {};

/** Every quote of the embedded dataset, one element each (generated, so a new quote appears here by itself). */
export const EveryQuote: Story = {
  render: (args) => html`${QUOTE_IDS.map((quote) => widget(TAG, { ...args, quote }))}`,
};

export const Fragment: Story = { args: { quote: 'putin-terrorist-action' } };
export const MultiParagraph: Story = { args: { quote: 'putin-response-will-be-harsh' } };
export const MaxLines: Story = { args: { quote: 'putin-response-will-be-harsh', 'max-lines': 2 } };
export const MaxLinesTextFits: Story = { args: { quote: 'klitschko-day-of-mourning', 'max-lines': 4 } };
/** Chosen by event and speaker instead of by quote id. */
export const EventAndSpeaker: Story = {
  args: { quote: undefined, event: '2022-10-10-missile-strikes', speaker: 'volodymyr-zelenskyy' },
};
export const BodyStatement: Story = { args: { quote: 'russian-defence-ministry-divert-attention' } };

// Themes, languages and widths (the toolbar switches these for any story; these fix one).
/** The element's own `lang` wins over the page's. */
export const Russian: Story = { args: { lang: 'ru', quote: 'nebenzya-deliberate-act-of-terrorism' } };

/** A publisher's dataset with one quote (`story-quote`), registered under `name`; its source carries `url`. */
const publisherDataset = (name: string, url: string) =>
  withDataset(name, () => dataset(name).quote({ id: 'story-quote' }).sourceUrl(url).build());

/** The source has an https URL: the outlet is linked and the blockquote gets `cite`. */
export const LinkedSource: Story = {
  args: { quote: 'story-quote', 'dataset-id': 'story-linked' },
  loaders: [publisherDataset('story-linked', 'https://example.org/report')],
};

// What readers without JavaScript see, and a theme that fights every embed.
const fallbackQuote = seedDataset.quotes.find((q) => q.id === 'zelenskyy-panic-and-chaos')!;
const fallbackArgs = {
  quote: fallbackQuote.id,
  'default-slot': `<blockquote>${fallbackQuote.text
    .split(/\n\n/)
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('')}</blockquote><p>Volodymyr Zelenskyy, ${fallbackQuote.date}</p>`,
};
export const NoJavaScriptFallback: Story = { name: 'JavaScript off', ...withoutJavaScript(TAG, fallbackArgs) };
export const HostileTheme: Story = {
  name: 'Hostile page theme',
  ...onHostilePage({ args: { quote: 'putin-response-will-be-harsh', 'max-lines': 3 } }),
};

// Error states: each shows a short, translated message, dispatches `strike-widgets-error` (see Actions) and warns once.
export const ErrorMissingQuote: Story = { args: { quote: undefined } };
export const ErrorMissingSpeaker: Story = { args: { quote: undefined, event: '2022-10-10-missile-strikes' } };
export const ErrorMissingEvent: Story = { args: { quote: undefined, speaker: 'vladimir-putin' } };
export const ErrorUnknownQuote: Story = { args: { quote: 'no-such-quote' } };
export const ErrorUnknownEvent: Story = {
  args: { quote: undefined, event: 'no-such-event', speaker: 'vladimir-putin' },
};
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
