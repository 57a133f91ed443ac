import { expect } from '@open-wc/testing';
import { isolateBidi } from '../../src/data/bidi.js';
import { plainRecords } from '../../src/data/plain.js';
import { seedDataset } from '../../src/data/seed/index.js';
import {
  EDITORIAL_FIELDS,
  addStructuredData,
  addTranslations,
  forReaders,
  structuredDataOf,
  translationsOf,
} from '../../src/data/seed/readers.js';
import { plainCopy } from '../../src/data/validate.js';

/** `value` as plain JSON (null-prototype records compare equal to ordinary ones). */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
/** The fields of `value` named `key`, at any depth. */
const count = (value: unknown, key: string): number =>
  Array.isArray(value)
    ? value.reduce((n: number, v) => n + count(v, key), 0)
    : value && typeof value === 'object'
      ? Object.entries(value).reduce((n, [k, v]) => n + (k === key ? 1 : 0) + count(v, key), 0)
      : 0;
/** `value` without the editors' notes. */
const withoutNotes = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutNotes)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([k]) => !EDITORIAL_FIELDS.includes(k))
            .map(([k, v]) => [k, withoutNotes(v)]),
        )
      : value;

describe('the embedded dataset as readers download it', () => {
  it('leaves out the notes, every translation and where each place is', () => {
    expect(count(seedDataset, 'note') + count(seedDataset, 'dateNote')).to.be.above(10);
    expect(count(seedDataset, 'i18n')).to.be.above(20);
    expect(count(seedDataset, 'coordinates')).to.be.above(5);
    const read = forReaders(seedDataset);
    expect(count(read, 'note') + count(read, 'dateNote') + count(read, 'i18n')).to.equal(0);
    expect(count(read, 'coordinates') + count(read, 'geoPrecision')).to.equal(0);
    expect(read.events.map((e) => e.headline)).to.deep.equal(seedDataset.events.map((e) => e.headline));
  });

  it('with each language’s translations and the structured-data fields put back, is the whole dataset but its notes, as the validator reads it', () => {
    const read = plainRecords(forReaders(seedDataset));
    for (const lang of ['uk', 'ru'] as const)
      addTranslations(read, translationsOf(seedDataset, lang), lang, isolateBidi);
    addStructuredData(read, structuredDataOf(seedDataset));
    expect(json(read)).to.deep.equal(json(withoutNotes(plainCopy(seedDataset))));
    expect(Object.getPrototypeOf(read.events[0]!.i18n!.uk)).to.equal(null);
    expect(Object.getPrototypeOf(read.places.find((p) => p.coordinates)!.coordinates)).to.equal(null);
  });

  it('the structured-data fields hold where places are, and nothing a widget shows', () => {
    const tree = JSON.stringify(structuredDataOf(seedDataset));
    expect(tree).to.include('"coordinates":{"lat":50.4501,"lon":30.5234}');
    expect(tree).not.to.include('Kyiv');
  });

  it('one language’s translations hold that language only', () => {
    const uk = JSON.stringify(translationsOf(seedDataset, 'uk'));
    expect(uk).to.include('Атака на Керченський міст');
    expect(uk).not.to.include('Атака на Керченский мост');
  });

  it('the embedded copy without the validator equals the validator’s copy', () => {
    expect(json(plainRecords(seedDataset))).to.deep.equal(json(plainCopy(seedDataset)));
    expect(Object.getPrototypeOf(plainRecords(seedDataset).events[0])).to.equal(null);
  });
});
