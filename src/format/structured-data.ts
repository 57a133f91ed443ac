/**
 * schema.org JSON-LD for what a widget shows: an `Event` (its places, sources and figures as `Claim`s) for
 * `<strike-card>`, a `Quotation` for `<quote-block>`. Every name and number comes from the same phrasing the
 * element shows, in the reader's language, so the data equals the text on screen. DOM-free.
 */
import type { Dataset, Id, Quote, StrikeEvent } from '../data/model.js';
import { actorById, figureById, isParty, placeById, scopesInOrder, summaryMetrics } from '../data/query.js';
import { phraseLead } from './lead.js';
import type { Claims } from '../data/query.js';
import { casualtyClaims, phraseShown } from './lead.js';
import { actorName, localized, phraseFigure, phraseSources } from './phrase.js';
import type { Locale, PhrasedFigure, PhrasedSource } from './phrase.js';
import { phraseQuote } from './quote.js';

/** A JSON-LD node. */
export type JsonLd = { [key: string]: unknown };

const CONTEXT = 'https://schema.org';

/** A claimant or speaker: a Person (with the role at the time) or, for a body, an Organization. */
function agent(ds: Dataset, id: Id, name: string, role?: string): JsonLd {
  const actor = actorById(ds, id);
  // An unnamed source ("a Ukrainian security source") is a person whose name is withheld.
  const person = !isParty(ds, id) || (actor && 'kind' in actor && actor.kind === 'unnamed-source');
  return person ? { '@type': 'Person', name, ...(role ? { jobTitle: role } : {}) } : { '@type': 'Organization', name };
}

/** A report: the outlet, the date, and the URL only when it is http(s). */
const work = (s: PhrasedSource): JsonLd => ({
  '@type': 'NewsArticle',
  publisher: { '@type': 'Organization', name: s.outlet },
  datePublished: s.dateIso,
  ...(s.url ? { url: s.url } : {}),
});

/** One figure as a Claim: the words shown, who claims it, as of when, and the reports that carried it. */
function claim(loc: Locale, ds: Dataset, f: PhrasedFigure, text: string): JsonLd {
  const { figure } = f;
  const role = figure.claimantRole ? localized(loc, figure, 'claimantRole', ds.language).text : undefined;
  return {
    '@type': 'Claim',
    text,
    author: agent(ds, figure.claimant, actorName(loc, ds, figure.claimant), role),
    datePublished: figure.asOf,
    ...(f.sources.length ? { appearance: f.sources.map(work) } : {}),
  };
}

/** The figures of one scope as the card lists them: the one shown first (with its parts), then the others. */
function claimsOf(loc: Locale, ds: Dataset, claims: Claims, all: boolean): JsonLd[] {
  const { shown, otherParts } = phraseShown(loc, ds, claims);
  const list = [claim(loc, ds, shown, shown.scopedText), ...otherParts.map((f) => claim(loc, ds, f, f.scopedText))];
  if (all) {
    for (const f of [...claims.others, ...claims.history]) {
      const phrased = phraseFigure(loc, ds, f);
      list.push(claim(loc, ds, phrased, phrased.text));
    }
  }
  return list;
}

/**
 * An Event for `<strike-card>`: the headline, the date, the places (with coordinates and country), the summary,
 * and as `subjectOf` the sources and every figure the card shows as a Claim. `compact` describes what the compact
 * card shows: the headline, the date, the sources and its one casualty line.
 */
export function eventJsonLd(loc: Locale, ds: Dataset, event: StrikeEvent, compact = false): JsonLd {
  const [start, end] = event.date.split('/') as [string, string?];
  const sources = phraseSources(loc, ds, event.sources);
  let claims: JsonLd[];
  if (compact) {
    const lead = casualtyClaims(ds, event);
    const phrased = lead && phraseLead(loc, ds, lead);
    // A span or a bound that rests on several claims is one line of the card: each of its claims, in those words.
    claims =
      !lead || !phrased
        ? []
        : phrased.figures.length > 1
          ? phrased.figures.map((id) => claim(loc, ds, phraseFigure(loc, ds, figureById(ds, id)!), phrased.scopedText))
          : claimsOf(loc, ds, lead, false);
  } else {
    claims = summaryMetrics(ds, event).flatMap((m) =>
      scopesInOrder(ds, event.id, m).flatMap((c) => claimsOf(loc, ds, c, true)),
    );
  }
  const places = compact
    ? []
    : event.places.flatMap((id) => {
        const p = placeById(ds, id);
        if (!p) return [];
        const geo = p.coordinates && {
          '@type': 'GeoCoordinates',
          latitude: p.coordinates.lat,
          longitude: p.coordinates.lon,
        };
        return [
          {
            '@type': 'Place',
            name: localized(loc, p, 'name', ds.language).text,
            ...(geo ? { geo } : {}),
            address: { '@type': 'PostalAddress', addressCountry: p.code.slice(0, 2) },
          },
        ];
      });
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: localized(loc, event, 'headline', ds.language).text,
    inLanguage: loc.tag,
    ...(start !== '..' ? { startDate: start } : {}),
    ...(end && end !== '..' ? { endDate: end } : {}),
    ...(places.length ? { location: places.length === 1 ? places[0] : places } : {}),
    ...(compact ? {} : { description: localized(loc, event, 'summary', ds.language).text }),
    ...(sources.length || claims.length ? { subjectOf: [...sources.map(work), ...claims] } : {}),
  };
}

/** A Quotation for `<quote-block>`: the text verbatim, who said it (and their role then), and the report it is from. */
export function quoteJsonLd(loc: Locale, ds: Dataset, quote: Quote): JsonLd {
  const q = phraseQuote(loc, ds, quote);
  return {
    '@context': CONTEXT,
    '@type': 'Quotation',
    text: quote.text,
    inLanguage: quote.language,
    dateCreated: quote.date,
    creator: agent(ds, quote.speaker, q.name.text, q.role?.text),
    ...(q.source ? { isBasedOn: work(q.source) } : {}),
  };
}
