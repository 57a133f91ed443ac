/**
 * Storybook from the Custom Elements Manifest (`custom-elements.json`, generated from the elements' JSDoc): the
 * argTypes (a control for every attribute and CSS custom property; table rows for parts, events and properties),
 * the render of every widget story, and the snippet a newsroom pastes. A new attribute, part or CSS property shows
 * up in Storybook when the manifest is regenerated (`npm run manifest`); nothing here lists them by hand.
 */
import type { ArgTypes, Args } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import manifestJson from '../../custom-elements.json' with { type: 'json' };
import type { StrikeCardVariant } from '../../src/elements/strike-card/strike-card.js';
import { LISTS, METRICS, NOT_SET } from './lists.js';

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

/**
 * Values of type aliases the manifest records only by name. The type check below fails when the alias gains a
 * value this list lacks, so the list cannot fall behind the element.
 */
const VARIANTS = ['full', 'compact'] as const satisfies readonly StrikeCardVariant[];
const ALIASES: Record<string, readonly string[]> = { Metric: METRICS, StrikeCardVariant: VARIANTS };
type Exhaustive<T extends true> = T;
export type VariantsListed = Exhaustive<[StrikeCardVariant] extends [(typeof VARIANTS)[number]] ? true : false>;

const DEFAULT_DESCRIPTIONS: Record<string, string> = {
  lang: 'The language of the widget (`en`, `uk`, `ru`); without it the nearest ancestor’s `lang`, else the document’s.',
};

/** The control for an attribute: a list from the dataset by its name, else what its declared type allows. */
function attributeControl(attr: Attribute): Partial<ArgTypes[string]> {
  const list = LISTS[attr.name];
  if (list) {
    return list.multiple
      ? { control: { type: 'multi-select', labels: list.labels }, options: list.options }
      : { control: { type: 'select', labels: list.labels }, options: list.options };
  }
  const parts = (attr.type?.text ?? 'string')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  const literals = parts.flatMap((p) => ALIASES[p] ?? (/^'[^']*'$/.test(p) ? [p.slice(1, -1)] : []));
  if (literals.length && literals.length >= parts.length) {
    return { control: { type: 'select', labels: { undefined: NOT_SET } }, options: [undefined, ...literals] };
  }
  if (parts.includes('boolean')) return { control: { type: 'boolean' } };
  if (parts.includes('number')) return { control: { type: 'number', step: 1 } };
  return { control: { type: 'text' } };
}

/** Storybook's handler name for an event, as its web-components renderer names them (`onStrikeWidgetsError`). */
export const handlerName = (event: string) =>
  `on${event.replace(/(?:^|[-_:.\s]+)(.)/g, (_m, chr: string) => chr.toUpperCase())}`;

const isColour = (p: Described) => /colou?r/i.test(p.name) || /^colou?r\b/i.test(p.description ?? '');
const row = (item: Described, category: string, summary?: string) => ({
  name: item.name,
  description: item.description ?? DEFAULT_DESCRIPTIONS[item.name] ?? '',
  table: {
    category,
    ...(summary ? { type: { summary } } : {}),
    ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
  },
});

/**
 * The argTypes of an element, all from the manifest: attributes (with controls, and lists from the dataset),
 * CSS custom properties (colour or text controls, applied inline so designers can tune them), then events (logged
 * in the Actions panel), shadow parts, the default slot and the mirroring properties as documentation rows.
 */
export function argTypesFor(tag: string): ArgTypes {
  const el = element(tag);
  const argTypes: ArgTypes = {};
  for (const attr of el.attributes ?? []) {
    argTypes[attr.name] = { ...row(attr, 'attributes', attr.type?.text), ...attributeControl(attr) };
  }
  for (const prop of el.cssProperties ?? []) {
    argTypes[prop.name] = {
      ...row(prop, 'css custom properties', isColour(prop) ? '<color>' : 'CSS value'),
      control: isColour(prop) ? { type: 'color' } : { type: 'text' },
    };
  }
  for (const event of el.events ?? []) {
    argTypes[event.name] = { ...row(event, 'events', event.type?.text), control: false };
    argTypes[handlerName(event.name)] = { action: event.name, table: { disable: true } };
  }
  for (const part of el.cssParts ?? []) argTypes[`::part(${part.name})`] = { ...row(part, 'css shadow parts'), control: false };
  for (const slot of el.slots ?? []) {
    if (slot.name) argTypes[`slot="${slot.name}"`] = { ...row(slot, 'slots'), control: false };
    else argTypes[SLOT_ARG] = { ...row({ ...slot, name: SLOT_ARG }, 'slots', 'HTML'), control: { type: 'text' } };
  }
  for (const member of el.members ?? []) {
    if (member.kind !== 'field' || member.static || (member.privacy && member.privacy !== 'public')) continue;
    const mirrors = member.attribute ? ` Mirrors the \`${member.attribute}\` attribute.` : '';
    argTypes[`.${member.name}`] = {
      ...row({ ...member, description: `${member.description ?? ''}${mirrors}` }, 'properties', member.type?.text),
      control: false,
    };
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
  const known = new Set([
    ...attributes.map((a) => a.name),
    ...cssProperties.map((p) => p.name),
    ...(el.slots?.some((s) => !s.name) ? [SLOT_ARG] : []),
  ]);
  for (const [key, value] of Object.entries(args)) {
    if (!known.has(key) && typeof value !== 'function' && value !== undefined) {
      console.error(`Story arg "${key}" is not an attribute, CSS custom property or slot of <${tag}> in custom-elements.json.`);
    }
  }
  let html = `<${tag}`;
  for (const { name } of attributes) {
    const value: unknown = args[name];
    if (value === undefined || value === null || value === false || value === '') continue;
    if (value === true) html += ` ${name}`;
    else if (Array.isArray(value)) {
      if (value.length) html += ` ${name}="${escapeAttribute(value.join(' '))}"`;
    } else if (typeof value === 'string' || typeof value === 'number') html += ` ${name}="${escapeAttribute(String(value))}"`;
    else console.error(`Story arg "${name}" of <${tag}> is neither text, a number, a boolean nor a list.`);
  }
  const style = cssProperties
    .filter((p) => typeof args[p.name] === 'string' && args[p.name] !== '')
    .map((p) => `${p.name}: ${String(args[p.name])}`)
    .join('; ');
  if (style) html += ` style="${escapeAttribute(style)}"`;
  const content = typeof args[SLOT_ARG] === 'string' ? String(args[SLOT_ARG]) : '';
  return `${html}>${content}</${tag}>`;
}

/** The one line that loads the widgets (the bundle from `npm run build`, hosted by the publisher). */
export const SCRIPT_TAG = '<script type="module" src="strike-widgets.js"></script>';

/** The element's docs-page introduction: its summary and description from the manifest, and the snippet to paste. */
export function describeElement(tag: string, args: Args = {}): string {
  const el = element(tag);
  const text = [el.summary, el.description].filter(Boolean).join('\n\n');
  return `${text}\n\n#### Paste this\n\n\`\`\`html\n${SCRIPT_TAG}\n\n${widgetHtml(tag, args)}\n\`\`\`\n\n` +
    'Every story below shows its own snippet under **Show code**; the tables list every attribute, CSS custom ' +
    'property, event and part from `custom-elements.json`.';
}

/** The element as a lit template, rendered from the same HTML the snippet shows. */
export const widget = (tag: string, args: Args): TemplateResult => html`${unsafeHTML(widgetHtml(tag, args))}`;
