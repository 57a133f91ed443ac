/**
 * Storybook from the Custom Elements Manifest (`custom-elements.json`, generated from the elements' JSDoc): the
 * argTypes (from @wc-toolkit/storybook-helpers), the render of every widget story, and the snippet a newsroom pastes. A new attribute, part or CSS property shows
 * up in Storybook when the manifest is regenerated (`npm run manifest`); nothing here lists them by hand.
 */
import type { ArgTypes, Args } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import manifestJson from '../../custom-elements.json' with { type: 'json' };
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { VALID_VALUES } from '../../src/elements/hints.js';
import { LISTS, NOT_SET } from './lists.js';

interface Described {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text: string };
}
interface Attribute extends Described {
  fieldName?: string;
}
interface Member extends Described {
  kind: 'field' | 'method';
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  attribute?: string;
}
export interface ElementDeclaration extends Described {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssProperties?: Described[];
  cssParts?: Described[];
}
interface Manifest {
  modules: { path: string; declarations?: ElementDeclaration[] }[];
}

export const manifest = manifestJson as unknown as Manifest;

/** Every custom element the manifest describes, by tag name. */
export const ELEMENTS: ReadonlyMap<string, ElementDeclaration> = new Map(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => [d.tagName!, d]),
);

export function element(tag: string): ElementDeclaration {
  const found = ELEMENTS.get(tag);
  if (!found) throw new Error(`<${tag}> is not in custom-elements.json (run \`npm run manifest\`).`);
  return found;
}

/** The arg that holds an element's default-slot content: its light DOM, the no-JavaScript fallback. */
export const SLOT_ARG = 'default-slot';

const DEFAULT_DESCRIPTIONS: Record<string, string> = {
  lang: 'The language of the widget (`en`, `uk`, `ru`); without it the nearest ancestor’s `lang`, else the document’s.',
};

/** The arg suffix @wc-toolkit/storybook-helpers gives a shadow part's control (CSS for `::part(name)`). */
const PART_SUFFIX = '-part';

/**
 * The argTypes of an element, from the manifest by @wc-toolkit/storybook-helpers: a control for every attribute,
 * CSS custom property, shadow part and the default slot; rows for events and properties. Added on top is what the
 * manifest cannot know: the embedded dataset's ids as lists to pick from, and the values an enumerated attribute
 * accepts (the element's own list, so the two cannot disagree).
 */
export function argTypesFor(tag: string): ArgTypes {
  const { argTypes } = getStorybookHelpers(tag, { excludeCategories: ['methods'] });
  for (const [name, argType] of Object.entries(argTypes)) {
    // The helpers give the slot's control as the bare string 'text', which Storybook 10 shows as no control.
    if (typeof argType.control === 'string') argType.control = { type: argType.control };
    if (argType.table?.category !== 'attributes') continue;
    const list = LISTS[name];
    const values = VALID_VALUES[name];
    if (list) {
      argType.control = { type: list.multiple ? 'multi-select' : 'select', labels: list.labels };
      argType.options = list.options;
    } else if (values) {
      argType.control = { type: 'select', labels: { undefined: NOT_SET } };
      argType.options = [undefined, ...values];
    }
    argType.description ||= DEFAULT_DESCRIPTIONS[name] ?? '';
  }
  return argTypes;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The element as HTML, from args named as in the manifest: attributes in the manifest's order, CSS custom
 * properties in a `style` attribute, the default slot as its content. What is rendered is exactly what the snippet
 * shows. An arg that is none of these is a mistake in a story, reported as a console error (the story test fails).
 */
export function widgetHtml(tag: string, args: Args): string {
  const el = element(tag);
  const attributes = el.attributes ?? [];
  const cssProperties = el.cssProperties ?? [];
  const parts = (el.cssParts ?? []).map((p) => p.name);
  const known = new Set([
    ...attributes.map((a) => a.name),
    ...cssProperties.map((p) => p.name),
    ...parts.map((p) => `${p}${PART_SUFFIX}`),
    ...(el.slots?.some((s) => !s.name) ? [SLOT_ARG] : []),
  ]);
  for (const [key, value] of Object.entries(args)) {
    if (!known.has(key) && typeof value !== 'function' && value !== undefined) {
      console.error(
        `Story arg "${key}" is not an attribute, CSS custom property or slot of <${tag}> in custom-elements.json.`,
      );
    }
  }
  let html = `<${tag}`;
  for (const { name } of attributes) {
    const value: unknown = args[name];
    if (value === undefined || value === null || value === false || value === '') continue;
    if (value === true) html += ` ${name}`;
    else if (Array.isArray(value)) {
      if (value.length) html += ` ${name}="${escapeAttribute(value.join(' '))}"`;
    } else if (typeof value === 'string' || typeof value === 'number')
      html += ` ${name}="${escapeAttribute(String(value))}"`;
    else console.error(`Story arg "${name}" of <${tag}> is neither text, a number, a boolean nor a list.`);
  }
  const style = cssProperties
    .filter((p) => typeof args[p.name] === 'string' && args[p.name] !== '')
    .map((p) => `${p.name}: ${String(args[p.name])}`)
    .join('; ');
  if (style) html += ` style="${escapeAttribute(style)}"`;
  const content = typeof args[SLOT_ARG] === 'string' ? String(args[SLOT_ARG]) : '';
  // CSS typed into a part's control: the rule a publisher would add to their page.
  const partRules = parts
    .map((part) => [part, args[`${part}${PART_SUFFIX}`]] as const)
    .filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
    .map(([part, css]) => `${tag}::part(${part}) { ${css.replace(/</g, '\\3c ')} }`);
  const styleBlock = partRules.length ? `<style>\n${partRules.join('\n')}\n</style>\n` : '';
  return `${styleBlock}${html}>${content}</${tag}>`;
}

/** The one line that loads the widgets (the bundle from `npm run build`, hosted by the publisher). */
export const SCRIPT_TAG = '<script type="module" src="strike-widgets.js"></script>';

/** The element's docs-page introduction: its summary and description from the manifest, and the snippet to paste. */
export function describeElement(tag: string, args: Args = {}): string {
  const el = element(tag);
  const text = [el.summary, el.description].filter(Boolean).join('\n\n');
  return (
    `${text}\n\n#### Paste this\n\n\`\`\`html\n${SCRIPT_TAG}\n\n${widgetHtml(tag, args)}\n\`\`\`\n\n` +
    'Every story below shows its own snippet under **Show code**; the tables list every attribute, CSS custom ' +
    'property, event and part from `custom-elements.json`.'
  );
}

/** The element as a lit template, rendered from the same HTML the snippet shows. */
export const widget = (tag: string, args: Args): TemplateResult => html`${unsafeHTML(widgetHtml(tag, args))}`;
