/**
 * The UI strings every widget shows, by language, and the publisher's overrides. DOM-free.
 *
 * Names and outlets are stored once (in the dataset's language or its translations), so every string that carries
 * a name is phrased so the name needs no grammatical case: "Source: …", "Джерело: …", "Источник: …".
 */
import type { EventKind, Lang, Metric, Munition, Qualifier, RelationKind } from '../data/model.js';
import { LANGS } from '../data/model.js';
import { en } from './locales/en.js';

/** Forms of a word by Intl.PluralRules category. `few` and `many` are for languages that have them (uk, ru). */
export interface Plural {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

/** The grammatical case a qualifier puts the counted words in (ru "не менее" and uk "близько" govern the genitive). */
export type CountCase = 'nom' | 'gen' | 'acc';

/**
 * The words after a number, by plural category, in the nominative ("21 погибший"), and where a language needs
 * them the genitive ("не менее 21 погибшего") and the accusative (uk "понад 21 загиблого"). A missing case reads
 * as the nominative.
 */
export interface Counted extends Plural {
  gen?: Plural;
  acc?: Plural;
}

/** The error codes a widget reports in its `strike-widgets-error` event. */
export type ErrorCode =
  | 'missing-attribute'
  | 'invalid-attribute'
  | 'unknown-event'
  | 'unknown-quote'
  | 'unknown-speaker'
  | 'dataset-not-found'
  | 'dataset-load-failed'
  | 'invalid-dataset'
  | 'render-failed';

/** Metrics whose label names what was counted (missiles, drones…). */
export type MunitionMetric = 'launched' | 'intercepted' | 'attacks';

/**
 * Every string a reader sees. `{name}` placeholders are filled by `fill()`; nothing else in the code writes words.
 */
export interface Strings {
  /** "at least {n}" — how a qualified number reads. `exactly` is the bare number. */
  qualifier: Record<Qualifier, string>;
  /** The case each qualifier puts the counted words in. */
  qualifierCase: Record<Qualifier, CountCase>;
  /** The label after a number ("14 killed"), by plural category of the number and case. */
  metric: Record<Metric, Counted>;
  /** The label for counts of munitions or attacks, by what was counted. */
  munitionMetric: Record<MunitionMetric, Record<Munition, Counted>>;
  /** A metric's name as a heading or in a list ("Killed", "Children injured"). */
  metricName: Record<Metric, string>;
  eventKind: Record<EventKind, string>;
  /** "Retaliation for" (this event points at the other) and "Followed by retaliation" (the other points here). */
  relation: Record<RelationKind, { outgoing: string; incoming: string }>;
  /**
   * "{amount} {label}": a qualified number and what it counts ("at least 14 killed"). A short preposition stays with
   * its number ("до 20"); the number and its noun may part at a line's end, since a narrow box cannot always hold
   * both, and cutting the noun would be worse.
   */
  figureText: string;
  /** "{range} (best estimate {best})" */
  range: string;
  /** "according to {claimant}"; in uk/ru {claimant} is in the genitive ("за даними російської влади"). */
  according: string;
  /** "{name}, {role}" */
  withRole: string;
  /** "{place}: {text}" — a figure scoped to one place. */
  inPlace: string;
  /** "as of {date}" */
  asOf: string;
  /** "Source" / "Sources" label. */
  source: Plural;
  /** "via {wires}" — the wire services whose copy the outlet carried. */
  via: string;
  /** Marks claims that disagree: their intervals do not intersect. */
  disagree: string;
  /** Marks claims of several claimants that can all be true. */
  claimsAgree: string;
  /** Heads the list of every claim behind a lead. */
  eachClaim: string;
  /** The span of claims that disagree: "{low} to {high} {label}" ("23 to at least 41 killed"); the label takes the
   * case the high end's qualifier governs ("23 – не менее 41 погибшего"). */
  span: string;
  noFigure: string;
  earlierFigures: string;
  /** strike-card on a narrow column: the disclosure holding places, who is said to have done what, and linked events. */
  moreAboutEvent: string;
  /** "including {parts}" */
  including: string;
  /** "{label}: {names}" pieces for who said something. */
  claimedBy: string;
  deniedBy: string;
  attributedTo: string;
  struck: string;
  targets: string;
  weapons: string;
  /** "said by {names}"; in uk/ru {names} is in the genitive ("за словами Олега Синєгубова"). */
  weaponsNote: string;
  places: string;
  figures: string;
  related: string;
  quotes: string;
  /** "Total for {count} events" */
  total: Plural;
  /** "Adds the lowest figure claimed for each event: {parts}." — which claims a total adds (editorial rule 3). */
  totalAdds: string;
  /** totalAdds' {parts} when a total adds more events than it names: "{parts}; {more} (see the breakdown)", {more} being `moreEvents`. */
  totalAddsMore: string;
  /** "{text} ({event}), {attribution}": one claim a total adds. */
  totalPart: string;
  /** "Not counted …: {events}." — the events a total could not count. */
  totalUncounted: string;
  breakdown: string;
  /** Label for a figure's verbatim words ("In the report"). */
  verbatim: string;
  /** How a date to the day names its month: "10 Oct 2022" in English; uk and ru news copy writes it out. */
  dayMonth: 'short' | 'long';
  fragment: string;
  showMore: string;
  showLess: string;
  loading: string;
  /** Dates: "on or before {date}", "on or after {date}", "{start} – {end}" handled by Intl. */
  onOrBefore: string;
  onOrAfter: string;
  /** The heading of an error box. */
  errorTitle: string;
  errorDetails: string;
  /** After an error: the id nearest to a mistyped one. */
  errorSuggest: string;
  /** After an error: what the attribute or id may be. */
  errorValid: string;
  error: Record<ErrorCode, string>;
  // casualty-counter
  /** Above figures scoped to places when the event has none for the whole of it (they are not a total). */
  counterByPlace: string;
  // quote-block
  /** "— {speaker}. Source: {source}": a quote's caption. {speaker} is "{name}" or `withRole`, and `quoteSaid`
   * when the quote was said on another day than its source's date. */
  quoteCaption: string;
  /** "{speaker}, {date}": the speaker with the day the quote was said. */
  quoteSaid: string;
  /** "and {count} more events": the events of a long list (a timeline, a total's breakdown) not shown yet. */
  moreEvents: Plural;
  /** The button that shows them. */
  showAllEvents: string;
  // strike-timeline
  /** The accessible name of the timeline's list. */
  timelineLabel: string;
  /** Marks a link between events that someone denies and no one asserts. */
  timelineDenied: string;
  // claim-compare
  /** A label above the event's headline. */
  compareLabel: string;
  /** Said when no claims shown disagree. */
  compareAgree: string;
  /** Heads the figures for the whole event when others are for one of its places. */
  compareWhole: string;
}

/** A partial override: any string, at any depth. */
export type StringOverrides = { [K in keyof Strings]?: Strings[K] extends string ? string : DeepPartial<Strings[K]> };
type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

/**
 * The strings of each language present. English is always here; Ukrainian and Russian are added by
 * `locales/all.ts` (the package's modules) or arrive on demand in the script-tag bundle (see `languageReady`).
 */
const DEFAULTS: Partial<Record<Lang, Strings>> = { en };
/** Fetches a language's strings when a widget first needs them (set by the script-tag bundle). */
let loader: ((lang: Lang) => Promise<unknown>) | undefined;
const loading: Partial<Record<Lang, Promise<unknown>>> = {};
/** Overrides for a language still to arrive: checked against its strings when they are added. */
let pending: Partial<Record<Lang, StringOverrides[]>> = {};

interface SharedStrings {
  overrides: Partial<Record<Lang, StringOverrides>>;
  listeners: Set<() => void>;
  merged: Partial<Record<Lang, Strings>>;
}
const KEY = Symbol.for('strike-widgets.strings.v1');
const shared: SharedStrings =
  ((globalThis as Record<symbol, unknown>)[KEY] as SharedStrings | undefined) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = {
    overrides: {},
    listeners: new Set(),
    merged: {},
  } satisfies SharedStrings);

const placeholders = (text: string) => new Set(text.match(/\{\w+\}/g) ?? []);

/**
 * An override replaces a default string only if it keeps every placeholder the default has: a phrase that dropped
 * `{n}` or `{claimant}` would show a number without its claimant (or a claim without its number). Such an override
 * is refused with a warning, and the default stays.
 */
function merge<T>(base: T, over: unknown, path = ''): T {
  if (typeof over === 'string') {
    if (typeof base !== 'string') return base;
    const missing = [...placeholders(base)].filter((p) => !over.includes(p));
    if (!missing.length) return over as T;
    console.warn(
      `strike-widgets: the string override “${path}” leaves out ${missing.join(', ')} and is ignored; keep every placeholder of “${base}”.`,
    );
    return base;
  }
  if (!over || typeof over !== 'object' || typeof base !== 'object' || base === null) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over))
    if (Object.hasOwn(out, k)) out[k] = merge(out[k], v, path ? `${path}.${k}` : k);
  return out as T;
}

/** Strings or overrides changed: the merged strings are made again, and every widget renders again. */
function changed(): void {
  shared.merged = {};
  for (const listener of [...shared.listeners]) listener();
}

/** The strings for a language, with the publisher's overrides applied. */
export function stringsFor(lang: Lang): Strings {
  const defaults = DEFAULTS[lang];
  if (!defaults) return stringsFor('en');
  return (shared.merged[lang] ??= merge(defaults, shared.overrides[lang]));
}

/** Adds a language's strings; widgets waiting for it render again. */
export function addLanguage(lang: Lang, strings: Strings): void {
  if (DEFAULTS[lang] === strings) return;
  DEFAULTS[lang] = strings;
  for (const overrides of pending[lang] ?? []) override(lang, strings, overrides);
  delete pending[lang];
  changed();
}

/** Sets how a language missing from `DEFAULTS` is fetched; the loader calls `addLanguage` before it resolves. */
export function setLanguageLoader(load: (lang: Lang) => Promise<unknown>): void {
  loader = load;
}

/**
 * Whether a language's strings are here: `true`, or the promise of their arrival (the first call starts the
 * request). Without a loader, a language not added reads in English.
 */
export function languageReady(lang: Lang): true | Promise<unknown> {
  if (DEFAULTS[lang] || !loader) return true;
  return (loading[lang] ??= loader(lang).catch((e: unknown) => {
    // The strings could not be fetched: the widget reads in English rather than waiting for ever.
    console.warn(`strike-widgets: the ${lang} strings could not be loaded; showing English.`, e);
    addLanguage(lang, en);
  }));
}

/**
 * Overrides UI strings for one language, on every widget of the page (and every copy of the bundle). Keys that
 * are not UI strings are ignored. Later calls add to earlier ones.
 */
export function setStrings(lang: Lang, overrides: StringOverrides): void {
  if (!LANGS.includes(lang)) return;
  const defaults = DEFAULTS[lang];
  if (defaults) override(lang, defaults, overrides);
  else (pending[lang] ??= []).push(overrides);
  changed();
}

function override(lang: Lang, defaults: Strings, overrides: StringOverrides): void {
  shared.overrides[lang] = merge(merge(defaults, shared.overrides[lang]), overrides, lang);
}

/** Drops every override (for tests and pages that switch editions). */
export function resetStrings(): void {
  shared.overrides = {};
  pending = {};
  changed();
}

export function onStringsChanged(listener: () => void): () => void {
  shared.listeners.add(listener);
  return () => shared.listeners.delete(listener);
}

/** Fills `{name}` placeholders. Unknown placeholders stay as they are, so a typo shows rather than vanishes. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(vars, k) ? String(vars[k]) : m));
}

/** The supported language for a BCP 47 tag: "uk-UA" → uk, "ua" (a common slip) → uk, anything else → en. */
export function langOf(tag: string | null | undefined): Lang {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (base === 'ua') return 'uk';
  return (LANGS as readonly string[]).includes(base!) ? (base as Lang) : 'en';
}
