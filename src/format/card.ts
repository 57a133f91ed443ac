/**
 * Phrasing for `<strike-card>`: who is said to have struck, what and with what, each with who says so, and a
 * figure read together with its parts. DOM-free, like the rest of `format/`.
 */
import type { AttributionClaim, Dataset, Id, TargetClaim, Weapon } from '../data/model.js';
import { actorById, outletOf, placeById, sourceById } from '../data/query.js';
import type { Claims } from '../data/query.js';
import { localized, namesOf, phraseFigure, phraseParts } from './phrase.js';
import type { Locale, PhrasedFigure, Text } from './phrase.js';
import { fill } from './strings.js';

/** Something claimed, and who claims or denies it: "Russia" — "claimed by Vladimir Putin; denied by Ukraine". */
export interface PhrasedClaim {
  subject: Text;
  /** "claimed by …; denied by …", or "said by …" for weapons. */
  who?: string;
}

/** Joins "claimed by …" and "denied by …" pieces; undefined when there are none. */
export function joinWho(...pieces: (string | undefined)[]): string | undefined {
  const present = pieces.filter((p): p is string => !!p);
  return present.length ? present.join('; ') : undefined;
}

/** "claimed by A and B; denied by C". */
export function phraseWho(loc: Locale, ds: Dataset, assertedBy: readonly Id[], deniedBy: readonly Id[] = []): string | undefined {
  return joinWho(
    assertedBy.length ? fill(loc.strings.claimedBy, { names: namesOf(loc, ds, assertedBy) }) : undefined,
    deniedBy.length ? fill(loc.strings.deniedBy, { names: namesOf(loc, ds, deniedBy) }) : undefined,
  );
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
  return withWho(actorText(loc, ds, claim.party), phraseWho(loc, ds, claim.assertedBy, claim.deniedBy));
}

/** A target as described, with who describes it so. */
export function phraseTarget(loc: Locale, ds: Dataset, target: TargetClaim): PhrasedClaim {
  return withWho(localized(loc, target, 'description', ds.language), phraseWho(loc, ds, target.assertedBy));
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
  return withWho(
    localized(loc, weapon, 'reported', ds.language),
    by.length ? fill(loc.strings.weaponsNote, { names: namesOf(loc, ds, by, true) }) : undefined,
  );
}

function withWho(subject: Text, who: string | undefined): PhrasedClaim {
  return { subject, who };
}

/**
 * The figure shown first for some claims, read together with the parts its own claimant gave ("about 45 missiles
 * intercepted, including 9 drones intercepted"), and the parts other claimants gave, phrased on their own.
 */
export function phraseShown(loc: Locale, ds: Dataset, claims: Claims): { shown: PhrasedFigure; otherParts: PhrasedFigure[] } {
  const shown = phraseFigure(loc, ds, claims.shown);
  const own = claims.parts.filter((f) => f.claimant === claims.shown.claimant);
  const including = phraseParts(loc, own);
  if (including) {
    shown.text = `${shown.text}, ${including}`;
    shown.scopedText = shown.place ? fill(loc.strings.inPlace, { place: shown.place, text: shown.text }) : shown.text;
  }
  const otherParts = claims.parts.filter((f) => f.claimant !== claims.shown.claimant).map((f) => phraseFigure(loc, ds, f));
  return { shown, otherParts };
}
