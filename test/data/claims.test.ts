import { expect } from '@open-wc/testing';
import {
  ABOUT_TOLERANCE,
  currentAndHistory,
  intersection,
  intervalOf,
  statedLowerBound,
  verdictOf,
} from '../../src/data/claims.js';
import type { Figure, FigureValue, Qualifier } from '../../src/data/model.js';

/** A figure for the rule's tests: only value, qualifier, claimant and dates matter to it. */
let serial = 0;
function claim(value: FigureValue | number, qualifier: Qualifier = 'exactly', more: Partial<Figure> = {}): Figure {
  serial += 1;
  return {
    id: more.id ?? `f${serial}`,
    event: 'e',
    metric: 'killed',
    value: typeof value === 'number' ? { n: value } : value,
    qualifier,
    verbatim: '',
    claimant: more.claimant ?? `claimant-${serial}`,
    reportedIn: [],
    asOf: '2024-01-01',
    ...more,
  };
}

describe('claims: the interval a claim allows', () => {
  const cases: [string, FigureValue, Qualifier, [number, number, boolean, boolean]][] = [
    ['exact n → [n, n]', { n: 23 }, 'exactly', [23, 23, false, false]],
    ['at least n → [n, ∞)', { n: 41 }, 'at-least', [41, Infinity, false, true]],
    ['more than n → (n, ∞)', { n: 100 }, 'more-than', [100, Infinity, true, true]],
    ['up to n → [0, n]', { n: 30 }, 'up-to', [0, 30, false, false]],
    ['about n → n ± 10 %', { n: 45 }, 'about', [40.5, 49.5, false, false]],
    ['a range → [low, high]', { low: 20, high: 30 }, 'exactly', [20, 30, false, false]],
    ['about a range → its ends ± 10 %', { low: 10, high: 20 }, 'about', [9, 22, false, false]],
    ['at least a range → [low, ∞)', { low: 10, high: 20 }, 'at-least', [10, Infinity, false, true]],
  ];
  for (const [name, value, qualifier, [low, high, lowOpen, highOpen]] of cases) {
    it(name, () => {
      const i = intervalOf(value, qualifier);
      expect(i.low).to.be.closeTo(low, 1e-9);
      if (high === Infinity) expect(i.high).to.equal(Infinity);
      else expect(i.high).to.be.closeTo(high, 1e-9);
      expect([i.lowOpen, i.highOpen]).to.deep.equal([lowOpen, highOpen]);
    });
  }
  it('states its "about" tolerance: a tenth either way', () => {
    expect(ABOUT_TOLERANCE).to.equal(0.1);
  });
});

describe('claims: disagree only when the intervals do not intersect (editorial rule 2)', () => {
  // [case, claims, agree?]
  const table: [string, Figure[], boolean][] = [
    ['exact vs the same exact', [claim(14), claim(14)], true],
    ['exact vs a different exact', [claim(14), claim(15)], false],
    ['exact vs a lower bound below it (110 and more than 100 injured)', [claim(110), claim(100, 'more-than')], true],
    ['exact vs a lower bound above it (23 and at least 41 killed)', [claim(23), claim(41, 'at-least')], false],
    ['exact equal to a strict lower bound (100 and more than 100)', [claim(100), claim(100, 'more-than')], false],
    ['two lower bounds (at least 21 and at least two dozen)', [claim(21, 'at-least'), claim(24, 'at-least')], true],
    ['lower bound below an upper bound', [claim(20, 'at-least'), claim(30, 'up-to')], true],
    ['lower bound above an upper bound', [claim(31, 'at-least'), claim(30, 'up-to')], false],
    ['lower bound equal to an upper bound', [claim(30, 'at-least'), claim(30, 'up-to')], true],
    ['strict lower bound at an upper bound', [claim(30, 'more-than'), claim(30, 'up-to')], false],
    ['about 45 vs 49 (inside ±10 %)', [claim(45, 'about'), claim(49)], true],
    ['about 45 vs 50 (outside ±10 %)', [claim(45, 'about'), claim(50)], false],
    ['about 45 vs 40 (outside ±10 %)', [claim(45, 'about'), claim(40)], false],
    ['about 45 vs at least 49', [claim(45, 'about'), claim(49, 'at-least')], true],
    ['a range vs a number inside it', [claim({ low: 20, high: 30 }), claim(25)], true],
    ['a range vs a number outside it', [claim({ low: 20, high: 30 }), claim(31)], false],
    ['two overlapping ranges', [claim({ low: 20, high: 30 }), claim({ low: 28, high: 40 })], true],
    ['two ranges apart', [claim({ low: 20, high: 30 }), claim({ low: 31, high: 40 })], false],
    [
      'three claims, each pair overlapping, all together too',
      [claim(20, 'at-least'), claim(30, 'up-to'), claim(25)],
      true,
    ],
    ['three claims, one apart from the others', [claim(20, 'at-least'), claim(30, 'up-to'), claim(35)], false],
    ['one claim', [claim(5)], true],
  ];
  for (const [name, figures, agree] of table) {
    it(`${name}: ${agree ? 'agree' : 'disagree'}`, () => {
      expect(verdictOf(figures)!.agree).to.equal(agree);
    });
  }
  it('no claims: no verdict', () => {
    expect(verdictOf([])).to.equal(undefined);
  });
  it('whole numbers only: more than 20 and less than 21 allow none', () => {
    expect(
      intersection([intervalOf({ n: 20 }, 'more-than'), { low: 0, high: 21, lowOpen: false, highOpen: true }]),
    ).to.equal(undefined);
  });
});

describe('claims: the tightest bound claims that agree support, and the span of claims that disagree', () => {
  it('at least 21 and at least 24: the bound is at least 24, set by the second claim alone', () => {
    const a = claim(21, 'at-least');
    const b = claim(24, 'at-least');
    const v = verdictOf([a, b])!;
    expect(v.agree && v.boundBy).to.deep.equal([b]);
    expect(v.agree && [v.bound.low, v.bound.high]).to.deep.equal([24, Infinity]);
  });
  it('110 and more than 100: the bound is 110, set by the exact claim', () => {
    const a = claim(100, 'more-than');
    const b = claim(110);
    const v = verdictOf([a, b])!;
    expect(v.agree && v.boundBy).to.deep.equal([b]);
  });
  it('two claims that state the same bound both set it', () => {
    const a = claim(14, 'at-least');
    const b = claim(14, 'at-least');
    const v = verdictOf([a, b, claim(10, 'at-least')])!;
    expect(v.agree && [v.boundBy, v.stated]).to.deep.equal([[a, b], true]);
  });
  it('at least 20 and up to 30: the bound is 20–30, set by both', () => {
    const a = claim(20, 'at-least');
    const b = claim(30, 'up-to');
    const v = verdictOf([b, a])!;
    expect(v.agree && [v.boundBy, v.stated]).to.deep.equal([[a, b], false]);
    expect(v.agree && [v.bound.low, v.bound.high]).to.deep.equal([20, 30]);
  });
  it('23 and at least 41: the span runs from the claim that ends lowest to the one that starts highest', () => {
    const low = claim(23);
    const high = claim(41, 'at-least');
    const v = verdictOf([high, low])!;
    expect(v.agree).to.equal(false);
    expect(!v.agree && [v.lowest, v.highest]).to.deep.equal([low, high]);
  });
  it('the span ignores the order claims are listed in', () => {
    const a = claim(5);
    const b = claim(10, 'up-to');
    const c = claim(50, 'at-least');
    for (const order of [
      [a, b, c],
      [c, b, a],
      [b, c, a],
    ]) {
      const v = verdictOf(order)!;
      expect(!v.agree && [v.lowest, v.highest], order.map((f) => f.id).join()).to.deep.equal([a, c]);
    }
  });
});

describe('claims: supersession is revision, not disagreement', () => {
  it("a claimant's later figure supersedes the earlier one, which becomes history", () => {
    const early = claim(14, 'at-least', { claimant: 'police', asOf: '2022-10-10' });
    const late = claim(19, 'exactly', { claimant: 'police', asOf: '2022-10-11', supersedes: early.id });
    const { current, history } = currentAndHistory([early, late]);
    expect(current).to.deep.equal([late]);
    expect(history).to.deep.equal([early]);
  });
  it('an earlier figure that the later one contradicts does not make the claims disagree', () => {
    const early = claim(30, 'exactly', { claimant: 'police', asOf: '2022-10-10' });
    const late = claim(12, 'exactly', { claimant: 'police', asOf: '2022-10-11', supersedes: early.id });
    expect(verdictOf(currentAndHistory([early, late]).current)!.agree).to.equal(true);
    expect(verdictOf([early, late])!.agree, 'compared as rivals they would disagree').to.equal(false);
  });
  it("another claimant's figure is never superseded by a figure it does not name", () => {
    const a = claim(10, 'exactly', { claimant: 'a', asOf: '2022-10-10' });
    const b = claim(12, 'exactly', { claimant: 'b', asOf: '2022-10-11' });
    expect(currentAndHistory([a, b]).current).to.have.members([a, b]);
  });
});

describe('claims: the lowest number a claim supports as stated (for conservative totals)', () => {
  const table: [Qualifier, FigureValue, number | undefined][] = [
    ['exactly', { n: 23 }, 23],
    ['at-least', { n: 21 }, 21],
    ['more-than', { n: 100 }, 100],
    ['exactly', { low: 20, high: 30 }, 20],
    ['up-to', { n: 30 }, undefined],
    ['about', { n: 45 }, undefined],
  ];
  for (const [qualifier, value, expected] of table) {
    it(`${qualifier} ${JSON.stringify(value)} → ${expected}`, () => {
      expect(statedLowerBound(claim(value, qualifier))).to.equal(expected);
    });
  }
});
