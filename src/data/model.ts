/**
 * The contract of a strike dataset: what every widget reads and what a publisher's own file must look like.
 *
 * Borrowed from ACLED (one record per event, date precision, every record cites sources), UCDP GED (low / best /
 * high estimates; who said it kept apart from who carried it), Airwars (belligerents' claims kept apart from local
 * reports) and schema.org (Quotation, Event, Claim). The closed lists are exported here (the languages and metrics
 * defined here, the rest in lists.ts); the records' fields are described once, in shapes.ts, and their types are
 * inferred from there. No DOM, no runtime code beyond the closed lists.
 */
import type {
  DATASET_SHAPE,
  ShapeType,
  attributionShape,
  coordinatesShape,
  eventShape,
  figureShape,
  figureValueShape,
  partyShape,
  personShape,
  placeShape,
  quoteShape,
  relationShape,
  sourceShape,
  targetShape,
  weaponShape,
} from './shapes.js';
import type {
  EVENT_KINDS,
  GEO_PRECISIONS,
  LEVELS,
  MUNITIONS,
  PARTY_KINDS,
  PLACE_KINDS,
  QUALIFIERS,
  RELATION_KINDS,
} from './lists.js';

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

// The other closed lists, described where they are defined (lists.ts), which a page's widgets never read.
export {
  SCHEMA_VERSION,
  QUALIFIERS,
  MUNITIONS,
  EVENT_KINDS,
  RELATION_KINDS,
  PARTY_KINDS,
  LEVELS,
  PLACE_KINDS,
  GEO_PRECISIONS,
} from './lists.js';
/** How a number was qualified by whoever stated it; `exactly` is shown as the bare number. */
export type Qualifier = (typeof QUALIFIERS)[number];
/** What kind of munition a launched or intercepted count refers to, when the report says. */
export type Munition = (typeof MUNITIONS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
/** How one event points at another. The relation lives on the later event and points back. */
export type RelationKind = (typeof RELATION_KINDS)[number];
export type PartyKind = (typeof PARTY_KINDS)[number];
/** How close a claimant stands to the place it speaks about. */
export type Level = (typeof LEVELS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
/** How exact a place's coordinates are. */
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

// The records below are inferred from their shapes in shapes.ts, where each field says what it means.

/** A body, state, outlet or unnamed source. Outlets are parties too, because an outlet can be a claimant. */
export type Party = ShapeType<typeof partyShape>;

/** A named person. Their role is recorded where it mattered: on each quote and each figure they stated. */
export type Person = ShapeType<typeof personShape>;

/** A page that carried claims and quotes. Never invent a URL: leave it out when unknown. */
export type Source = ShapeType<typeof sourceShape>;

/** Where a place is, in degrees. */
export type Coordinates = ShapeType<typeof coordinatesShape>;

/** A country, region, city, settlement, structure or area, with its ISO 3166 code. */
export type Place = ShapeType<typeof placeShape>;

/** Someone's assertion that a party did something, with who asserted and who denied it. */
export type AttributionClaim = ShapeType<typeof attributionShape>;

/** What was aimed at, as somebody described it. */
export type TargetClaim = ShapeType<typeof targetShape>;

/** A weapon as the report named it, and its normalised name. */
export type Weapon = ShapeType<typeof weaponShape>;

/** A link from this event to an earlier (or enclosing) one. A claimed retaliation is a claim. */
export type Relation = ShapeType<typeof relationShape>;

/** A strike, attack, claim or statement, in our own words, with who carried it out as claims. */
export type StrikeEvent = ShapeType<typeof eventShape>;

/** One number: an exact count, or a range with an optional best estimate. */
export type FigureValue = ShapeType<typeof figureValueShape>;

/** One number, from one claimant, at one time. Two claimants who disagree are two figures. */
export type Figure = ShapeType<typeof figureShape>;

/** A direct quotation, verbatim. Paragraph breaks are stored as a blank line. */
export type Quote = ShapeType<typeof quoteShape>;

/** A whole dataset: its edition and the records every widget reads. */
export type Dataset = ShapeType<typeof DATASET_SHAPE>;

/** A claimant or speaker: either kind of actor. */
export type Actor = Party | Person;

/** One problem found by `validate`: a JSON Pointer into the value and a sentence. */
export interface ValidationProblem {
  path: string;
  message: string;
}
