import { expect } from '@open-wc/testing';
import { validate, isDataset } from '../../src/data/validate.js';
import { seedDataset } from '../../src/data/seed/index.js';
import type { Dataset } from '../../src/data/model.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests break the contract on purpose

/** A deep copy of the embedded dataset with one thing broken. */
function broken(mutate: (d: Mutable) => void): unknown {
  const copy = structuredClone(seedDataset) as unknown as Mutable;
  mutate(copy);
  return copy;
}

/** Asserts that validating `value` reports a problem at `path` whose message matches `message`. */
function expectProblem(value: unknown, path: string, message: RegExp) {
  const problems = validate(value);
  const here = problems.filter((p) => p.path === path);
  expect(here, `problems at ${path}; all problems: ${JSON.stringify(problems)}`).to.not.be.empty;
  expect(here.map((p) => p.message).join(' | ')).to.match(message);
}

const index = (list: { id: string }[], id: string) => list.findIndex((x) => x.id === id);

describe('validate: the embedded dataset', () => {
  it('passes with no problem', () => {
    expect(validate(seedDataset)).to.deep.equal([]);
    expect(isDataset(seedDataset)).to.equal(true);
  });
});

describe('validate: never throws, whatever it is given', () => {
  for (const value of [undefined, null, 42, 'text', [], true, () => 1, Symbol('x'), new Date(), { a: 1n }]) {
    it(`reports ${String(typeof value)} ${Array.isArray(value) ? '(array)' : ''} at the root`, () => {
      const problems = validate(value);
      expect(problems).to.not.be.empty;
      expect(problems[0]!.path).to.be.a('string');
    });
  }
  it('reports a circular structure without looping', () => {
    const d = broken((d) => {
      d['events'][0]['self'] = d;
    });
    expectProblem(d, '/events/0/self', /not a field/);
  });
});

describe('validate: wrong or missing fields', () => {
  it('a missing required field', () => {
    expectProblem(
      broken((d) => delete d['figures'][0]['claimant']),
      '/figures/0/claimant',
      /required/,
    );
  });
  it('a missing collection', () => {
    expectProblem(
      broken((d) => delete d['quotes']),
      '/quotes',
      /required/,
    );
  });
  it('a field of the wrong type', () => {
    expectProblem(
      broken((d) => (d['events'][1]['headline'] = 42)),
      '/events/1/headline',
      /must be a string/,
    );
  });
  it('an empty string', () => {
    expectProblem(
      broken((d) => (d['quotes'][2]['text'] = '   ')),
      '/quotes/2/text',
      /must not be empty/,
    );
  });
  it('a field the contract does not have (a typo)', () => {
    expectProblem(
      broken((d) => (d['figures'][0]['qualifer'] = 'at-least')),
      '/figures/0/qualifer',
      /not a field/,
    );
  });
  it('a collection that is not an array', () => {
    expectProblem(
      broken((d) => (d['events'] = {})),
      '/events',
      /must be an array/,
    );
  });
  it('a wrong schemaVersion', () => {
    expectProblem(
      broken((d) => (d['schemaVersion'] = 2)),
      '/schemaVersion',
      /one of: 1/,
    );
  });
  it('a version that is not semver', () => {
    expectProblem(
      broken((d) => (d['version'] = 'latest')),
      '/version',
      /version like/,
    );
  });
  it('a translation in a language we do not speak', () => {
    expectProblem(
      broken((d) => (d['places'][1]['i18n']['de'] = { name: 'Kiew' })),
      '/places/1/i18n/de',
      /not a field/,
    );
  });
});

describe('validate: closed lists', () => {
  it('an unknown metric', () => {
    expectProblem(
      broken((d) => (d['figures'][3]['metric'] = 'dead')),
      '/figures/3/metric',
      /one of: killed, injured/,
    );
  });
  it('an unknown qualifier', () => {
    expectProblem(
      broken((d) => (d['figures'][3]['qualifier'] = 'roughly')),
      '/figures/3/qualifier',
      /one of: exactly, at-least/,
    );
  });
  it('an unknown event kind', () => {
    expectProblem(
      broken((d) => (d['events'][0]['kind'] = 'explosion')),
      '/events/0/kind',
      /one of: missile-strike/,
    );
  });
  it('an unknown relation kind', () => {
    const e = index(seedDataset.events, '2022-10-10-missile-strikes');
    expectProblem(
      broken((d) => (d['events'][e]['relations'][0]['kind'] = 'revenge')),
      `/events/${e}/relations/0/kind`,
      /one of: retaliation-for/,
    );
  });
  it('an unknown party kind', () => {
    expectProblem(
      broken((d) => (d['parties'][0]['kind'] = 'country')),
      '/parties/0/kind',
      /one of: state/,
    );
  });
});

describe('validate: dangling references', () => {
  it("a figure's event", () => {
    expectProblem(
      broken((d) => (d['figures'][0]['event'] = 'no-such-event')),
      '/figures/0/event',
      /"no-such-event", which is not an event/,
    );
  });
  it("a figure's claimant", () => {
    expectProblem(
      broken((d) => (d['figures'][0]['claimant'] = 'nobody')),
      '/figures/0/claimant',
      /not a party or person/,
    );
  });
  it("a figure's source", () => {
    expectProblem(
      broken((d) => (d['figures'][0]['reportedIn'][0] = 'nowhere')),
      '/figures/0/reportedIn/0',
      /not a source/,
    );
  });
  it("a figure's place", () => {
    expectProblem(
      broken((d) => (d['figures'][0]['place'] = 'atlantis')),
      '/figures/0/place',
      /not a place/,
    );
  });
  it("a quote's speaker", () => {
    expectProblem(
      broken((d) => (d['quotes'][0]['speaker'] = 'ghost')),
      '/quotes/0/speaker',
      /not a party or person/,
    );
  });
  it("a quote's event", () => {
    expectProblem(
      broken((d) => (d['quotes'][0]['events'][0] = 'nothing')),
      '/quotes/0/events/0',
      /not an event/,
    );
  });
  it("a relation's event", () => {
    const e = index(seedDataset.events, '2022-10-10-missile-strikes');
    expectProblem(
      broken((d) => (d['events'][e]['relations'][0]['event'] = 'gone')),
      `/events/${e}/relations/0/event`,
      /not an event/,
    );
  });
  it("an attacker claim's party must be a party, not a person", () => {
    const e = index(seedDataset.events, '2022-10-10-missile-strikes');
    expectProblem(
      broken((d) => (d['events'][e]['attackers'][0]['party'] = 'vladimir-putin')),
      `/events/${e}/attackers/0/party`,
      /not a party/,
    );
  });
  it("a source's outlet must be an outlet", () => {
    expectProblem(
      broken((d) => (d['sources'][0]['outlet'] = 'russia')),
      '/sources/0/outlet',
      /kind "outlet"/,
    );
  });
  it("a source's wire service must be a wire service", () => {
    const s = index(seedDataset.sources, 'abc-news-au-2024-01-23');
    expectProblem(
      broken((d) => (d['sources'][s]['wire'][0] = 'sky-news')),
      `/sources/${s}/wire/0`,
      /kind "wire-service"/,
    );
  });
  it("a figure's place must be one of its event's places", () => {
    const f = index(seedDataset.figures, '2022-10-10-killed-national-police');
    expectProblem(
      broken((d) => (d['figures'][f]['place'] = 'belgorod')),
      `/figures/${f}/place`,
      /not one of the places/,
    );
  });
});

describe('validate: ids', () => {
  it('a duplicate id in one collection', () => {
    expectProblem(
      broken((d) => (d['events'][3]['id'] = d['events'][1]['id'])),
      '/events/3/id',
      /duplicates the id of \/events\/1/,
    );
  });
  it('a person with the id of a party (one namespace for claimants)', () => {
    expectProblem(
      broken((d) => (d['persons'][0]['id'] = 'russia')),
      '/persons/0/id',
      /duplicates the id of \/parties\//,
    );
  });
  it('an id that is not a slug', () => {
    expectProblem(
      broken((d) => (d['events'][0]['id'] = 'Kerch Bridge!')),
      '/events/0/id',
      /slug/,
    );
  });
});

describe('validate: numbers', () => {
  it('a negative count', () => {
    expectProblem(
      broken((d) => (d['figures'][0]['value'] = { n: -1 })),
      '/figures/0/value/n',
      /negative/,
    );
  });
  for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '14', null]) {
    it(`a count that is not a finite number (${String(bad)})`, () => {
      expectProblem(
        broken((d) => (d['figures'][0]['value'] = { n: bad })),
        '/figures/0/value/n',
        /finite number/,
      );
    });
  }
  it('a range whose low is above its high', () => {
    expectProblem(
      broken((d) => (d['figures'][0]['value'] = { low: 30, high: 20 })),
      '/figures/0/value',
      /low \(30\) is greater than high \(20\)/,
    );
  });
  it('a best estimate outside its range', () => {
    expectProblem(
      broken((d) => (d['figures'][0]['value'] = { low: 10, high: 20, best: 25 })),
      '/figures/0/value/best',
      /between low and high/,
    );
  });
  it('a value that is neither a count nor a range', () => {
    expectProblem(
      broken((d) => (d['figures'][0]['value'] = { count: 3 })),
      '/figures/0/value/count',
      /not a field/,
    );
  });
  it('a latitude out of range', () => {
    expectProblem(
      broken((d) => (d['places'][1]['coordinates']['lat'] = 123)),
      '/places/1/coordinates/lat',
      /at most 90/,
    );
  });
});

describe('validate: dates', () => {
  it('an impossible calendar date', () => {
    expectProblem(
      broken((d) => (d['figures'][0]['asOf'] = '2023-02-30')),
      '/figures/0/asOf',
      /not a real calendar date/,
    );
  });
  it('a date in another format', () => {
    expectProblem(
      broken((d) => (d['sources'][0]['published'] = '10/10/2022')),
      '/sources/0/published',
      /YYYY-MM-DD/,
    );
  });
  it('an impossible EDTF date', () => {
    expectProblem(
      broken((d) => (d['events'][0]['date'] = '2022-13')),
      '/events/0/date',
      /not a real calendar date/,
    );
  });
  it('an interval that ends before it starts', () => {
    expectProblem(
      broken((d) => (d['events'][0]['date'] = '2022-10-10/2022-10-08')),
      '/events/0/date',
      /starts after it ends/,
    );
  });
  it('an interval open at both ends', () => {
    expectProblem(
      broken((d) => (d['events'][0]['date'] = '../..')),
      '/events/0/date',
      /at least one known end/,
    );
  });
});

describe('validate: URLs', () => {
  for (const url of [
    'javascript:alert(1)',
    'data:text/html,hi',
    'ftp://example.org/x',
    '//example.org/x',
    '/relative',
    'https://',
  ]) {
    it(`rejects ${url}`, () => {
      expectProblem(
        broken((d) => (d['sources'][0]['url'] = url)),
        '/sources/0/url',
        /http\(s\) URL|not a valid URL/,
      );
    });
  }
  it('accepts an https URL', () => {
    expect(validate(broken((d) => (d['sources'][0]['url'] = 'https://example.org/report')))).to.deep.equal([]);
  });
});

describe('validate: claims and revisions', () => {
  it('an attacker claim that nobody asserts or denies', () => {
    const e = index(seedDataset.events, '2022-10-10-missile-strikes');
    expectProblem(
      broken((d) => (d['events'][e]['attackers'][0]['assertedBy'] = [])),
      `/events/${e}/attackers/0/assertedBy`,
      /asserts or denies/,
    );
  });
  it('a relation that nobody asserts or denies', () => {
    const e = index(seedDataset.events, '2022-10-10-missile-strikes');
    expectProblem(
      broken((d) => (d['events'][e]['relations'][0]['assertedBy'] = [])),
      `/events/${e}/relations/0/assertedBy`,
      /asserts or denies/,
    );
  });
  it('a relation to the event itself', () => {
    const e = index(seedDataset.events, '2022-10-10-missile-strikes');
    expectProblem(
      broken((d) => (d['events'][e]['relations'][0]['event'] = d['events'][e]['id'])),
      `/events/${e}/relations/0/event`,
      /itself/,
    );
  });
  it('a figure that supersedes one of another claimant', () => {
    const a = index(seedDataset.figures, '2023-12-29-killed-moscow-times');
    expectProblem(
      broken((d) => (d['figures'][a]['supersedes'] = '2023-12-29-killed-wion')),
      `/figures/${a}/supersedes`,
      /same claimant, metric and place/,
    );
  });
  it('a figure that supersedes one of another event', () => {
    const a = index(seedDataset.figures, '2023-12-29-killed-moscow-times');
    expectProblem(
      broken((d) => (d['figures'][a]['supersedes'] = '2022-10-10-killed-national-police')),
      `/figures/${a}/supersedes`,
      /same event/,
    );
  });
  it('a figure that supersedes a later one', () => {
    const later = index(seedDataset.figures, '2023-12-29-killed-wion');
    expectProblem(
      broken((d) => {
        d['figures'].push({ ...d['figures'][later], id: 'older', asOf: '2023-12-31', supersedes: undefined });
        d['figures'][later]['supersedes'] = 'older';
      }),
      `/figures/${later}/supersedes`,
      /dated after it/,
    );
  });
  it('a supersedes cycle', () => {
    const a = index(seedDataset.figures, '2023-12-29-killed-wion');
    expectProblem(
      broken((d) => {
        d['figures'].push({ ...d['figures'][a], id: 'revision', supersedes: d['figures'][a]['id'] });
        d['figures'][a]['supersedes'] = 'revision';
      }),
      `/figures/${a}/supersedes`,
      /cycle/,
    );
  });
  it('a figure that is part of itself', () => {
    expectProblem(
      broken((d) => (d['figures'][0]['partOf'] = d['figures'][0]['id'])),
      '/figures/0/partOf',
      /itself/,
    );
  });
});

describe('validate: reports every problem, not only the first', () => {
  it('finds three problems in three records', () => {
    const problems = validate(
      broken((d) => {
        d['figures'][0]['metric'] = 'dead';
        d['quotes'][1]['speaker'] = 'ghost';
        d['events'][2]['date'] = '2022-02-31';
      }),
    );
    expect(problems.map((p) => p.path)).to.include.members([
      '/figures/0/metric',
      '/quotes/1/speaker',
      '/events/2/date',
    ]);
  });
  it('escapes "/" and "~" in JSON Pointer paths', () => {
    const problems = validate(broken((d) => (d['events'][0]['a/b~c'] = 1)));
    expect(problems.map((p) => p.path)).to.include('/events/0/a~1b~0c');
  });
  it('types the result as a Dataset only when valid', () => {
    const value: unknown = structuredClone(seedDataset);
    if (isDataset(value)) {
      const d: Dataset = value;
      expect(d.events.length).to.equal(seedDataset.events.length);
    } else expect.fail('the copy should be valid');
  });
});

describe('validate: what a JSON file cannot carry but a registered object can', () => {
  const f = 0;
  it('duplicate quote ids (the later would silently replace the earlier)', () => {
    expectProblem(
      broken((d) => (d['quotes'][1]['id'] = d['quotes'][0]['id'])),
      '/quotes/1/id',
      /duplicates the id of \/quotes\/0/,
    );
  });
  it('a sparse array: the first hole is reported', () => {
    expectProblem(
      broken((d) => delete d['events'][2]),
      '/events/2',
      /hole.*sparse/,
    );
    expectProblem(
      broken((d) => (d['figures'][f]['reportedIn'].length = 5)),
      `/figures/${f}/reportedIn/1`,
      /hole/,
    );
  });
  it('a sparse array with a huge length is reported at once', () => {
    expectProblem(
      broken((d) => (d['quotes'].length = 2 ** 32 - 1)),
      `/quotes/${seedDataset.quotes.length}`,
      /hole/,
    );
  });
  it('a partOf cycle', () => {
    const [a, b] = seedDataset.figures.filter((x) => x.event === seedDataset.figures[0]!.event);
    const d = broken((d) => {
      const list = d['figures'] as Mutable[];
      list.find((x) => x['id'] === a!.id)!['partOf'] = b!.id;
      list.find((x) => x['id'] === b!.id)!['partOf'] = a!.id;
    });
    expectProblem(d, `/figures/${index(seedDataset.figures, a!.id)}/partOf`, /partOf chain forms a cycle/);
    expectProblem(d, `/figures/${index(seedDataset.figures, b!.id)}/partOf`, /partOf chain forms a cycle/);
  });
  for (const [what, n, message] of [
    ['-0', -0, /negative \(got -0\)/],
    ['a fraction', 2.5, /whole number/],
    ['above 2^53 - 1, where sums stop being exact and can overflow', 1e308, /at most 9007199254740991/],
  ] as const) {
    it(`a count that is ${what}`, () => {
      expectProblem(
        broken((d) => (d['figures'][f]['value'] = { n })),
        `/figures/${f}/value/n`,
        message,
      );
    });
  }
  it('a field inherited from a prototype is reported, not read', () => {
    const d = broken((d) => {
      const { verbatim, ...rest } = d['figures'][f];
      d['figures'][f] = Object.assign(Object.create({ verbatim }), rest);
    });
    expectProblem(d, `/figures/${f}/verbatim`, /inherited from a prototype/);
  });
  it('a getter is reported, and never called', () => {
    let calls = 0;
    const d = broken((d) => {
      const v = d['events'][0]['headline'];
      Object.defineProperty(d['events'][0], 'headline', { enumerable: true, get: () => (calls++, v) });
    });
    expectProblem(d, '/events/0/headline', /getter/);
    expect(calls).to.equal(0);
  });
  it('a throwing getter, a throwing Proxy and a revoked Proxy are reported, never thrown', () => {
    const throwing = broken((d) => {
      Object.defineProperty(d['places'][0], 'name', {
        enumerable: true,
        get: () => {
          throw new Error('boom');
        },
      });
    });
    expectProblem(throwing, '/places/0/name', /getter/);
    const trap = () => {
      throw new Error('trap');
    };
    const proxied = broken(
      (d) => (d['events'][0] = new Proxy(d['events'][0], { ownKeys: trap, getOwnPropertyDescriptor: trap, get: trap })),
    );
    expectProblem(proxied, '/events/0', /could not be read \(trap\)/);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const revoked = broken((d) => (d['sources'] = proxy));
    expectProblem(revoked, '/sources', /could not be read/);
    const whole = new Proxy(
      {},
      { ownKeys: trap, getPrototypeOf: trap, has: trap, get: trap, getOwnPropertyDescriptor: trap },
    );
    expect(() => validate(whole)).to.not.throw();
    expect(validate(whole)[0]!.message).to.match(/could not be read/);
  });
  it('an EDTF interval whose end is given to the month or the year is accepted', () => {
    for (const date of ['2023-12-29/2023-12', '2023-12/2023', '2023-12-29/2024']) {
      expect(validate(broken((d) => (d['events'][0]['date'] = date))), date).to.deep.equal([]);
    }
    expectProblem(
      broken((d) => (d['events'][0]['date'] = '2024-01-02/2023-12')),
      '/events/0/date',
      /starts after it ends/,
    );
  });
});
