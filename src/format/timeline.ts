/**
 * Phrasing for `<strike-timeline>`: each step's date, headline and headline casualty figure, and the links between
 * steps with who asserts and who denies them. DOM-free, like the rest of `format/`.
 */
import type { Dataset, Id } from '../data/model.js';
import { claimsByScope, isStrike } from '../data/query.js';
import type { Timeline } from '../data/query.js';
import { phraseShown, phraseWho } from './card.js';
import { phraseLead } from './lead.js';
import type { PhrasedLead } from './lead.js';
import { formatEdtf, localized, phraseSource } from './phrase.js';
import type { Locale, PhrasedFigure, PhrasedSource, Text } from './phrase.js';

/** A link from a step to another step of the timeline, read from the step that holds it. */
export interface PhrasedLink {
  /** "Retaliation for" */
  label: string;
  /** The step it points at. */
  target: Id;
  headline: Text;
  /** "claimed by Vladimir Putin; denied by Ukraine" */
  who?: string;
  /** Someone denies it and no one asserts it: it must never read as asserted. */
  denied: boolean;
}

export interface PhrasedStep {
  id: Id;
  date: { text: string; datetime: string };
  headline: Text;
  /** The headline casualty figure (killed if any, else injured), read with its own parts. */
  figure?: PhrasedFigure;
  /** Parts of that figure stated by other claimants. */
  otherParts: PhrasedFigure[];
  /** Whether claims for that figure disagree. */
  disagree: boolean;
  /** What the claims for that figure come to: the bound they agree on or the span they disagree over. */
  lead?: PhrasedLead;
  /** "No figure reported": a strike without a casualty figure (statements and meetings have none to report). */
  noFigure?: string;
  links: PhrasedLink[];
}

/** Every step of a timeline, in its order, with the links each step holds. */
export function phraseTimeline(loc: Locale, ds: Dataset, timeline: Timeline): PhrasedStep[] {
  return timeline.events.map((event) => {
    const claims = claimsByScope(ds, event.id, 'killed')[0] ?? claimsByScope(ds, event.id, 'injured')[0];
    const shown = claims && phraseShown(loc, ds, claims);
    const step: PhrasedStep = {
      id: event.id,
      date: formatEdtf(loc, event.date),
      headline: localized(loc, event, 'headline', ds.language),
      otherParts: shown?.otherParts ?? [],
      disagree: !!claims?.disagree,
      links: timeline.links
        .filter((l) => l.from === event)
        .map(({ to, relation }) => {
          const link: PhrasedLink = {
            label: loc.strings.relation[relation.kind].outgoing,
            target: to.id,
            headline: localized(loc, to, 'headline', ds.language),
            denied: !relation.assertedBy.length,
            who: phraseWho(loc, ds, relation.assertedBy, relation.deniedBy),
          };
          return link;
        }),
      figure: shown?.shown,
      noFigure: !shown && isStrike(event) ? loc.strings.noFigure : undefined,
    };
    if (shown && claims) step.lead = phraseLead(loc, ds, claims);
    return step;
  });
}

/** The sources of a timeline: each event's in the order of the steps, then any link's not among them; each once. */
export function timelineSources(loc: Locale, ds: Dataset, timeline: Timeline): PhrasedSource[] {
  const ids = new Set(timeline.events.flatMap((e) => e.sources));
  for (const l of timeline.links) ids.add(l.relation.source);
  return [...ids].map((id) => phraseSource(loc, ds, id)).filter((s): s is PhrasedSource => !!s);
}
