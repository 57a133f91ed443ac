/**
 * Small datasets for tests (and stories): a publisher's dataset with one outlet, two claimants and one place,
 * to which a test adds only the events and figures it is about. What it builds passes `validate()`.
 */
import type {
  Dataset,
  EventKind,
  Figure,
  FigureValue,
  Metric,
  Person,
  Qualifier,
  Quote,
  Relation,
  StrikeEvent,
} from '../../src/data/model.js';

export const SOURCE = 'gazette-2024-02-01';

export interface EventSpec {
  id: string;
  date?: string;
  kind?: EventKind;
  headline?: string;
  relations?: Relation[];
  places?: string[];
}

export interface FigureSpec {
  event: string;
  id?: string;
  metric?: Metric;
  /** An exact count `n`, or a range [low, high, best?]. */
  n?: number;
  range?: [number, number, number?];
  qualifier?: Qualifier;
  claimant?: 'council' | 'police' | 'gazette';
  place?: string;
  asOf?: string;
  supersedes?: string;
  /** The report's own words (default "test words"). */
  verbatim?: string;
}

export interface QuoteSpec {
  id: string;
  text?: string;
  /** Said on this day (default the source's, 2024-02-01). */
  date?: string;
}

export class DatasetBuilder {
  private readonly events: StrikeEvent[] = [];
  private readonly figures: Figure[] = [];
  private readonly quotes: Quote[] = [];
  private readonly persons: Person[] = [];
  private url: string | undefined;

  constructor(private readonly id = 'test') {}

  /** The one source's URL (it has none unless given: a URL is never invented). */
  sourceUrl(url: string): this {
    this.url = url;
    return this;
  }

  /** A quote by Jane Doe, mayor, from the one source, about no event. */
  quote(spec: QuoteSpec): this {
    if (!this.persons.length) this.persons.push({ id: 'jane-doe', name: 'Jane Doe' });
    this.quotes.push({
      id: spec.id,
      text: spec.text ?? 'We will rebuild.',
      speaker: 'jane-doe',
      role: 'Mayor',
      source: SOURCE,
      date: spec.date ?? '2024-02-01',
      language: 'en',
      events: [],
    });
    return this;
  }

  /** An event in Odesa, cited to the one source. */
  event(spec: EventSpec): this {
    this.events.push({
      id: spec.id,
      kind: spec.kind ?? 'drone-strike',
      headline: spec.headline ?? `Event ${spec.id}`,
      summary: 'A test event.',
      date: spec.date ?? '2024-02-01',
      places: spec.places ?? ['odesa'],
      attackers: [],
      struck: [],
      sources: [SOURCE],
      ...(spec.relations ? { relations: spec.relations } : {}),
    });
    return this;
  }

  /** A figure (killed, at least, from the council unless said otherwise); its event is added when missing. */
  figure(spec: FigureSpec): this {
    if (!this.events.some((e) => e.id === spec.event)) this.event({ id: spec.event });
    const [low, high, best] = spec.range ?? [];
    const value: FigureValue =
      low !== undefined && high !== undefined
        ? { low, high, ...(best !== undefined ? { best } : {}) }
        : { n: spec.n ?? 1 };
    this.figures.push({
      id: spec.id ?? `figure-${this.figures.length}`,
      event: spec.event,
      metric: spec.metric ?? 'killed',
      value,
      qualifier: spec.qualifier ?? 'at-least',
      verbatim: spec.verbatim ?? 'test words',
      claimant: spec.claimant ?? 'council',
      reportedIn: [SOURCE],
      asOf: spec.asOf ?? '2024-02-01',
      ...(spec.place ? { place: spec.place } : {}),
      ...(spec.supersedes ? { supersedes: spec.supersedes } : {}),
    });
    return this;
  }

  /**
   * `length` events, one a day from 2000-01-01, each but the first a response to the one before it (asserted by
   * the council), each with a killed figure: a chain as long as a test needs.
   */
  chain(length: number, prefix = 'link'): this {
    const day = Date.UTC(2000, 0, 1);
    for (let i = 0; i < length; i++) {
      const id = `${prefix}-${i}`;
      const date = new Date(day + i * 86_400_000).toISOString().slice(0, 10);
      const relations: Relation[] = i
        ? [{ event: `${prefix}-${i - 1}`, kind: 'response-to', assertedBy: ['council'], source: SOURCE }]
        : [];
      this.event({ id, date, relations });
      this.figures.push({
        id: `${id}-killed`,
        event: id,
        metric: 'killed',
        value: { n: (i % 7) + 1 },
        qualifier: 'at-least',
        verbatim: 'test words',
        claimant: 'council',
        reportedIn: [SOURCE],
        asOf: date,
      });
    }
    return this;
  }

  build(): Dataset {
    return {
      schemaVersion: 1,
      id: this.id,
      title: 'A test dataset',
      version: '0.1.0',
      updatedAt: '2024-02-01',
      language: 'en',
      parties: [
        { id: 'gazette', name: 'The Example Gazette', kind: 'outlet' },
        { id: 'council', name: 'City council', kind: 'authority', country: 'UA', level: 'local' },
        { id: 'police', name: 'Regional police', kind: 'authority', country: 'UA', level: 'regional' },
      ],
      persons: this.persons,
      sources: [
        {
          id: SOURCE,
          outlet: 'gazette',
          published: '2024-02-01',
          language: 'en',
          ...(this.url ? { url: this.url } : {}),
        },
      ],
      places: [
        {
          id: 'odesa',
          name: 'Odesa',
          kind: 'city',
          code: 'UA-51',
          i18n: { uk: { name: 'Одеса' }, ru: { name: 'Одесса' } },
        },
        { id: 'izmail', name: 'Izmail', kind: 'city', code: 'UA-51' },
      ],
      events: this.events,
      figures: this.figures,
      quotes: this.quotes,
    };
  }
}

/** A builder for a dataset named `id`. */
export const dataset = (id?: string) => new DatasetBuilder(id);

/**
 * Three events listed against date order and linked in a cycle (a-early → c-late → b-mid → a-early; b-mid's link
 * asserted by the police and denied by the council), an undated claim "on or before 2 Feb 2024", and one figure:
 * at least 3 injured in b-mid, according to the police.
 */
export function cycle(id?: string): Dataset {
  const link = (event: string, kind: Relation['kind'], assertedBy: string[], deniedBy?: string[]): Relation => ({
    event,
    kind,
    assertedBy,
    ...(deniedBy ? { deniedBy } : {}),
    source: SOURCE,
  });
  return dataset(id)
    .event({ id: 'c-late', date: '2024-03-03', relations: [link('b-mid', 'response-to', ['council'])] })
    .event({
      id: 'b-mid',
      date: '2024-02-02',
      relations: [link('a-early', 'retaliation-for', ['police'], ['council'])],
    })
    .event({ id: 'a-early', date: '2024-01-01', relations: [link('c-late', 'follow-up', ['gazette'])] })
    .event({ id: 'undated', date: '../2024-02-02', kind: 'attack-claim' })
    .figure({ event: 'b-mid', metric: 'injured', n: 3, claimant: 'police', asOf: '2024-02-02' })
    .sourceUrl('https://example.org/report')
    .build();
}
