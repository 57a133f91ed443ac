import { expect } from '@open-wc/testing';
import {
  claimsByScope,
  chainOf,
  claimsFor,
  dateKey,
  distance,
  eventById,
  figuresFor,
  metricsOf,
  quotesFor,
  relatedEvents,
  refinedByPlace,
  timelineOf,
  total,
} from '../../src/data/query.js';
import { seedDataset } from '../../src/data/seed/index.js';
import type { Dataset, Figure } from '../../src/data/model.js';
import { validate } from '../../src/data/validate.js';
import { cycle } from '../kit/dataset.js';
import * as seed from '../kit/ids.js';

const ds = seedDataset;

/** A copy of the seed with extra figures, checked against the contract so tests never query invalid data. */
function withFigures(...figures: Figure[]): Dataset {
  const copy = structuredClone(seedDataset);
  copy.figures.push(...figures);
  expect(validate(copy), 'test fixture must be valid').to.deep.equal([]);
  return copy;
}

describe('query: claims for one event and metric (editorial rule 2)', () => {
  it('Belgorod killed: at least 21 (Russian authorities) and at least two dozen (The Moscow Times) agree; the tighter leads', () => {
    const claims = claimsFor(ds, '2023-12-30-belgorod-attack', 'killed')!;
    expect(claims.disagree).to.equal(false);
    expect(claims.shown.claimant).to.equal('moscow-times');
    expect(claims.shown.value).to.deep.equal({ n: 24 });
    expect(claims.others.map((f) => f.claimant)).to.deep.equal(['russian-authorities']);
  });

  it('Belgorod injured: 110 (Russian authorities) and more than 100 (The Moscow Times) agree; the exact 110 leads', () => {
    const claims = claimsFor(ds, '2023-12-30-belgorod-attack', 'injured')!;
    expect(claims.disagree).to.equal(false);
    expect(claims.shown.value).to.deep.equal({ n: 110 });
  });

  it('29 Dec 2023 killed: 23 and at least 41 cannot both hold; the span runs from 23 to at least 41, neither averaged', () => {
    const claims = claimsFor(ds, '2023-12-29-aerial-bombardment', 'killed')!;
    expect(claims.disagree).to.equal(true);
    expect(!claims.verdict.agree && [claims.verdict.lowest.value, claims.verdict.highest.value]).to.deep.equal([
      { n: 23 },
      { n: 41 },
    ]);
  });

  it("keeps a place-scoped figure out of the event-wide claims (Klitschko's Kyiv toll)", () => {
    const eventWide = claimsFor(ds, '2023-12-29-aerial-bombardment', 'killed')!;
    expect([eventWide.shown, ...eventWide.others].map((f) => f.claimant)).to.not.include('vitalii-klitschko');
    const kyiv = claimsFor(ds, '2023-12-29-aerial-bombardment', 'killed', 'kyiv')!;
    expect(kyiv.place?.id).to.equal('kyiv');
    expect(kyiv.shown.value).to.deep.equal({ n: 16 });
    expect(kyiv.disagree).to.equal(false);
  });

  it('lists every scope of a multi-city event: event-wide first, then places in the event order', () => {
    const scopes = claimsByScope(ds, '2024-01-23-kyiv-kharkiv-missile-strikes', 'injured');
    expect(scopes.map((c) => c.place?.id ?? 'event')).to.deep.equal(['event', 'kyiv', 'kharkiv']);
    expect(scopes[2]!.shown.value).to.deep.equal({ n: 48 });
  });

  it('a figure that is part of another of the same metric is a breakdown, not a competing claim', () => {
    const claims = claimsFor(ds, '2022-10-10-missile-strikes', 'intercepted')!;
    expect(claims.shown.value).to.deep.equal({ n: 45 });
    expect(claims.others).to.deep.equal([]);
    expect(claims.parts.map((f) => f.id)).to.deep.equal(['2022-10-10-intercepted-drones-dzhaparova']);
  });

  it('a figure that is part of one of another metric stands on its own (children killed)', () => {
    const claims = claimsFor(ds, '2023-12-30-belgorod-attack', 'children-killed')!;
    expect(claims.shown.value).to.deep.equal({ n: 3 });
  });

  it('is undefined when nobody reported a figure, and for an unknown event', () => {
    expect(claimsFor(ds, '2024-01-01-new-year-drone-attack', 'killed')).to.equal(undefined);
    expect(claimsFor(ds, 'no-such-event', 'killed')).to.equal(undefined);
  });

  it('a revised toll supersedes the earlier one of the same claimant and keeps it in the history', () => {
    const base = ds.figures.find((f) => f.id === '2022-10-10-killed-national-police')!;
    const revised: Figure = { ...base, id: 'revised-toll', value: { n: 19 }, asOf: '2022-10-11', supersedes: base.id };
    const claims = claimsFor(withFigures(revised), base.event, 'killed')!;
    expect(claims.shown.id).to.equal('revised-toll');
    expect(claims.history.map((f) => f.id)).to.deep.equal([base.id]);
    expect(claims.others).to.deep.equal([]);
    expect(claims.disagree).to.equal(false);
  });

  it('local authorities come before national ones, national before foreign, whatever the dates', () => {
    const base = ds.figures.find((f) => f.id === '2022-10-10-killed-national-police')!;
    const local: Figure = { ...base, id: 'local', claimant: 'ihor-terekhov', asOf: '2022-10-09' };
    const foreign: Figure = { ...base, id: 'foreign', claimant: 'russian-defence-ministry', asOf: '2022-10-12' };
    const claims = claimsFor(withFigures(foreign, local), base.event, 'killed')!;
    expect([claims.shown, ...claims.others].map((f) => f.id)).to.deep.equal(['local', base.id, 'foreign']);
  });

  it('an exact 14 and "at least 14" agree, and the exact one, the tighter, leads', () => {
    const base = ds.figures.find((f) => f.id === '2022-10-10-killed-national-police')!;
    const echo: Figure = { ...base, id: 'echo', claimant: 'sky-news', qualifier: 'exactly' };
    const claims = claimsFor(withFigures(echo), base.event, 'killed')!;
    expect(claims.shown.id).to.equal('echo');
    expect(claims.others.map((f) => f.id)).to.deep.equal([base.id]);
    expect(claims.disagree).to.equal(false);
  });
});

describe('query: distance of a claimant from an event', () => {
  const kyivEvent = eventById(ds, '2023-12-29-aerial-bombardment')!;
  const belgorod = eventById(ds, '2023-12-30-belgorod-attack')!;
  it('orders local < regional < national < foreign < unnamed < outlet', () => {
    const order = [
      'vitalii-klitschko',
      'oleh-syniehubov',
      'ukraine-national-police',
      'kremlin',
      'ukrainian-security-source',
      'wion',
    ];
    const distances = order.map((id) => distance(ds, id, kyivEvent));
    expect([...distances].sort((a, b) => a - b)).to.deep.equal(distances);
    expect(new Set(distances).size).to.equal(order.length);
  });
  it('is relative to the event: Russian authorities are national for Belgorod, foreign for Kyiv', () => {
    expect(distance(ds, 'russian-authorities', belgorod)).to.be.below(distance(ds, 'russian-authorities', kyivEvent));
  });
});

describe('query: conservative totals across events (editorial rule 3)', () => {
  it("adds each event's lowest claimed number, whoever claims it, and says at least", () => {
    const t = total(
      ds,
      ['2023-12-29-aerial-bombardment', '2023-12-30-belgorod-attack', '2024-01-21-donetsk-shelling'],
      'killed',
    );
    expect(t.value).to.deep.equal({ n: 23 + 21 + 27 });
    expect(t.qualifier).to.equal('at-least');
    expect(t.parts.map((p) => p.added.map((a) => a.figure.id))).to.deep.equal([
      ['2023-12-29-killed-moscow-times'],
      ['2023-12-30-belgorod-killed-russian-authorities'],
      ['2024-01-21-donetsk-killed-moscow-installed-officials'],
    ]);
  });
  it('"more than 100" adds 100: the number stated, never one nobody claimed', () => {
    const base = ds.figures.find((f) => f.id === '2023-12-30-belgorod-injured-russian-authorities')!;
    const copy = withFigures({ ...base, id: 'x-more', claimant: 'kremlin', value: { n: 90 }, qualifier: 'more-than' });
    expect(total(copy, ['2023-12-30-belgorod-attack'], 'injured').value).to.deep.equal({ n: 90 });
  });
  it('an event without an event-wide figure adds the lowest figure of each of its places', () => {
    const t = total(ds, ['2023-12-30-kharkiv-kherson-strikes'], 'killed');
    expect(t.parts[0]!.added.map((a) => a.figure.id)).to.deep.equal(['2023-12-30-kherson-killed-wion']);
    expect(t.value).to.deep.equal({ n: 1 });
  });
  it('is exact only when every event is counted and every claim added is exact and unchallenged', () => {
    expect(total(ds, ['2024-01-21-donetsk-shelling'], 'killed').qualifier).to.equal('exactly');
    expect(total(ds, ['2024-01-21-donetsk-shelling', '2024-01-01-new-year-drone-attack'], 'killed').qualifier).to.equal(
      'at-least',
    );
  });
  it('lists the events it could not count and unknown ids, and adds nothing for them', () => {
    const t = total(ds, ['2022-10-10-missile-strikes', '2024-01-01-new-year-drone-attack', 'nope'], 'killed');
    expect(t.value).to.deep.equal({ n: 14 });
    expect(t.uncounted.map((e) => e.id)).to.deep.equal(['2024-01-01-new-year-drone-attack']);
    expect(t.unknown).to.deep.equal(['nope']);
  });
  it('has no value when no event could be counted', () => {
    expect(total(ds, ['2024-01-01-new-year-drone-attack'], 'killed').value).to.equal(undefined);
  });
  it('counts an event once however often it is named', () => {
    expect(total(ds, ['2022-10-10-missile-strikes', '2022-10-10-missile-strikes'], 'killed').value).to.deep.equal({
      n: 14,
    });
  });
});

describe('query: a headline figure that the figures by place outweigh', () => {
  it('23 Jan 2024 injured: "at least 20" for the event beside 48 in Kharkiv and at least 20 in Kyiv', () => {
    expect(refinedByPlace(ds, '2024-01-23-kyiv-kharkiv-missile-strikes', 'injured')).to.equal(true);
  });
  it('23 Jan 2024 killed: "at least five" for the event, five in Kharkiv: the event-wide figure still leads', () => {
    expect(refinedByPlace(ds, '2024-01-23-kyiv-kharkiv-missile-strikes', 'killed')).to.equal(false);
  });
  it('29 Dec 2023 killed: at least 16 in Kyiv is less than the 23 claimed for the whole', () => {
    expect(refinedByPlace(ds, '2023-12-29-aerial-bombardment', 'killed')).to.equal(false);
  });
});

describe('query: relations, read both ways', () => {
  it('the 10 Oct 2022 strikes point back at the Kerch Bridge attack, asserted by Putin', () => {
    const related = relatedEvents(ds, '2022-10-10-missile-strikes');
    const kerch = related.find((r) => r.event.id === 'kerch-bridge-attack')!;
    expect(kerch.direction).to.equal('outgoing');
    expect(kerch.relation.kind).to.equal('retaliation-for');
    expect(kerch.relation.assertedBy).to.deep.equal(['vladimir-putin']);
  });
  it('the Kerch Bridge attack knows what was called retaliation for it', () => {
    const related = relatedEvents(ds, 'kerch-bridge-attack');
    expect(related.map((r) => [r.event.id, r.direction])).to.deep.equal([['2022-10-10-missile-strikes', 'incoming']]);
  });
  it('a denied link is kept with who denied it', () => {
    const related = relatedEvents(ds, '2024-01-23-kyiv-kharkiv-missile-strikes');
    const donetsk = related.find((r) => r.event.id === '2024-01-21-donetsk-shelling')!;
    expect(donetsk.relation.assertedBy).to.deep.equal([]);
    expect(donetsk.relation.deniedBy).to.deep.equal(['dmitry-peskov']);
  });
  it('is empty for an unknown event', () => {
    expect(relatedEvents(ds, 'nope')).to.deep.equal([]);
  });
});

describe('query: lookups', () => {
  it('lists the metrics an event has, in the contract order', () => {
    expect(metricsOf(ds, '2022-10-10-missile-strikes')).to.deep.equal(['killed', 'injured', 'launched', 'intercepted']);
  });
  it('finds figures for an event and metric', () => {
    expect(figuresFor(ds, '2023-12-30-belgorod-attack', 'injured').map((f) => f.claimant)).to.have.members([
      'russian-authorities',
      'moscow-times',
    ]);
  });
  it("finds a speaker's quotes on an event", () => {
    const quotes = quotesFor(ds, '2023-12-29-aerial-bombardment', 'vitalii-klitschko');
    expect(quotes.map((q) => q.id)).to.deep.equal([
      'klitschko-largest-civilian-casualties',
      'klitschko-day-of-mourning',
    ]);
    expect(quotesFor(ds, '2023-12-29-aerial-bombardment', 'vladimir-putin')).to.deep.equal([]);
  });
  it('indexes a dataset once and answers from the index (a changed array is not seen by a built index)', () => {
    const copy = structuredClone(seedDataset);
    expect(eventById(copy, '2022-10-10-missile-strikes')).to.not.equal(undefined);
    copy.events.length = 0;
    expect(eventById(copy, '2022-10-10-missile-strikes')).to.not.equal(undefined);
  });
});

describe('query: the chain of linked events, and a chosen set of events, in date order', () => {
  it('finds the same chain from any of its events, both ways, in date order, with the relations among them', () => {
    for (const id of [seed.KERCH, seed.OCT10]) {
      const chain = chainOf(ds, id)!;
      expect(
        chain.events.map((e) => e.id),
        id,
      ).to.deep.equal([seed.KERCH, seed.OCT10]);
      expect(chain.links.map((l) => `${l.from.id} ${l.relation.kind} ${l.to.id}`)).to.deep.equal([
        `${seed.OCT10} retaliation-for ${seed.KERCH}`,
      ]);
    }
    expect(
      chainOf(ds, seed.LUKASHENKO)!.events.map((e) => e.id),
      'no one in the report links it to the strikes',
    ).to.deep.equal([seed.LUKASHENKO]);
    expect(chainOf(ds, seed.INTENSIFY)!.events.map((e) => e.id)).to.deep.equal([
      seed.DEC29,
      seed.BELGOROD,
      seed.KHARKIV_KHERSON,
      seed.UNSC,
      seed.INTENSIFY,
    ]);
    expect(chainOf(ds, seed.DONETSK)!.events.map((e) => e.id)).to.deep.equal([seed.DONETSK, seed.JAN23]);
    expect(
      chainOf(ds, seed.NEW_YEAR)!.events.map((e) => e.id),
      'an event linked to none',
    ).to.deep.equal([seed.NEW_YEAR]);
    expect(chainOf(ds, seed.NEW_YEAR)!.links).to.deep.equal([]);
    expect(chainOf(ds, 'no-such-event')).to.equal(undefined);
  });

  it('ends on a cycle and orders by date, not by the dataset', () => {
    const data = cycle();
    for (const id of ['a-early', 'b-mid', 'c-late']) {
      const chain = chainOf(data, id)!;
      expect(chain.events.map((e) => e.id)).to.deep.equal(['a-early', 'b-mid', 'c-late']);
      expect(chain.links).to.have.length(3);
    }
    expect(chainOf(data, 'undated')!.events.map((e) => e.id)).to.deep.equal(['undated']);
  });

  it('sorts an open-start date by its known end, and keeps unknown ids apart', () => {
    expect(dateKey('../2022-10-10')).to.equal('2022-10-10');
    expect(dateKey('2023-12-29/2023-12-30')).to.equal('2023-12-29');
    expect(dateKey('2022-10-10/..')).to.equal('2022-10-10');
    const set = timelineOf(ds, [seed.INTENSIFY, seed.OCT10, 'nope', seed.TURKSTREAM, seed.KERCH]);
    expect(set.events.map((e) => e.id)).to.deep.equal([seed.KERCH, seed.TURKSTREAM, seed.OCT10, seed.INTENSIFY]);
    expect(set.unknown).to.deep.equal(['nope']);
    expect(
      set.links.map((l) => l.from.id),
      'only links among the chosen events',
    ).to.deep.equal([seed.OCT10]);
  });
});
