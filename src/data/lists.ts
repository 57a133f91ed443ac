/**
 * The closed lists of the contract that only the validator, the JSON Schema and the spreadsheet layer read at run
 * time; model.ts re-exports them, with the types made from them. They live apart from `LANGS` and `METRICS`, which
 * every page reads, so that the script-tag bundle leaves them to the validator's chunk.
 */

/** The version of this contract. A dataset declares the version it was written against. */
export const SCHEMA_VERSION = 1;

/**
 * How a number was qualified by whoever stated it. `exactly` means the number was stated without a qualifier
 * ("killing 23 people"); it is shown as the bare number.
 */
export const QUALIFIERS = ['exactly', 'at-least', 'more-than', 'about', 'up-to'] as const;

/** What kind of munition a launched or intercepted count refers to, when the report says. */
export const MUNITIONS = ['missiles', 'drones', 'rockets', 'munitions'] as const;

export const EVENT_KINDS = [
  'missile-strike',
  'drone-strike',
  'shelling',
  'combined-strike',
  'rocket-and-drone-attack',
  'air-attack',
  /** An attack whose weapons the claimants describe differently: the label names none of them. */
  'attack',
  'attack-claim',
  'statement',
  'meeting',
] as const;

/** How one event points at another. The relation lives on the later event and points back. */
export const RELATION_KINDS = ['retaliation-for', 'response-to', 'part-of', 'follow-up'] as const;

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

/**
 * How close a claimant stands to the place it speaks about; with `country` this orders competing claims
 * (local authorities before national before foreign).
 */
export const LEVELS = ['local', 'regional', 'national', 'international'] as const;

export const PLACE_KINDS = ['country', 'region', 'city', 'settlement', 'structure', 'area'] as const;

/** How exact a place's coordinates are: `centroid` is the centre of the named city or region, not a strike site. */
export const GEO_PRECISIONS = ['exact', 'approximate', 'centroid'] as const;
