/** Known-valid data read the way elements read every dataset, without the validator. DOM-free. */
import { isolateBidi } from './bidi.js';

/**
 * A copy of data already known to be valid (the embedded dataset) as the validator's copy would be: null-prototype
 * records, so a property another script adds to `Object.prototype` is never read as data, and text isolated for
 * bidi. Every string goes through `isolateBidi`, which changes only text with right-to-left letters or bidi
 * controls; the ids, dates and URLs of a valid dataset have none, so only free text can change.
 */
export function plainRecords<T>(value: T): T {
  if (typeof value === 'string') return isolateBidi(value) as T;
  if (Array.isArray(value)) return value.map(plainRecords) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) out[k] = plainRecords(v);
  return out as T;
}
