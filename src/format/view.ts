/**
 * What every view model shares: the answer for an id that names nothing, and one cache of view models per dataset,
 * strings and language, so a page of a thousand widgets over one dataset phrases each of them once.
 */
import type { Dataset, Id, StrikeEvent } from '../data/model.js';
import { eventById } from '../data/query.js';
import { countPhrase, entry } from './phrase.js';
import type { Locale } from './phrase.js';
import type { ErrorCode, Strings } from './strings.js';

/** Why a view model could not be built: an error code for the element to report, with its message's values. */
export interface NotShown {
  readonly notShown: ErrorCode;
  readonly vars: Record<string, string>;
}

export const notShown = (code: ErrorCode, vars: Record<string, string>): NotShown => ({ notShown: code, vars });
export const isNotShown = (value: object): value is NotShown => Object.hasOwn(value, 'notShown');

// By dataset, then by strings (publisher overrides make new strings), then language tag and the view's own key.
// Both outer maps are weak: a released dataset or replaced strings take their views with them.
const views = new WeakMap<Dataset, WeakMap<Strings, Map<string, unknown>>>();

/**
 * The view model `make` builds for this dataset, locale and key, built once. A view model is never changed after
 * it is built (templates only read it), so widgets showing the same thing share one.
 */
export function memoView<T>(loc: Locale, ds: Dataset, key: string, make: () => T): T {
  const byKey = entry(
    entry(views, ds, () => new WeakMap()),
    loc.strings,
    () => new Map<string, unknown>(),
  );
  return entry(byKey, `${loc.tag} ${key}`, make) as T;
}

/** The view model `make` builds for the event `id` names, built once (as `memoView`); for an id that names no event, why there is none. */
export function eventView<T>(
  loc: Locale,
  ds: Dataset,
  key: string,
  id: Id,
  make: (event: StrikeEvent) => T | NotShown,
): T | NotShown {
  return memoView(loc, ds, key, () => {
    const event = eventById(ds, id);
    return event ? make(event) : notShown('unknown-event', { id });
  });
}

/** How many items of a long list (a timeline's steps, a total's events) are shown at first: quick to phrase and lay out. */
export const FIRST_SHOWN = 50;

/** The items of a long list, each phrased the first time it is shown and kept. */
export interface PhrasedLazily<T> {
  readonly count: number;
  /** The first `n` items (all of them when there are fewer). */
  upTo(n: number): T[];
}

/** A list of `count` items, the item at `index` phrased by `make` the first time it is shown. */
export function phrasedLazily<T>(count: number, make: (index: number) => T): PhrasedLazily<T> {
  const done: T[] = [];
  return {
    count,
    upTo(n) {
      const end = Math.min(Math.max(0, n), count);
      for (let i = done.length; i < end; i++) done.push(make(i));
      return done.slice(0, end);
    },
  };
}

/** For the events of a list not shown yet: "and 9,950 more events" and the button that shows them. */
export interface MoreLine {
  text: string;
  button: string;
}

export function moreEvents(loc: Locale, rest: number): MoreLine | undefined {
  if (rest <= 0) return undefined;
  return {
    text: countPhrase(loc, loc.strings.moreEvents, rest),
    button: loc.strings.showAllEvents,
  };
}

/**
 * Work a view model needs that can be too long for one task (finding a chain of 10,000 events, adding 10,000
 * events' figures), written as a generator that yields between slices; its result kept per dataset and key.
 */
export type Sliced<T> = () => Generator<void, T>;

const results = new WeakMap<Dataset, Map<string, unknown>>();
const running = new WeakMap<Dataset, Map<string, Promise<void>>>();

const resultsOf = (ds: Dataset) => entry(results, ds, () => new Map<string, unknown>());

/** The work's result, done now if it is not done yet (where nothing waits for a page: prerendering, tests). */
export function doneNow<T>(ds: Dataset, key: string, work: Sliced<T>): T {
  const byKey = resultsOf(ds);
  if (byKey.has(key)) return byKey.get(key) as T;
  const steps = work();
  let step = steps.next();
  while (!step.done) step = steps.next();
  byKey.set(key, step.value);
  return step.value;
}

/**
 * Undefined when the work is done; else a promise of it being done, a slice per task from the next task on (each
 * slice should take a few milliseconds, so the page stays responsive while it runs).
 */
export function doneLater<T>(ds: Dataset, key: string, work: Sliced<T>): Promise<void> | undefined {
  const byKey = resultsOf(ds);
  if (byKey.has(key)) return undefined;
  const ofDataset = entry(running, ds, () => new Map<string, Promise<void>>());
  return entry(ofDataset, key, () => {
    const steps = work();
    return new Promise<void>((resolve) => {
      const next = () => {
        const step = steps.next();
        if (!step.done) return void setTimeout(next);
        if (!byKey.has(key)) byKey.set(key, step.value);
        ofDataset.delete(key);
        resolve();
      };
      setTimeout(next);
    });
  });
}

/** A field of a reference object, read only if it is the object's own (never one another script put on a prototype). */
export function own<T extends object, K extends keyof T>(ref: T, key: K): T[K] | undefined {
  return Object.hasOwn(ref, key) ? ref[key] : undefined;
}
