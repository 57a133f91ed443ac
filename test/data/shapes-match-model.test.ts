import { expect } from '@open-wc/testing';
import { COLLECTION_SHAPES, DATASET_SHAPE } from '../../src/data/shapes.js';
import type { ObjectShape, Shape } from '../../src/data/shapes.js';
import type { Dataset, Figure, Party, Person, Place, Quote, Source, StrikeEvent } from '../../src/data/model.js';

/**
 * The type a shape describes. If model.ts and shapes.ts drift apart (a field added to one only, an optional field
 * made required, an enum value missing), the assertions below stop compiling and the type-check step fails.
 */
type Infer<S> = S extends { type: 'string' }
  ? string
  : S extends { type: 'number' }
    ? number
    : S extends { type: 'boolean' }
      ? boolean
      : S extends { type: 'enum'; values: readonly (infer V)[] }
        ? V
        : S extends { type: 'array'; items: infer I }
          ? Infer<I>[]
          : S extends { type: 'anyOf'; variants: readonly (infer V)[] }
            ? V extends unknown
              ? Infer<V>
              : never
            : S extends ObjectShape<infer P, infer R>
              ? Flatten<{ [K in R & keyof P]: Infer<P[K]> } & { [K in Exclude<keyof P, R>]?: Infer<P[K]> }>
              : never;
type Flatten<T> = { [K in keyof T]: T[K] };
type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Same keys, same optional keys, and each assignable to the other. */
type Matches<A, B> = Same<keyof A, keyof B> extends true
  ? Same<OptionalKeys<A>, OptionalKeys<B>> extends true
    ? Same<A, B>
    : false
  : false;

const checks: {
  party: Matches<Infer<typeof COLLECTION_SHAPES.parties>, Party>;
  person: Matches<Infer<typeof COLLECTION_SHAPES.persons>, Person>;
  source: Matches<Infer<typeof COLLECTION_SHAPES.sources>, Source>;
  place: Matches<Infer<typeof COLLECTION_SHAPES.places>, Place>;
  event: Matches<Infer<typeof COLLECTION_SHAPES.events>, StrikeEvent>;
  figure: Matches<Infer<typeof COLLECTION_SHAPES.figures>, Figure>;
  quote: Matches<Infer<typeof COLLECTION_SHAPES.quotes>, Quote>;
  dataset: Matches<Infer<typeof DATASET_SHAPE>, Dataset>;
} = { party: true, person: true, source: true, place: true, event: true, figure: true, quote: true, dataset: true };

describe('the contract: shapes.ts describes exactly the types of model.ts', () => {
  it('is checked by the type-checker (this file does not compile when they drift)', () => {
    expect(Object.values(checks).every((ok) => ok === true)).to.equal(true);
  });
  it('every shape is a Shape', () => {
    const all: Shape[] = [DATASET_SHAPE, ...Object.values(COLLECTION_SHAPES)];
    expect(all.every((s) => s.type === 'object')).to.equal(true);
  });
});
