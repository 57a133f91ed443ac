/**
 * What the element stories share: stories of one element that differ by the attribute naming what it shows, the
 * no-JavaScript and hostile-page stories every element has, and publisher datasets built with the test kit's
 * dataset builder (test/kit/dataset.ts), so stories and tests describe a publisher's data one way.
 * Story names stay literal in each stories file: Storybook's index reads them without running the file.
 */
import type { Args, StoryObj } from '@storybook/web-components-vite';
import type { Dataset } from '../../src/data/model.js';
import { registerDataset } from '../../src/data/registry.js';
import { pasteSnippet } from './frame.js';
import { widgetHtml } from './manifest.js';
import { fallbackBeside, ownDocument, withHostileTheme } from './pages.js';

export { dataset } from '../../test/kit/dataset.js';

/**
 * Stories that set `attribute` (`event`, `from`…) and any other args, with `cleared` args left unset (e.g. a
 * default that would otherwise win): `const forEvent = storiesBy('event'); forEvent(id, { lang: 'ru' })`.
 */
export const storiesBy =
  (attribute: string, cleared: Args = {}) =>
  (value: string | readonly string[] | undefined, args: Args = {}, extra: StoryObj = {}): StoryObj => ({
    ...extra,
    args: { ...cleared, [attribute]: value, ...args },
  });

/** What readers without JavaScript (and RSS readers, and crawlers) see: the element's own content, beside the widget. */
export const withoutJavaScript = (tag: string, args: Args): StoryObj => ({
  args,
  render: (a) => fallbackBeside(tag, a),
  parameters: { docs: { source: { code: pasteSnippet(widgetHtml(tag, args)) } } },
});

/** A story on a page whose theme fights every embed, in its own document. */
export const onHostilePage = (story: StoryObj): StoryObj => ({
  ...story,
  decorators: [withHostileTheme],
  parameters: ownDocument,
});

/** A loader that registers a publisher's dataset under `id` before the story renders. */
export const withDataset = (id: string, data: () => Dataset) => () => {
  registerDataset(id, data());
  return {};
};
