/**
 * The view model of `<strike-timeline>`: each step's date, headline and headline casualty figure, and the links
 * between steps with who asserts and who denies them. A long chain is phrased as far as it is shown, each step
 * once. DOM-free, like the rest of `format/`.
 */
import type { Dataset, Id } from '../data/model.js';
import { chainOf, isStrike, timelineOf } from '../data/query.js';
import type { ChainLink, Timeline } from '../data/query.js';
import { casualtyClaims, phraseLead, phraseShown } from './lead.js';
import type { PhrasedLead } from './lead.js';
import { entry, eventTitle, localized, phraseSources } from './phrase.js';
import type { Locale, PhrasedFigure, PhrasedSource, Text } from './phrase.js';
import {
  FIRST_SHOWN,
  phrasedLazily,
  doneLater,
  doneNow,
  isNotShown,
  memoView,
  moreEvents,
  notShown,
  own,
} from './view.js';
import type { MoreLine, NotShown, PhrasedLazily } from './view.js';
import { phraseLinkKind } from './who.js';

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

/** Which timeline: the chain linked to one event, or the events named (which win). */
export interface TimelineRef {
  from?: Id;
  events?: readonly Id[];
}

export interface TimelineView {
  /** The steps shown, in date order. */
  steps: PhrasedStep[];
  /** How many steps the timeline has in all. */
  count: number;
  /** The sources of the steps shown (and of their links), each once. */
  sources: PhrasedSource[];
  /** For steps not shown yet: "and 9,950 more events" and the button that shows them. */
  more?: MoreLine;
}

/** A timeline found once per dataset, with its steps phrased as they are first shown. */
interface Phrasing {
  timeline: Timeline;
  outgoing: Map<Id, ChainLink[]>;
  steps: PhrasedLazily<PhrasedStep>;
}

/** The reference's own fields only: `events` or `from` put on a prototype by another script are not read. */
const ownRef = (ref: TimelineRef): TimelineRef => {
  const events = own(ref, 'events');
  // Both fields own, the one not used undefined, so that reading it never reaches a prototype either.
  return events?.length ? { events, from: undefined } : { events: undefined, from: own(ref, 'from') ?? '' };
};

const refKey = (ref: TimelineRef) =>
  ref.events?.length ? `timeline events ${ref.events.join(' ')}` : `timeline from ${ref.from ?? ''}`;

/** Finding a timeline: a walk over every event linked to one, or over the events named. */
const find = (ds: Dataset, ref: TimelineRef) =>
  // One step: the walk is linear, and takes a task of its own when the dataset is large.
  // eslint-disable-next-line require-yield
  function* (): Generator<void, Timeline | undefined> {
    return ref.events?.length ? timelineOf(ds, ref.events) : chainOf(ds, ref.from ?? '');
  };

/** Datasets with more events than this find a timeline in a task of its own, before it is phrased and laid out. */
export const LARGE_DATASET = 1000;

/**
 * Undefined when `phraseTimeline` can run now; else the promise of the timeline being found in a later task (only
 * in datasets of more than 1,000 events, where finding it can take tens of milliseconds).
 */
export function timelinePending(ds: Dataset, given: TimelineRef): Promise<void> | undefined {
  const ref = ownRef(given);
  return ds.events.length > LARGE_DATASET ? doneLater(ds, refKey(ref), find(ds, ref)) : undefined;
}

function phrasing(loc: Locale, ds: Dataset, ref: TimelineRef): Phrasing | NotShown {
  return memoView(loc, ds, refKey(ref), (): Phrasing | NotShown => {
    const from = ref.from ?? '';
    const timeline = doneNow(ds, refKey(ref), find(ds, ref));
    const unknown = timeline ? timeline.unknown[0] : from;
    if (!timeline || unknown !== undefined) return notShown('unknown-event', { id: unknown ?? from });
    const outgoing = new Map<Id, ChainLink[]>();
    for (const link of timeline.links) entry(outgoing, link.from.id, (): ChainLink[] => []).push(link);
    const p: Phrasing = {
      timeline,
      outgoing,
      steps: phrasedLazily(timeline.events.length, (i) => phraseStep(loc, ds, p, i)),
    };
    return p;
  });
}

function phraseStep(loc: Locale, ds: Dataset, p: Phrasing, index: number): PhrasedStep {
  const event = p.timeline.events[index]!;
  const claims = casualtyClaims(ds, event);
  const shown = claims && phraseShown(loc, ds, claims);
  const step: PhrasedStep = {
    id: event.id,
    ...eventTitle(loc, ds, event),
    otherParts: shown?.otherParts ?? [],
    disagree: !!claims?.disagree,
    links: (p.outgoing.get(event.id) ?? []).map(({ to, relation }) => {
      // The step names the linked event by its headline alone: its date is on its own step.
      const { label, who } = phraseLinkKind(loc, ds, { relation, direction: 'outgoing' });
      const headline = localized(loc, to, 'headline', ds.language);
      const link: PhrasedLink = { label, target: to.id, headline, denied: !relation.assertedBy.length, who };
      return link;
    }),
    figure: shown?.shown,
    noFigure: !shown && isStrike(event) ? loc.strings.noFigure : undefined,
  };
  if (shown && claims) step.lead = phraseLead(loc, ds, claims);
  return step;
}

/**
 * The first `shown` steps of a timeline (all of them when it has no more), with their sources and, for the rest,
 * "and N more events"; or why there is no timeline.
 */
export function phraseTimeline(
  loc: Locale,
  ds: Dataset,
  ref: TimelineRef,
  shown = FIRST_SHOWN,
): TimelineView | NotShown {
  const p = phrasing(loc, ds, ownRef(ref));
  if (isNotShown(p)) return p;
  const steps = p.steps.upTo(shown);
  const count = p.steps.count;
  const view: TimelineView = { steps, count, sources: timelineSources(loc, ds, p, steps.length) };
  const more = moreEvents(loc, count - steps.length);
  if (more) view.more = more;
  return view;
}

/** The sources of the steps shown: each event's in the order of the steps, then any of their links' not among them; each once. */
function timelineSources(loc: Locale, ds: Dataset, p: Phrasing, upTo: number): PhrasedSource[] {
  const events = p.timeline.events.slice(0, upTo);
  const ids = new Set(events.flatMap((e) => e.sources));
  for (const e of events) for (const l of p.outgoing.get(e.id) ?? []) ids.add(l.relation.source);
  return phraseSources(loc, ds, ids);
}
