// Every quote and every figure's verbatim wording must occur in the report its source names, and nothing of the
// pages' furniture (newsletter, donation, video-player and ticket lines) may occur anywhere in the dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = process.env.STRIKE_SEEDS_DIR ?? join(process.cwd(), '..', 'shared', 'seeds');
const dataset = JSON.parse(readFileSync('dist/strike-dataset.json', 'utf8'));

/** Which report each source is (SOURCES.md beside the checkout). */
const REPORT_OF_SOURCE = {
  'sky-news-2022-10-10': '000_fa62049fd48bd87a.txt',
  'abc-news-au-2024-01-23': '001_683bb138b3372d61.txt',
  'wion-2023-12-30': '002_8ce188758bce3ce7.txt',
  'moscow-times-2024-01-01': '003_6878e3f0f3bb3b06.txt',
};

/** Only quotation marks, apostrophes and whitespace are normalised; words and other punctuation must match. */
const normalise = (s) =>
  s
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** Page furniture: lines that are not reporting. Every line of the Moscow Times page after the newsletter sign-up. */
function furniture(reports) {
  const lines = [];
  const mt = reports['003_6878e3f0f3bb3b06.txt'];
  lines.push('Support The Moscow Times!', ...mt.slice(mt.indexOf('Sign up for our free weekly newsletter')).split('\n'));
  lines.push(
    'Please use Chrome browser for a more accessible video player',
    'You can get tickets here for a special event at the Imperial War Museum looking at the war in Ukraine',
    'Air sirens across Ukraine as multiple cities hit – war latest',
    'More on Russia',
    'Dinipro missile hit caught on camera',
    'Join our WhatsApp Channel to get the latest news, exclusives and videos on WhatsApp',
    'UKRAINE-CRISIS/RUSSIA-BELGOROD',
  );
  return lines.map((l) => normalise(l)).filter((l) => l.length >= 8);
}

const present = Object.values(REPORT_OF_SOURCE).every((f) => existsSync(join(SEEDS, f)));

if (!present) {
  test(`provenance: NOT CHECKED: the four reports are not at ${SEEDS} (set STRIKE_SEEDS_DIR)`, { skip: true }, () => {});
  console.log(`provenance: the reports are not at ${SEEDS}; quotes and figures were not checked against them.`);
} else {
  const reports = Object.fromEntries(Object.values(REPORT_OF_SOURCE).map((f) => [f, readFileSync(join(SEEDS, f), 'utf8')]));
  const normalisedReport = (sourceId) => normalise(reports[REPORT_OF_SOURCE[sourceId]]);

  test('provenance: every source of the dataset is one of the four reports', () => {
    assert.deepEqual(dataset.sources.map((s) => s.id).sort(), Object.keys(REPORT_OF_SOURCE).sort());
  });

  for (const quote of dataset.quotes) {
    test(`provenance: quote ${quote.id} occurs verbatim in ${quote.source}`, () => {
      const report = normalisedReport(quote.source);
      for (const paragraph of quote.text.split(/\n\n/)) {
        assert.ok(report.includes(normalise(paragraph)), `not in the report: ${paragraph}`);
      }
    });
  }

  for (const figure of dataset.figures) {
    test(`provenance: figure ${figure.id} ("${figure.verbatim}") occurs in every report that carried it`, () => {
      for (const source of figure.reportedIn) {
        assert.ok(normalisedReport(source).includes(normalise(figure.verbatim)), `not in ${source}`);
      }
    });
  }

  test('provenance: a figure whose verbatim words are not in its report fails this check', () => {
    const report = normalisedReport('sky-news-2022-10-10');
    assert.equal(report.includes(normalise('at least 15 people were killed')), false);
  });

  test('provenance: no page furniture (newsletter, donation, player, ticket lines) occurs anywhere in the dataset', () => {
    const all = normalise(JSON.stringify(dataset).replace(/\\n/g, ' '));
    const lines = furniture(reports);
    assert.ok(lines.length > 20, 'the furniture list was read from the reports');
    for (const line of lines) assert.equal(all.includes(line), false, `page furniture in the dataset: ${line}`);
  });
}
