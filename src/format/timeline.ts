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
import { formatEdtf, formatNumber, localized, phraseSource, plural } from './phrase.js';
import type { Locale, PhrasedFigure, PhrasedSource, Text } from './phrase.js';
import { fill } from './strings.js';
import { memoView, notShown } from './view.js';
import type { NotShown } from './view.js';
import { phraseWho } from './who.js';

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
  more?: { text: string; button: string };
}

/** How many steps a timeline shows at first: enough for any chain a reader follows, and quick to render. */
export const TIMELINE_FIRST_STEPS = 50;

/** A timeline found once per dataset, with its steps phrased as they are first shown. */
interface Phrasing {
  timeline: Timeline;
  outgoing: Map<Id, ChainLink[]>;
  steps: PhrasedStep[];
}

function phrasing(loc: Locale, ds: Dataset, ref: TimelineRef): Phrasing | NotShown {
  const key = ref.events?.length ? `events ${ref.events.join(' ')}` : `from ${ref.from ?? ''}`;
  return memoView(loc, ds, `timeline ${key}`, (): Phrasing | NotShown => {
    const from = ref.from ?? '';
    const timeline = ref.events?.length ? timelineOf(ds, ref.events) : chainOf(ds, from);
    const unknown = timeline ? timeline.unknown[0] : from;
    if (!timeline || unknown !== undefined) return notShown('unknown-event', { id: unknown ?? from });
    const outgoing = new Map<Id, ChainLink[]>();
    for (const link of timeline.links) {
      const list = outgoing.get(link.from.id);
      if (list) list.push(link);
      else outgoing.set(link.from.id, [link]);
    }
    return { timeline, outgoing, steps: [] };
  });
}

function phraseStep(loc: Locale, ds: Dataset, p: Phrasing, index: number): PhrasedStep {
  const event = p.timeline.events[index]!;
  const claims = casualtyClaims(ds, event);
  const shown = claims && phraseShown(loc, ds, claims);
  const step: PhrasedStep = {
    id: event.id,
    date: formatEdtf(loc, event.date),
    headline: localized(loc, event, 'headline', ds.language),
    otherParts: shown?.otherParts ?? [],
    disagree: !!claims?.disagree,
    links: (p.outgoing.get(event.id) ?? []).map(({ to, relation }) => {
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
}

/**
 * The first `shown` steps of a timeline (all of them when it has no more), with their sources and, for the rest,
 * "and N more events"; or why there is no timeline.
 */
export function phraseTimeline(loc: Locale, ds: Dataset, ref: TimelineRef, shown = TIMELINE_FIRST_STEPS): TimelineView | NotShown {
  const p = phrasing(loc, ds, ref);
  if ('notShown' in p) return p;
  const count = p.timeline.events.length;
  const upTo = Math.min(Math.max(0, shown), count);
  for (let i = p.steps.length; i < upTo; i++) p.steps.push(phraseStep(loc, ds, p, i));
  const steps = p.steps.slice(0, upTo);
  const view: TimelineView = { steps, count, sources: timelineSources(loc, ds, p, upTo) };
  const rest = count - upTo;
  if (rest > 0) {
    view.more = {
      text: fill(plural(loc, loc.strings.timelineMore, { n: rest }), { count: formatNumber(loc, rest) }),
      button: loc.strings.timelineShowAll,
    };
  }
  return view;
}

/** The sources of the steps shown: each event's in the order of the steps, then any of their links' not among them; each once. */
function timelineSources(loc: Locale, ds: Dataset, p: Phrasing, upTo: number): PhrasedSource[] {
  const events = p.timeline.events.slice(0, upTo);
  const ids = new Set(events.flatMap((e) => e.sources));
  for (const e of events) for (const l of p.outgoing.get(e.id) ?? []) ids.add(l.relation.source);
  return [...ids].map((id) => phraseSource(loc, ds, id)).filter((s): s is PhrasedSource => !!s);
}
