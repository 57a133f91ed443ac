import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseJsonSteps } from '../../src/data/json-steps.js';
import { runToEnd } from '../../src/data/steps.js';

/** What JSON.parse makes of `text`, or its error message. */
const outcome = (parse: () => unknown) => {
  try {
    return { value: parse() };
  } catch (e) {
    return { error: (e as Error).message };
  }
};
/** Parsed in steps with every list split at every comma, the hardest case for the splitting. */
const inSteps = (text: string) => outcome(() => runToEnd(parseJsonSteps(text, 1)));
const whole = (text: string) => outcome(() => JSON.parse(text));

describe('JSON parsed in steps: the same value and the same error as JSON.parse', () => {
  const cases = [
    '{"events": [1, 2, 3], "title": "x"}',
    ' \n{"events":[ {"a":"[,]"} , {"b":"\\"],"} ],"figures":[]}\t',
    '{"events": [1, 2], "events": [3]}',
    '{"events": [1, 2], "events": 5}',
    '{"events": 5, "events": [1, 2]}',
    '{"__proto__": [1, 2], "events": [{"__proto__": {"x": 1}}]}',
    '{"a\\"b": [1, [2, 3], {"c": [4]}]}',
    '{"events": [1, 2,]}',
    '{"events": [, 1]}',
    '{"events": [1,, 2]}',
    '{"events": [1, 2}',
    '{"events": [1, 2]',
    '{"events": [1, 2]} x',
    '{"events": ["unterminated]}',
    '[1, 2, 3]',
    '"text"',
    '',
    '{}',
    '{"events": []}',
    '{"events": [ ]}',
    '{"events" [1]}',
    '\uFEFF{"events": [1]}',
  ];
  for (const text of cases) {
    it(JSON.stringify(text), () => {
      expect(inSteps(text)).to.deep.equal(whole(text));
    });
  }

  it('"__proto__" stays an own field, as JSON.parse makes it', () => {
    const value = runToEnd(parseJsonSteps('{"__proto__": [1], "events": [2]}', 1)) as object;
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).to.deep.equal([1]);
  });

  it('any JSON, and any JSON with a character cut out, parses as JSON.parse parses it', () => {
    const objectText = fc
      .dictionary(fc.constantFrom('events', 'figures', 'title', '__proto__', 'a"b'), fc.jsonValue({ maxDepth: 3 }))
      .chain((value) => fc.tuple(fc.constant(JSON.stringify(value, null, 1)), fc.nat()));
    fc.assert(
      fc.property(objectText, fc.boolean(), ([text, cut], broken) => {
        const input =
          broken && text.length ? text.slice(0, cut % text.length) + text.slice((cut % text.length) + 1) : text;
        expect(inSteps(input)).to.deep.equal(whole(input));
      }),
      { numRuns: 500 },
    );
  });
});
