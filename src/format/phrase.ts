/**
 * Every sentence a reader sees: numbers, qualifiers, labels, dates, figures and who states them, through `Intl` in
 * the reader's language. DOM-free. Elements lay these out; they never phrase a number or a date themselves.
 */
import type {
  Dataset,
  Figure,
  FigureValue,
  Id,
  Lang,
  Metric,
  Munition,
  Qualifier,
  StrikeEvent,
} from '../data/model.js';
import { actorById, eventById, outletOf, placeById, sourceById } from '../data/query.js';
import { fill, langOf, stringsFor } from './strings.js';
import type { Counted, ErrorCode, MunitionMetric, Plural, Strings } from './strings.js';

/** The reader's language: the supported language, the tag Intl formats with, and the strings. */
export interface Locale {
  lang: Lang;
  /** The BCP 47 tag the text is in, for `lang` attributes ("en", "uk-UA"). */
  tag: string;
  /** The tag Intl formats numbers and dates with: `tag`, except that a bare "en" reads dates as "8 Oct 2022". */
  intl: string;
  strings: Strings;
}

/** A piece of text with the language it is written in, so a template can mark text left untranslated. */
export interface Text {
  text: string;
  lang: string;
}

/** What a map (or a weak map) holds for a key, added with `make` the first time. */
export function entry<K, V>(
  map: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: () => V,
): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

const cache = new Map<string, unknown>();
const memo = <T>(key: string, make: () => T): T => entry(cache, key, make) as T;

/** Locales already resolved, by the tag asked for: a page of a thousand widgets resolves its language once. */
const locales = new Map<string, Readonly<Locale>>();

/** The locale for a language tag: unsupported languages read in English, with English dates and numbers. */
export function localeFor(tag?: string | null): Locale {
  const known = locales.get(tag ?? '');
  // The same strings as when it was resolved (a publisher's overrides since make new ones).
  if (known && known.strings === stringsFor(known.lang)) return known;
  const loc = resolveLocale(tag);
  if (locales.size > 100) locales.clear();
  locales.set(tag ?? '', Object.freeze(loc));
  return loc;
}

function resolveLocale(tag?: string | null): Locale {
  const lang = langOf(tag);
  let intlTag: string = lang;
  if (tag && tag.toLowerCase().split(/[-_]/)[0] === lang) {
    try {
      intlTag = Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? lang;
    } catch {
      // A malformed tag formats as its language.
    }
  }
  // A bare "en" reads dates the international way ("8 Oct 2022"); en-US pages keep "Oct 8, 2022".
  return { lang, tag: intlTag, intl: intlTag === 'en' ? 'en-GB' : intlTag, strings: stringsFor(lang) };
}

const numberFormat = (loc: Locale) =>
  memo(`n:${loc.intl}`, () => new Intl.NumberFormat(loc.intl, { maximumFractionDigits: 20 }));
const pluralRules = (loc: Locale) => memo(`p:${loc.intl}`, () => new Intl.PluralRules(loc.intl));
// "A, B and C": a conjunction, written out (Intl's defaults).
const listFormat = (loc: Locale) => memo(`l:${loc.intl}`, () => new Intl.ListFormat(loc.intl));
const dateFormat = (loc: Locale, precision: 'day' | 'month' | 'year') =>
  memo(
    `d:${precision}:${loc.intl}`,
    () =>
      // An option left undefined is one the date does not show.
      new Intl.DateTimeFormat(loc.intl, {
        timeZone: 'UTC',
        year: 'numeric',
        month: precision === 'day' ? loc.strings.dayMonth : precision === 'month' ? 'long' : undefined,
        day: precision === 'day' ? 'numeric' : undefined,
      }),
  );

/** A whole number exactly as stated: grouped, never rounded, never compacted. */
export function formatNumber(loc: Locale, n: number): string {
  return numberFormat(loc).format(n);
}

/** "14", or a range "20–30", with its best estimate when there is one. */
export function formatValue(loc: Locale, value: FigureValue): string {
  if ('n' in value) return formatNumber(loc, value.n);
  const range =
    value.low === value.high ? formatNumber(loc, value.low) : numberFormat(loc).formatRange(value.low, value.high);
  return value.best === undefined ? range : fill(loc.strings.range, { range, best: formatNumber(loc, value.best) });
}

/** The number shown large: "14", or the range "20–30" (its best estimate is in the sentence beside it). */
export function bigNumber(loc: Locale, value: FigureValue): string {
  return formatValue(loc, 'n' in value ? value : { low: value.low, high: value.high });
}

/** The plural form of a word for a value (a range takes the form of its upper end). */
export function plural(loc: Locale, forms: Plural, value: FigureValue): string {
  const high = 'n' in value ? value.n : value.high;
  const category = pluralRules(loc).select(high);
  return (forms as unknown as Record<string, string | undefined>)[category] ?? forms.other;
}

/** "Total for 3 events", "and 9,950 more events": the form the plural of `n` takes, with `{count}` filled. */
export function countPhrase(loc: Locale, forms: Plural, n: number): string {
  return fill(plural(loc, forms, { n }), { count: formatNumber(loc, n) });
}

/** The counted words for a value in the case its qualifier governs (ru "не менее 21 погибшего"). */
export function counted(loc: Locale, forms: Counted, value: FigureValue, qualifier: Qualifier = 'exactly'): string {
  const wanted = loc.strings.qualifierCase[qualifier];
  return plural(loc, (wanted === 'nom' ? undefined : forms[wanted]) ?? forms, value);
}

/** "at least 14": a value with its qualifier. */
export function qualified(loc: Locale, value: FigureValue, qualifier: Qualifier): string {
  return fill(loc.strings.qualifier[qualifier], { n: formatValue(loc, value) });
}

const MUNITION_METRICS: readonly Metric[] = ['launched', 'intercepted', 'attacks'];

/**
 * The words after the number, in the case the qualifier governs: "killed", "missiles intercepted", "загиблих",
 * "погибшего" (after "не менее 21").
 */
export function metricLabel(
  loc: Locale,
  metric: Metric,
  value: FigureValue,
  munition?: Munition,
  qualifier: Qualifier = 'exactly',
): string {
  const forms = MUNITION_METRICS.includes(metric)
    ? loc.strings.munitionMetric[metric as MunitionMetric][munition ?? 'munitions']
    : loc.strings.metric[metric];
  return counted(loc, forms, value, qualifier);
}

/** "at least 14 killed", "не менее 21 погибшего": a value, its qualifier and what it counts. */
export function countText(
  loc: Locale,
  metric: Metric,
  value: FigureValue,
  qualifier: Qualifier,
  munition?: Munition,
): string {
  return fill(loc.strings.figureText, {
    amount: qualified(loc, value, qualifier),
    label: metricLabel(loc, metric, value, munition, qualifier),
  });
}

/** A text field in the reader's language when the dataset has it, else in the dataset's language. */
export function localized<F extends string>(
  loc: Locale,
  entity: { [K in F]?: string } & { i18n?: { [L in 'uk' | 'ru']?: { [K in F]?: string } } },
  field: F,
  baseLang = 'en',
): Text {
  const translated = loc.lang !== 'en' ? entity.i18n?.[loc.lang]?.[field] : undefined;
  return translated ? { text: translated, lang: loc.lang } : { text: entity[field] ?? '', lang: baseLang };
}

/** A place's name in the reader's language; undefined for no place, or one the dataset does not have. */
export function placeName(loc: Locale, ds: Dataset, id: Id | undefined): string | undefined {
  const place = id ? placeById(ds, id) : undefined;
  return place && localized(loc, place, 'name', ds.language).text;
}

/** "Kharkiv: 48 injured": a text scoped to a place; the text itself without one. */
export function inPlace(loc: Locale, place: string | undefined, text: string): string {
  return place ? fill(loc.strings.inPlace, { place, text }) : text;
}

/**
 * A party's or person's name in the reader's language; the id itself if the dataset has no such actor. With
 * `genitive`, the form "according to …" needs in uk/ru, where the dataset gives one (else the name as it is).
 */
export function actorName(loc: Locale, ds: Dataset, id: Id, genitive = false): string {
  const actor = actorById(ds, id);
  if (!actor) return id;
  const inCase = genitive && loc.lang !== 'en' ? actor.i18n?.[loc.lang]?.nameGenitive : undefined;
  return inCase ?? localized(loc, actor, 'name', ds.language).text;
}

/** "Vitalii Klitschko, Kyiv Mayor": who states a figure, with the role they stated it in; in the genitive on request. */
export function claimantOf(loc: Locale, ds: Dataset, figure: Figure, genitive = false): string {
  const name = actorName(loc, ds, figure.claimant, genitive);
  const roleInCase = genitive && loc.lang !== 'en' ? figure.i18n?.[loc.lang]?.claimantRoleGenitive : undefined;
  const role = figure.claimantRole ? (roleInCase ?? localized(loc, figure, 'claimantRole', ds.language).text) : '';
  return role ? fill(loc.strings.withRole, { name, role }) : name;
}

/** "according to A and B" (uk/ru: the names in the genitive). */
export function accordingTo(loc: Locale, ds: Dataset, figures: readonly Figure[]): string {
  const names = [
    ...new Map(figures.map((f) => [`${f.claimant}|${f.claimantRole ?? ''}`, claimantOf(loc, ds, f, true)])).values(),
  ];
  return fill(loc.strings.according, { claimant: listOf(loc, names) });
}

/** "A, B and C" in the reader's language. */
export function listOf(loc: Locale, items: readonly string[]): string {
  return listFormat(loc).format(items);
}

/** Names of several actors as one list; in the genitive on request ("за словами Олега Синєгубова"). */
export function namesOf(loc: Locale, ds: Dataset, ids: readonly Id[], genitive = false): string {
  return listOf(
    loc,
    ids.map((id) => actorName(loc, ds, id, genitive)),
  );
}

/** Text that starts a line or a sentence: its first letter in capitals ("the Kremlin" → "The Kremlin"). */
export function capitalised(loc: Locale, text: string): string {
  return text.charAt(0).toLocaleUpperCase(loc.intl) + text.slice(1);
}

/** A calendar date (YYYY-MM-DD, YYYY-MM or YYYY), honest about its precision. */
export function formatDate(loc: Locale, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const precision = d ? 'day' : m ? 'month' : 'year';
  return unbroken(dateFormat(loc, precision).format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1))));
}

/**
 * A date as an editor sets it: a line never ends between a day and its month ("29 грудня", US English "Dec 29") or a
 * year and its abbreviation ("2023 р.", "2023 г."), nor starts with a range's dash.
 */
const unbroken = (date: string) =>
  date.replace(/(\d) (?=[^\d\s–-])|([^\d\s,–-]) (?=\d\d?(?!\d))/g, '$1$2\u00a0').replace(/[ \u2009](?=–)/g, '\u00a0');

/**
 * A date that ends an "on or before" or starts an "on or after". A month takes the case a day's date gives it, "не
 * пізніше січня 2024 р." (alone it is nominative, "січень 2024 р."): the 1st of the month, without its day.
 */
const openEnd = (loc: Locale, iso: string) =>
  iso.length === 7 ? formatDate(loc, `${iso}-01`).replace(/^1\u00a0|\u00a01,/, '') : formatDate(loc, iso);

/**
 * An EDTF date or interval: its text, and a value for `<time datetime>` (the date itself, or the known end of an
 * interval).
 */
export function formatEdtf(loc: Locale, edtf: string): { text: string; datetime: string } {
  const [start, end] = edtf.split('/');
  if (end === undefined) return { text: formatDate(loc, start!), datetime: start! };
  if (start === '..') return { text: fill(loc.strings.onOrBefore, { date: openEnd(loc, end) }), datetime: end };
  if (end === '..') return { text: fill(loc.strings.onOrAfter, { date: openEnd(loc, start!) }), datetime: start! };
  const text =
    start!.length === 10 && end.length === 10
      ? unbroken(dateFormat(loc, 'day').formatRange(new Date(`${start}T00:00Z`), new Date(`${end}T00:00Z`)))
      : `${formatDate(loc, start!)}\u00a0– ${formatDate(loc, end)}`;
  return { text, datetime: start! };
}

/** "as of 30 Dec 2023", with the date for `<time datetime>`. */
export function asOfDate(loc: Locale, iso: string): { text: string; iso: string } {
  return { text: fill(loc.strings.asOf, { date: formatDate(loc, iso) }), iso };
}

/** An event's headline in the reader's language and its date: how every widget names an event. */
export function eventTitle(
  loc: Locale,
  ds: Dataset,
  event: StrikeEvent,
): { headline: Text; date: { text: string; datetime: string } } {
  return { headline: localized(loc, event, 'headline', ds.language), date: formatEdtf(loc, event.date) };
}

/** Only http(s) URLs become links; anything else (javascript:, data:, relative, disguised) is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  try {
    // No URL, or one that is not absolute, throws here.
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export interface PhrasedSource {
  outlet: string;
  date: string;
  /** For `<time datetime>`. */
  dateIso: string;
  /** Present only for an http(s) URL. */
  url?: string;
  headline?: Text;
  /** "via AP and Reuters" */
  via?: string;
}

/** A source of the dataset, phrased; undefined for an id the dataset does not have. */
export function phraseSource(loc: Locale, ds: Dataset, id: Id): PhrasedSource | undefined {
  const s = sourceById(ds, id);
  if (!s) return undefined;
  const outlet = outletOf(ds, s);
  const outletName = outlet ? localized(loc, outlet, 'name', ds.language).text : s.outlet;
  const date = formatDate(loc, s.published);
  const phrased: PhrasedSource = {
    outlet: outletName,
    date,
    dateIso: s.published,
    // Optional parts are own keys even when absent, so a property on Object.prototype never stands in for them.
    url: safeUrl(s.url),
    headline: s.headline ? { text: s.headline, lang: s.language } : undefined,
    via: s.wire?.length ? fill(loc.strings.via, { wires: namesOf(loc, ds, s.wire) }) : undefined,
  };
  return phrased;
}

/** The sources of these ids that the dataset has, phrased, in the order given. */
export function phraseSources(loc: Locale, ds: Dataset, ids: Iterable<Id>): PhrasedSource[] {
  return [...ids].map((id) => phraseSource(loc, ds, id)).filter((s): s is PhrasedSource => !!s);
}

export interface PhrasedFigure {
  figure: Figure;
  /** "at least 14 killed" */
  text: string;
  /** The place the figure is scoped to, if any. */
  place?: string;
  /** "Kharkiv: 48 injured", or `text` when the figure covers the whole event. */
  scopedText: string;
  /** Who claims it, starting a line: "The Kremlin", "Vitalii Klitschko, mayor of Kyiv". */
  claimantLine: string;
  /** "according to Ukraine's National Police" */
  attribution: string;
  sources: PhrasedSource[];
  /** "as of 30 Dec 2023", for figures still developing when reported. */
  asOf?: { text: string; iso: string };
  /** The report's own words for the number. */
  verbatim: Text;
}

/** Everything a reader sees of one figure: the number, its qualifier, its label, who claims it and who carried it. */
export function phraseFigure(loc: Locale, ds: Dataset, figure: Figure): PhrasedFigure {
  const text = countText(loc, figure.metric, figure.value, figure.qualifier, figure.munition);
  const place = placeName(loc, ds, figure.place);
  const phrased: PhrasedFigure = {
    figure,
    text,
    scopedText: inPlace(loc, place, text),
    claimantLine: capitalised(loc, claimantOf(loc, ds, figure)),
    attribution: accordingTo(loc, ds, [figure]),
    sources: phraseSources(loc, ds, figure.reportedIn),
    verbatim: { text: figure.verbatim, lang: ds.language },
    place,
    asOf: figure.developing ? asOfDate(loc, figure.asOf) : undefined,
  };
  return phrased;
}

/** Each figure phrased, in the order given. */
export function phraseFigures(loc: Locale, ds: Dataset, figures: readonly Figure[]): PhrasedFigure[] {
  return figures.map((f) => phraseFigure(loc, ds, f));
}

/** "including 9 drones intercepted": the parts of a figure, phrased together. */
export function phraseParts(loc: Locale, parts: readonly Figure[]): string | undefined {
  if (!parts.length) return undefined;
  const each = parts.map((f) => countText(loc, f.metric, f.value, f.qualifier, f.munition));
  return fill(loc.strings.including, { parts: listOf(loc, each) });
}

/** An event's headline in the reader's language, or undefined for an unknown id. */
export function eventHeadline(loc: Locale, ds: Dataset, id: Id): Text | undefined {
  const event = eventById(ds, id);
  return event ? localized(loc, event, 'headline', ds.language) : undefined;
}

/** The visible message for an error, in the reader's language. */
export function errorMessage(loc: Locale, code: ErrorCode, vars?: Record<string, string>): string {
  return fill(loc.strings.error[code], vars);
}
