/**
 * Reading what a widget shows, piece by piece, and the same from its view model with the words the template puts
 * around it: element tests compare the two, so that what `format/` says is checked to reach the reader.
 */
import { plural } from '../../src/format/phrase.js';
import type { Locale, PhrasedFigure, PhrasedSource, Text } from '../../src/format/phrase.js';
import type { PhrasedLead } from '../../src/format/lead.js';
import { text } from './mount.js';

/** A node's text, or undefined when there is no node. */
export const optional = (node: Element | null | undefined) => (node ? text(node) : undefined);

/** The language a piece of text is marked with (a child `[lang]`), when it is marked apart from the widget's. */
export const marked = (node: Element | null | undefined) =>
  node?.querySelector(':scope > [lang]')?.getAttribute('lang');
/** The mark a template puts on text left in another language (see `inLang`). */
export const markOf = (loc: Locale, t: Text) => (t.lang.split('-')[0] === loc.lang ? undefined : t.lang);

/** Sources as a template cites them: "Sky News, 10 Oct 2022; ABC News (Australia), 23 Jan 2024 (via AP and Reuters)". */
export const cited = (sources: readonly PhrasedSource[]) => sources.map(citation).join('; ');
/** One source as a template cites it: "ABC News (Australia), 23 Jan 2024 (via AP and Reuters)". */
export const citation = (s: PhrasedSource) => `${s.outlet}, ${s.date}${s.via ? ` (${s.via})` : ''}`;

/** A `.figure` as shown: its figures, amount, attribution, "as of" and its datetime, the outlets, their links. */
export const figureShown = (f: Element | null) =>
  f && [
    f.getAttribute('data-figure'),
    text(f.querySelector(':scope > .amount')),
    text(f.querySelector(':scope > .attribution')),
    optional(f.querySelector(':scope > .as-of > time')),
    f.querySelector(':scope > .as-of > time')?.getAttribute('datetime'),
    optional(f.querySelector(':scope > .reported')),
    [...f.querySelectorAll(':scope > .reported a')].map((a) => a.getAttribute('href')),
  ];

/** The same, from the view model (see `figureTemplate` and `leadTemplate`). */
const figureOf = (
  f: Pick<PhrasedFigure, 'attribution' | 'asOf' | 'sources'>,
  figures: string,
  amount: string,
  sources: boolean,
) => [
  figures,
  amount,
  f.attribution,
  f.asOf?.text,
  f.asOf?.iso,
  sources && f.sources.length ? `— ${cited(f.sources)}` : undefined,
  sources ? f.sources.flatMap((s) => (s.url ? [s.url] : [])) : [],
];
export const phrasedFigure = (f: PhrasedFigure, scoped: boolean, sources = true) =>
  figureOf(f, f.figure.id, scoped ? f.scopedText : f.text, sources);
export const phrasedLead = (l: PhrasedLead, sources: boolean) =>
  figureOf(l, l.figures.join(' '), l.scopedText, sources);

/** A sources block (`sourcesTemplate`): its label, each source, and the links. */
export const sourcesShown = (block: Element | null | undefined) =>
  block
    ? [
        text(block.querySelector('.sources-label')),
        ...[...block.querySelectorAll('li')].map(text),
        ...[...block.querySelectorAll('a')].map((a) => [a.getAttribute('href'), text(a)]),
      ]
    : undefined;
export const sourcesOf = (loc: Locale, sources: readonly PhrasedSource[]): ReturnType<typeof sourcesShown> =>
  sources.length
    ? [
        `${plural(loc, loc.strings.source, { n: sources.length })}:`,
        ...sources.map((s) => cited([s])),
        ...sources.flatMap((s) => (s.url ? [[s.url, s.outlet]] : [])),
      ]
    : undefined;
