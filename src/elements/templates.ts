/**
 * Template pieces every widget shares, so a figure, its attribution and its sources read the same everywhere.
 * They lay out what `format/` phrased; they never phrase anything themselves.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { PhrasedLead } from '../format/lead.js';
import type { Locale, PhrasedFigure, PhrasedSource, Text } from '../format/phrase.js';
import { plural } from '../format/phrase.js';

export interface HeadingOptions {
  /** For `aria-labelledby` and in-widget links. */
  id?: string;
  part?: string;
  /** Focusable from a link that points at it (`tabindex="-1"`). */
  focusable?: boolean;
}

/** A real heading element, `<h1>`–`<h6>`: levels past 6 stay at 6 (a subheading of an `<h6>`); others are `<h3>`. */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  // Own options only: a name another script adds to Object.prototype (`id`) must not become an attribute.
  const own = <K extends keyof HeadingOptions>(key: K) => (Object.hasOwn(options, key) && options[key]) || nothing;
  const [id, part, tabindex] = [own('id'), own('part'), own('focusable') === true ? -1 : nothing];
  // One literal per level: a tag name cannot be a binding, and a template Lit did not get from a literal is refused.
  switch (Math.min(level, 6)) {
    case 1:
      return html`<h1 id=${id} part=${part} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 4:
      return html`<h4 id=${id} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} tabindex=${tabindex}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part} tabindex=${tabindex}>${content}</h6>`;
    default:
      return html`<h3 id=${id} part=${part} tabindex=${tabindex}>${content}</h3>`;
  }
}

/** Text in the reader's language as is; text left in another language marked with its `lang`. */
export function inLang(loc: Locale, text: Text): TemplateResult | string {
  return text.lang.split('-')[0] === loc.lang ? text.text : html`<span lang=${text.lang}>${text.text}</span>`;
}

/** One source: the outlet (linked when its URL is http(s)), the date, and the wire services it carried. */
export function sourceTemplate(source: PhrasedSource): TemplateResult {
  const outlet = source.url
    ? html`<a href=${source.url} rel="noopener noreferrer" part="source-link">${source.outlet}</a>`
    : source.outlet;
  return html`<cite class="source">${outlet}, <time datetime=${source.dateIso}>${source.date}</time>${
    source.via ? html` (${source.via})` : nothing
  }</cite>`;
}

/** "Sources: Sky News, 10 Oct 2022; WION, 30 Dec 2023" as a labelled list. */
export function sourcesTemplate(loc: Locale, sources: readonly PhrasedSource[]): TemplateResult | typeof nothing {
  if (!sources.length) return nothing;
  const label = plural(loc, loc.strings.source, { n: sources.length });
  return html`<div class="sources small muted" part="sources">
    <span class="sources-label">${label}:</span>
    <ul class="source-list">
      ${sources.map((s) => html`<li>${sourceTemplate(s)}</li>`)}
    </ul>
  </div>`;
}

/**
 * The number with its qualifier and label, who claims it, its "as of" date and the outlets that carried it: a figure
 * and a lead read the same. `.figure` holds every number with its qualifier and claimant (tests rely on it).
 */
const claimTemplate = (
  amount: string,
  { attribution, asOf, sources }: Pick<PhrasedFigure, 'attribution' | 'asOf' | 'sources'>,
  withSources: boolean,
) =>
  html`
    <span class="amount">${amount}</span>,
    <span class="attribution">${attribution}</span>${
      asOf ? html` <span class="as-of muted">(<time datetime=${asOf.iso}>${asOf.text}</time>)</span>` : nothing
    }${
      withSources && sources.length
        ? html` <span class="reported muted small">— ${sources.map((s, i) => html`${i ? '; ' : ''}${sourceTemplate(s)}`)}</span>`
        : nothing
    }
  `;

/** A figure as one unit: the qualified number and its label (with its place, unless `scoped` is false), and the rest. */
export function figureTemplate(
  figure: PhrasedFigure,
  { scoped = true, sources = true }: { scoped?: boolean; sources?: boolean } = {},
): TemplateResult {
  // The class is written in each template, not bound: a binding is a part every figure of every widget keeps.
  return html`<span class="figure" data-figure=${figure.figure.id}>${claimTemplate(
    scoped ? figure.scopedText : figure.text,
    figure,
    sources,
  )}</span>`;
}

/** "Claims agree" or "Claims disagree", for a lead that more than one claimant stands behind. */
export const badgeTemplate = ({ note, verdict }: PhrasedLead) =>
  note ? html`<span class="badge ${verdict}" part="badge">${note}</span>` : nothing;

/**
 * What the claims of one scope come to: "Claims agree" or "Claims disagree", then the bound or the span, who says
 * so and the outlets that carried it; then the parts of the figure shown first that other claimants stated.
 */
export const leadTemplate = (lead: PhrasedLead, otherParts: readonly PhrasedFigure[], sources: boolean) =>
  html`${lead.note ? html`${badgeTemplate(lead)} ` : nothing}<span class="figure lead" data-figure=${lead.figures.join(' ')}>${claimTemplate(
    lead.scopedText,
    lead,
    sources,
  )}</span>${otherParts.map((f) => html` ${figureTemplate(f, { sources })}`)}`;
