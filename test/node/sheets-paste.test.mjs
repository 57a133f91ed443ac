// Tables as spreadsheets really save and copy them (test/fixtures/sheets): Excel's "CSV UTF-8" (a byte-order
// mark, CRLF, line breaks inside quoted cells, empty cells past the table's last column, an empty row at the end),
// Google Sheets' clipboard (tab-separated, LF, a quoted cell with a line break, no final line break), Cyrillic,
// quotes inside cells, ";" lists, decimal commas, ids left empty and references written as names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '../../dist/lib/data/index.js';
import { importFiles, parseGrid } from '../../dist/sheets.js';

const FIXTURES = 'test/fixtures/sheets';
const read = (name) => readFileSync(join(FIXTURES, name), 'utf8');

test('the fixtures are what the spreadsheets write: BOM and CRLF in the CSVs, tabs and LF in the paste', () => {
  const events = readFileSync(join(FIXTURES, 'events.csv'));
  assert.deepEqual([...events.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.match(read('events.csv'), /\r\n/);
  assert.match(read('events.csv'), /,,\r\n$/, 'empty cells past the last column, and an empty last row');
  assert.doesNotMatch(read('figures-pasted.tsv'), /\r|\n$/);
});

test('a CSV saved by Excel: no BOM in the first column name, empty trailing columns and rows ignored', () => {
  const { grid } = parseGrid(read('events.csv'), 'events.csv');
  assert.equal(grid[0][0], 'id');
  assert.equal(grid.length, 2, 'the empty row after the last record is dropped');
  assert.equal(
    grid[1][3],
    'The council said drones struck the port overnight.\n\nIt called the attack "deliberate"; the Gazette could not verify that.',
  );
});

test('a table pasted from Google Sheets: tab-separated, with a quoted cell holding a line break', () => {
  const { grid, error } = parseGrid(read('figures-pasted.tsv'));
  assert.equal(error, undefined);
  assert.equal(grid.length, 3);
  assert.equal(grid[1][4], 'at least three people\nwere injured');
  assert.equal(grid[2][4], '"about a dozen" drones');
  assert.equal(grid[2][5], 'Міська рада');
});

function fixtureFiles() {
  return readdirSync(FIXTURES).map((name) => ({ name: name.replace('-pasted', ''), text: read(name) }));
}

test('the tables make a dataset that validates, with derived ids, names resolved and cells read right', () => {
  const { dataset, problems } = importFiles(fixtureFiles());
  assert.deepEqual(problems, []);
  assert.deepEqual(validate(dataset), []);
  const [event] = dataset.events;
  assert.equal(event.id, '2024-02-01-drone-attack-on-the-port');
  assert.equal(event.i18n.uk.headline, 'Атака дронів на порт');
  assert.deepEqual(event.places, ['odesa']);
  assert.deepEqual(dataset.places[0].coordinates, { lat: 46.48, lon: 30.73 });
  assert.deepEqual(dataset.persons, [{ id: 'olena-koval', name: 'Олена Коваль', country: 'UA', level: 'local' }]);
  const [injured, launched] = dataset.figures;
  assert.deepEqual(
    [injured.value, injured.qualifier, injured.developing, injured.claimant],
    [{ n: 3 }, 'at-least', true, 'city-council'],
  );
  assert.deepEqual(injured.reportedIn, ['the-example-gazette-2024-02-01'], 'a source named by its URL');
  assert.equal(launched.claimant, 'city-council', 'a party named in Ukrainian');
  assert.equal(launched.verbatim, '"about a dozen" drones');
  assert.equal(
    dataset.quotes[0].text,
    '"Everyone is safe," she said; the shelter held.',
    'a ";" in text is not a list',
  );
  assert.deepEqual(dataset.quotes[0].events, [event.id]);
});

test('npx strike-widgets import reads a folder of CSV and TSV files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sheets-paste-'));
  for (const name of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, name), join(dir, name.replace('-pasted', '')));
  const out = join(dir, 'gazette.json');
  const run = spawnSync(process.execPath, ['bin/strike-widgets.mjs', 'import', dir, '--out', out], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  const written = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(validate(written), []);
  assert.deepEqual(written, importFiles(fixtureFiles()).dataset);
});

test('a CSV saved with ";" between cells (Excel in many European locales) and a Google Sheets download name', () => {
  const semicolons = read('places.csv').replace(/,/g, ';').replace('46;48', '46,48').replace('30;73', '30,73');
  const files = fixtureFiles().map((f) =>
    f.name === 'places.csv' ? { name: 'Gazette strikes - places.csv', text: semicolons } : f,
  );
  const { dataset, problems } = importFiles(files);
  assert.deepEqual(problems, []);
  assert.deepEqual(dataset.places[0].coordinates, { lat: 46.48, lon: 30.73 });
  assert.equal(dataset.places[0].i18n.ru.name, 'Одесса');
});
