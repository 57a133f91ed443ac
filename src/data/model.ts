/**
 * The contract of a strike dataset: what every widget reads and what a publisher's own file must look like.
 *
 * Borrowed from ACLED (one record per event, date precision, every record cites sources), UCDP GED (low / best /
 * high estimates; who said it kept apart from who carried it), Airwars (belligerents' claims kept apart from local
 * reports) and schema.org (Quotation, Event, Claim). Types only: no DOM, no runtime code beyond the closed lists.
 */

/** The version of this contract. A dataset declares the version it was written against. */
export const SCHEMA_VERSION = 1;

/** The languages the widgets speak. Data is written in English; any text field may carry uk/ru translations. */
export const LANGS = ['en', 'uk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
/** Languages a translation may be given in (English is the base text). */
export type TranslationLang = Exclude<Lang, 'en'>;

/** What a figure counts. A closed list: extend it here, never accept free text. */
export const METRICS = [
  'killed',
  'injured',
  'children-killed',
  'children-injured',
  'launched',
  'intercepted',
  'attacks',
  'buildings-damaged',
] as const;
export type Metric = (typeof METRICS)[number];

/**
 * How a number was qualified by whoever stated it. `exactly` means the number was stated without a qualifier
 * ("killing 23 people"); it is shown as the bare number.
 */
export const QUALIFIERS = ['exactly', 'at-least', 'more-than', 'about', 'up-to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** What kind of munition a launched or intercepted count refers to, when the report says. */
export const MUNITIONS = ['missiles', 'drones', 'rockets', 'munitions'] as const;
export type Munition = (typeof MUNITIONS)[number];

export const EVENT_KINDS = [
  'missile-strike',
  'drone-strike',
  'shelling',
  'combined-strike',
  'rocket-and-drone-attack',
  'air-attack',
  'attack-claim',
  'statement',
  'meeting',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How one event points at another. The relation lives on the later event and points back. */
export const RELATION_KINDS = ['retaliation-for', 'response-to', 'part-of', 'follow-up'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const PARTY_KINDS = [
  'state',
  'government',
  'military',
  'authority',
  'occupation-authority',
  'international-body',
  'outlet',
  'wire-service',
  'unnamed-source',
] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/**
 * How close a claimant stands to the place it speaks about; with `country` this orders competing claims
 * (local authorities before national before foreign).
 */
export const LEVELS = ['local', 'regional', 'national', 'international'] as const;
export type Level = (typeof LEVELS)[number];

export const PLACE_KINDS = ['country', 'region', 'city', 'settlement', 'structure', 'area'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** How exact a place's coordinates are: `centroid` is the centre of the named city or region, not a strike site. */
export const GEO_PRECISIONS = ['exact', 'approximate', 'centroid'] as const;
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];

/** A stable, readable slug: lowercase letters, digits and single hyphens (`2022-10-10-missile-strikes`). */
export type Id = string;
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/**
 * An EDTF level-0 date or interval, plus open-ended intervals: `2023-12-29`, `2023-12`, `2023`,
 * `2023-12-29/2023-12-30`, `../2022-10-10` (on or before).
 */
export type EdtfDate = string;

/** Translations of some of an entity's text fields, by language. Names are stored once in English otherwise. */
export type Translations<Field extends string> = {
  [L in TranslationLang]?: { [F in Field]?: string };
};

/** A body, state, outlet or unnamed source. Outlets are parties too, because an outlet can be a claimant. */
export interface Party {
  id: Id;
  /** The name as the dataset's readers know it ("Ukraine's National Police"). */
  name: string;
  kind: PartyKind;
  /** ISO 3166-1 alpha-2 of the country the party belongs to or speaks for. */
  country?: string;
  level?: Level;
  note?: string;
  /** `nameGenitive`: the name as "according to …" needs it in uk/ru ("за даними російської влади"). */
  i18n?: Translations<'name' | 'nameGenitive'>;
}

/** A named person. Their role is recorded where it mattered: on each quote and each figure they stated. */
export interface Person {
  id: Id;
  name: string;
  country?: string;
  level?: Level;
  note?: string;
  /** `nameGenitive`: the name as "according to …" needs it in uk/ru ("за даними Віталія Кличка"). */
  i18n?: Translations<'name' | 'nameGenitive'>;
}

/** A page that carried claims and quotes. Never invent a URL: leave it out when unknown. */
export interface Source {
  id: Id;
  /** The outlet that published it: a Party of kind `outlet`. */
  outlet: Id;
  headline?: string;
  published: IsoDate;
  /** http(s) only. */
  url?: string;
  /** Wire services whose copy the page carried: Parties of kind `wire-service`. */
  wire?: Id[];
  /** BCP 47 language of the page. */
  language: string;
  note?: string;
}

export interface Coordinates {
  lat: number;
  lon: number;
}

export interface Place {
  id: Id;
  name: string;
  kind: PlaceKind;
  /** ISO 3166-2 subdivision code (`UA-30`, `RU-BEL`), or ISO 3166-1 alpha-2 for a whole country (`UA`). */
  code: string;
  coordinates?: Coordinates;
  geoPrecision?: GeoPrecision;
  note?: string;
  i18n?: Translations<'name'>;
}

/** Someone's assertion that a party did something, with who asserted and who denied it. */
export interface AttributionClaim {
  party: Id;
  /** Parties or persons who say so. May be empty only when someone denies it. */
  assertedBy: Id[];
  deniedBy?: Id[];
  sources: Id[];
  note?: string;
}

/** What was aimed at, as somebody described it. */
export interface TargetClaim {
  description: string;
  assertedBy: Id[];
  sources: Id[];
  i18n?: Translations<'description'>;
}

export interface Weapon {
  /** The words of the report ("hypersonic Iskander missiles"). */
  reported: string;
  /** A normalised name for search and grouping ("Iskander"). */
  canonical: string;
  /** Who said this weapon was used, when that is itself a claim. */
  assertedBy?: Id[];
  sources: Id[];
  i18n?: Translations<'reported'>;
}

/** A link from this event to an earlier (or enclosing) one. A claimed retaliation is a claim. */
export interface Relation {
  /** The event pointed at. */
  event: Id;
  kind: RelationKind;
  /** Who says the link holds. May be empty only when someone denies it. */
  assertedBy: Id[];
  deniedBy?: Id[];
  source: Id;
  note?: string;
}

export interface StrikeEvent {
  id: Id;
  kind: EventKind;
  /** Our own words, one line. */
  headline: string;
  /** Our own words, one paragraph. */
  summary: string;
  date: EdtfDate;
  /** How the date was established when the report gave it relatively ("Monday", "two days after"). */
  dateNote?: string;
  places: Id[];
  /** Who carried it out: each attacker is a claim. */
  attackers: AttributionClaim[];
  /** The parties whose territory or people were struck. */
  struck: Id[];
  targets?: TargetClaim[];
  weapons?: Weapon[];
  relations?: Relation[];
  sources: Id[];
  note?: string;
  i18n?: Translations<'headline' | 'summary'>;
}

/** One number: an exact count, or a range with an optional best estimate. */
export type FigureValue = { n: number } | { low: number; high: number; best?: number };

/** One number, from one claimant, at one time. Two claimants who disagree are two figures. */
export interface Figure {
  id: Id;
  event: Id;
  /** Scopes the figure to one place of a multi-place event ("48 injured in Kharkiv"). */
  place?: Id;
  metric: Metric;
  /** For `launched` and `intercepted`: what was counted. */
  munition?: Munition;
  value: FigureValue;
  qualifier: Qualifier;
  /** The report's own words for the number ("at least two dozen people dead"). */
  verbatim: string;
  /** A Party or Person id: who states the number. The outlet itself when the report gives no one else. */
  claimant: Id;
  /** The claimant's role at the time, when the claimant is a person. */
  claimantRole?: string;
  /** Sources that carried the claim. */
  reportedIn: Id[];
  asOf: IsoDate;
  /** The count was still changing when reported (rescue work under way, "rose to"). */
  developing?: boolean;
  /** An earlier figure of the same claimant, event, metric and place that this one revises. */
  supersedes?: Id;
  /** A figure this one is a part of ("including nine kamikaze drones"). */
  partOf?: Id;
  note?: string;
  /** `claimantRoleGenitive`: the role as "according to …" needs it in uk/ru ("мера Києва"). */
  i18n?: Translations<'claimantRole' | 'claimantRoleGenitive'>;
}

/** A direct quotation, verbatim. Paragraph breaks are stored as a blank line. */
export interface Quote {
  id: Id;
  text: string;
  /** A Person id, or a Party id for a body's statement. */
  speaker: Id;
  /** The speaker's role at the time ("Kyiv Mayor"); a body's statement has none. */
  role?: string;
  source: Id;
  /** When it was said (or, failing that, published). */
  date: IsoDate;
  /** BCP 47 language of the text as published. */
  language: string;
  events: Id[];
  /** A fragment of a longer sentence. */
  partial?: boolean;
  note?: string;
  i18n?: Translations<'role'>;
}

export interface Dataset {
  schemaVersion: typeof SCHEMA_VERSION;
  /** The dataset's own slug; ids inside it live in its own id space. */
  id: Id;
  title: string;
  /** The edition of the numbers (semver), so an article can say which one it showed. */
  version: string;
  updatedAt: IsoDate;
  /** BCP 47 language of the base text. */
  language: string;
  license?: string;
  parties: Party[];
  persons: Person[];
  sources: Source[];
  places: Place[];
  events: StrikeEvent[];
  figures: Figure[];
  quotes: Quote[];
}

/** A claimant or speaker: either kind of actor. */
export type Actor = Party | Person;

/** One problem found by `validate`: a JSON Pointer into the value and a sentence. */
export interface ValidationProblem {
  path: string;
  message: string;
}
