/**
 * Who says what, shared by every view model: names of parties, people and places, and "claimed by …; denied by …"
 * for anything claimed (an attacker, a target, a weapon, a link between events). DOM-free.
 */
import type { AttributionClaim, Dataset, Id, TargetClaim, Weapon } from '../data/model.js';
import { actorById, outletOf, placeById, sourceById } from '../data/query.js';
import type { RelatedEvent } from '../data/query.js';
import { eventTitle, localized, namesOf } from './phrase.js';
import type { Locale, Text } from './phrase.js';
import { fill } from './strings.js';

/** Something claimed, and who claims or denies it: "Russia" — "claimed by Vladimir Putin; denied by Ukraine". */
export interface PhrasedClaim {
  subject: Text;
  /** "claimed by …; denied by …", or "said by …" for weapons. */
  who?: string;
}

/** "claimed by A and B; denied by C"; undefined when no one is named. */
export function phraseWho(
  loc: Locale,
  ds: Dataset,
  assertedBy: readonly Id[],
  deniedBy: readonly Id[] = [],
): string | undefined {
  const pieces = [
    assertedBy.length ? fill(loc.strings.claimedBy, { names: namesOf(loc, ds, assertedBy) }) : '',
    deniedBy.length ? fill(loc.strings.deniedBy, { names: namesOf(loc, ds, deniedBy) }) : '',
  ];
  return pieces.filter((piece) => piece).join('; ') || undefined;
}

/** A party's or person's name with the language it is written in. */
export function actorText(loc: Locale, ds: Dataset, id: Id): Text {
  const actor = actorById(ds, id);
  return actor ? localized(loc, actor, 'name', ds.language) : { text: id, lang: ds.language };
}

/** A place's name with the language it is written in. */
export function placeText(loc: Locale, ds: Dataset, id: Id): Text {
  const place = placeById(ds, id);
  return place ? localized(loc, place, 'name', ds.language) : { text: id, lang: ds.language };
}

/** An attacker, with who asserts and who denies it. */
export function phraseAttacker(loc: Locale, ds: Dataset, claim: AttributionClaim): PhrasedClaim {
  return { subject: actorText(loc, ds, claim.party), who: phraseWho(loc, ds, claim.assertedBy, claim.deniedBy) };
}

/** A target as described, with who describes it so. */
export function phraseTarget(loc: Locale, ds: Dataset, target: TargetClaim): PhrasedClaim {
  return { subject: localized(loc, target, 'description', ds.language), who: phraseWho(loc, ds, target.assertedBy) };
}

/**
 * A weapon in the report's own words (kept in the dataset's language), with who said it was used: the people or
 * bodies the report names, else the outlets that reported it.
 */
export function phraseWeapon(loc: Locale, ds: Dataset, weapon: Weapon): PhrasedClaim {
  const outlets = weapon.sources.flatMap((id) => {
    const source = sourceById(ds, id);
    const outlet = source && outletOf(ds, source);
    return outlet ? [outlet.id] : [];
  });
  const by = weapon.assertedBy?.length ? weapon.assertedBy : [...new Set(outlets)];
  return {
    subject: localized(loc, weapon, 'reported', ds.language),
    who: by.length ? fill(loc.strings.weaponsNote, { names: namesOf(loc, ds, by, true) }) : undefined,
  };
}

/** How one event points at another, read from one side: "Retaliation for", and who asserts and who denies it. */
export interface PhrasedLinkKind {
  /** "Retaliation for", "Followed by retaliation" */
  label: string;
  /** "claimed by Vladimir Putin; denied by Ukraine" */
  who?: string;
}

/** A relation as read from one of its ends (`direction`), without the event at the other. */
export function phraseLinkKind(
  loc: Locale,
  ds: Dataset,
  { relation, direction }: Pick<RelatedEvent, 'relation' | 'direction'>,
): PhrasedLinkKind {
  return {
    label: loc.strings.relation[relation.kind][direction],
    who: phraseWho(loc, ds, relation.assertedBy, relation.deniedBy),
  };
}

export interface PhrasedRelation extends PhrasedLinkKind {
  /** The event at the other end. */
  headline: Text;
  date: { text: string; datetime: string };
}

/** One link between events, read from this event's side: how it points, the event at the other end, and who says so. */
export function phraseRelation(loc: Locale, ds: Dataset, related: RelatedEvent): PhrasedRelation {
  return { ...phraseLinkKind(loc, ds, related), ...eventTitle(loc, ds, related.event) };
}
