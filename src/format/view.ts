/**
 * What every view model shares: the answer for an id that names nothing, and one cache of view models per dataset,
 * strings and language, so a page of a thousand widgets over one dataset phrases each of them once.
 */
import type { Dataset } from '../data/model.js';
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
  let byStrings = views.get(ds);
  if (!byStrings) views.set(ds, (byStrings = new WeakMap()));
  let byKey = byStrings.get(loc.strings);
  if (!byKey) byStrings.set(loc.strings, (byKey = new Map()));
  const full = `${loc.tag} ${key}`;
  if (byKey.has(full)) return byKey.get(full) as T;
  const view = make();
  byKey.set(full, view);
  return view;
}
