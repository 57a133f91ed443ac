/**
 * Structured data on demand: only a page with an element that asks for `structured-data` loads `json-ld.ts` (the
 * JSON-LD phrasing and the scripts it writes into the page).
 */
import { onDemand } from './on-demand.js';

export const jsonLdModule = onDemand('structured data', () => import('./json-ld.js'));

/**
 * Puts an element's JSON-LD in the page, updates it, or (with no data) removes it. Without the module no element
 * has JSON-LD (`structuredDataFor` needs its phrasing), so there is nothing to write or remove.
 */
export function syncJsonLd(host: Element, data: object | undefined): void {
  jsonLdModule.module()?.syncJsonLd(host, data);
}
