import { expect } from '@open-wc/testing';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import { claimsFor, eventById, figuresFor, relatedEvents } from '../../src/data/query.js';

/** What the embedded dataset must hold, read off the four reports. */
describe('embedded dataset: events', () => {
  const expected: [string, string][] = [
    // The reports give no date for the bridge attack: only that it came before Putin spoke of it.
    ['kerch-bridge-attack', '../2022-10-10'],
    ['2022-10-10-missile-strikes', '2022-10-10'],
    ['2022-10-10-lukashenko-troop-deployment', '2022-10-10'],
    ['turkstream-pipeline-claim', '../2022-10-10'],
    ['2023-12-29-aerial-bombardment', '2023-12-29'],
    ['2023-12-30-belgorod-attack', '2023-12-30'],
    ['2023-12-30-kharkiv-kherson-strikes', '2023-12-30'],
    ['2023-12-30-un-security-council-meeting', '2023-12-30'],
    ['2024-01-01-putin-intensify-statement', '2024-01-01'],
    ['2024-01-01-new-year-drone-attack', '2024-01-01'],
    ['2024-01-21-donetsk-shelling', '2024-01-21'],
    ['2024-01-23-kyiv-kharkiv-missile-strikes', '2024-01-23'],
  ];
  for (const [id, date] of expected) {
    it(`holds ${id} dated ${date}`, () => {
      expect(eventById(ds, id)?.date).to.equal(date);
    });
  }

  it('notes how every date was resolved', () => {
    for (const event of ds.events) expect(event.dateNote, event.id).to.be.a('string').and.not.empty;
  });

  it("dates each single-day event as its note says, and every weekday a note names is that date's", () => {
    const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const spoken = (date: Date) =>
      `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
    for (const event of ds.events) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(event.date))
        expect(event.dateNote, event.id).to.include(spoken(new Date(`${event.date}T12:00Z`)));
      for (const [named, weekday, day, month, year] of (event.dateNote ?? '').matchAll(
        /(\w+day) (\d{1,2}) (\w{3}) (\d{4})/g,
      )) {
        expect(
          spoken(new Date(Date.UTC(Number(year), MONTHS.indexOf(month!), Number(day), 12))),
          `${event.id}: ${named}`,
        ).to.equal(named);
        expect(WEEKDAYS, named).to.include(weekday);
      }
    }
    expect(eventById(ds, '2024-01-21-donetsk-shelling')!.dateNote).to.match(/two days/);
  });

  it('keeps numbers out of our own headlines and summaries: every number a reader sees comes from a figure', () => {
    for (const event of ds.events) {
      for (const text of [
        event.headline,
        event.summary,
        ...Object.values(event.i18n ?? {}).flatMap((t) => Object.values(t)),
      ]) {
        expect(text, event.id).to.not.match(/\d/);
      }
    }
  });

  it('records who asserts and who denies an attacker', () => {
    const kerch = eventById(ds, 'kerch-bridge-attack')!;
    expect(kerch.attackers[0]).to.include({ party: 'ukraine' });
    expect(kerch.attackers[0]!.deniedBy).to.deep.equal(['ukraine']);
    const donetsk = eventById(ds, '2024-01-21-donetsk-shelling')!;
    expect(donetsk.attackers.find((a) => a.party === 'ukraine')!.deniedBy).to.deep.equal(['ukraine-military']);
  });

  it('links the chain 29 Dec → Belgorod → Kharkiv and Kherson, and Belgorod → "intensify"', () => {
    const belgorod = relatedEvents(ds, '2023-12-30-belgorod-attack').map((r) => `${r.direction}:${r.event.id}`);
    expect(belgorod).to.include.members([
      'outgoing:2023-12-29-aerial-bombardment',
      'incoming:2023-12-30-kharkiv-kherson-strikes',
      'incoming:2024-01-01-putin-intensify-statement',
    ]);
  });
});

describe('embedded dataset: figures', () => {
  it('every figure has a qualifier, verbatim words, a claimant, a source and an as-of date', () => {
    for (const f of ds.figures) {
      expect(f.qualifier, f.id).to.be.a('string');
      expect(f.verbatim, f.id).to.not.be.empty;
      expect(f.claimant, f.id).to.not.be.empty;
      expect(f.reportedIn, f.id).to.not.be.empty;
      expect(f.asOf, f.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('Sky News: at least 14 killed and 97 injured, according to the National Police', () => {
    const killed = claimsFor(ds, '2022-10-10-missile-strikes', 'killed')!.shown;
    expect(killed).to.include({ qualifier: 'at-least', claimant: 'ukraine-national-police' });
    expect(killed.value).to.deep.equal({ n: 14 });
    expect(claimsFor(ds, '2022-10-10-missile-strikes', 'injured')!.shown.value).to.deep.equal({ n: 97 });
  });

  it('launched vs intercepted munitions are separate figures', () => {
    expect(claimsFor(ds, '2022-10-10-missile-strikes', 'launched')!.shown.value).to.deep.equal({ n: 83 });
    expect(claimsFor(ds, '2022-10-10-missile-strikes', 'intercepted')!.shown).to.include({ qualifier: 'about' });
    expect(claimsFor(ds, '2024-01-23-kyiv-kharkiv-missile-strikes', 'launched')!.shown).to.include({
      qualifier: 'more-than',
    });
    expect(claimsFor(ds, '2024-01-23-kyiv-kharkiv-missile-strikes', 'intercepted')!.shown.value).to.deep.equal({
      n: 21,
    });
  });

  it('Belgorod: 21 killed per Russian authorities vs "at least two dozen" per The Moscow Times', () => {
    const byClaimant = Object.fromEntries(
      figuresFor(ds, '2023-12-30-belgorod-attack', 'killed').map((f) => [f.claimant, f]),
    );
    expect(byClaimant['russian-authorities']!.value).to.deep.equal({ n: 21 });
    expect(byClaimant['moscow-times']!.verbatim).to.equal('at least two dozen people dead');
    expect(byClaimant['moscow-times']!.value).to.deep.equal({ n: 24 });
  });

  it('per-city figures of a multi-city event are scoped to their city', () => {
    const scoped = ds.figures.filter((f) => f.event === '2024-01-23-kyiv-kharkiv-missile-strikes' && f.place);
    expect(scoped.map((f) => `${f.place}:${f.metric}`)).to.include.members([
      'kharkiv:injured',
      'kyiv:injured',
      'kharkiv:killed',
    ]);
  });

  it('the outlet is the claimant where the report names no one else', () => {
    expect(figuresFor(ds, '2023-12-29-aerial-bombardment', 'killed').map((f) => f.claimant)).to.include.members([
      'wion',
      'moscow-times',
    ]);
  });
});

describe('embedded dataset: quotes and sources', () => {
  it('every quote names its speaker, source and date; people carry their role', () => {
    const persons = new Set(ds.persons.map((p) => p.id));
    for (const q of ds.quotes) {
      expect(q.source, q.id).to.not.be.empty;
      if (persons.has(q.speaker)) expect(q.role, q.id).to.be.a('string').and.not.empty;
    }
  });
  it('invents no URL: none of the four reports has one', () => {
    expect(ds.sources.map((s) => s.url)).to.deep.equal([undefined, undefined, undefined, undefined]);
  });
  it('records AP and Reuters as the wire services behind the ABC News report', () => {
    expect(ds.sources.find((s) => s.outlet === 'abc-news-au')!.wire).to.deep.equal(['ap', 'reuters']);
  });
});
