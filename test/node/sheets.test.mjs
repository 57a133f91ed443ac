// Spreadsheets in and out: `strike-widgets export-csv` and `import` on real files, the round trip over every
// field of the contract, and every kind of problem placed at its file, row and column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDataset, validate } from '../../dist/lib/data/index.js';
import {
  TABLES,
  datasetToGrids,
  describeProblem,
  importFiles,
  importGrids,
  parseGrid,
  toCsv,
} from '../../dist/sheets.js';

const cli = (...args) => spawnSync(process.execPath, ['bin/strike-widgets.mjs', ...args], { encoding: 'utf8' });
const scratch = () => mkdtempSync(join(tmpdir(), 'sheets-'));

/**
 * The embedded dataset plus what it lacks, so that every column of every table holds a value somewhere: a range
 * with a best estimate, a figure that supersedes another, a source with a URL.
 */
function everyField() {
  const d = structuredClone(seedDataset);
  const first = d.figures[0];
  d.figures.push(
    {
      ...structuredClone(first),
      id: 'range-figure',
      value: { low: 14, high: 20, best: 16 },
      qualifier: 'about',
      asOf: first.asOf,
    },
    { ...structuredClone(first), id: 'revised-figure', supersedes: first.id, value: { n: 19 } },
  );
  d.sources.push({
    id: 'gazette-2022-10-11',
    outlet: d.sources[0].outlet,
    published: '2022-10-11',
    url: 'https://example.org/report',
    language: 'en',
  });
  fillEmptyColumns(d);
  assert.deepEqual(validate(d), []);
  return d;
}

/** A value for a column of this shape that the contract accepts, for fields the datasets above never use. */
function sampleFor(shape, d) {
  const ids = {
    event: d.events,
    actor: d.parties,
    party: d.parties,
    source: d.sources,
    place: d.places,
    figure: d.figures,
  };
  switch (shape.type) {
    case 'array':
      return [sampleFor(shape.items, d)];
    case 'enum':
      return shape.values[0];
    case 'number':
      return Math.max(shape.minimum ?? 1, 1);
    case 'boolean':
      return true;
    default: {
      if (shape.ref) return ids[shape.ref][0].id;
      const samples = {
        date: '2022-10-10',
        edtf: '2022-10-10',
        url: 'https://example.org/report',
        country: 'UA',
        subdivision: 'UA',
        language: 'en',
        slug: 'sample',
        semver: '1.0.0',
      };
      return samples[shape.format] ?? 'Sample text';
    }
  }
}

/** Fields added to the contract later become columns by themselves; give each one a value so the round trip covers it. */
function fillEmptyColumns(d) {
  for (const [name, grid] of datasetToGrids(d)) {
    const table = TABLES.find((t) => t.name === name);
    grid[0].forEach((_, i) => {
      const column = table.columns[i];
      if (grid.slice(1).some((row) => row[i]) || column.path.length === 0) return;
      const target = table.target;
      const record =
        target.kind === 'dataset'
          ? d
          : target.kind === 'actors'
            ? d.parties[0]
            : target.kind === 'collection'
              ? d[target.collection][0]
              : d.events.find((e) => e[target.field]?.length)[target.field][0];
      let at = record;
      for (const key of column.path.slice(0, -1)) at = at[key] ??= {};
      at[column.path.at(-1)] = sampleFor(column.shape, d);
    });
  }
}

test('export-csv writes one RFC 4180 CSV per table and a README.txt that describes every column', () => {
  const dir = scratch();
  const run = cli('export-csv', '--out', dir);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(readdirSync(dir).sort(), ['README.txt', ...TABLES.map((t) => `${t.name}.csv`)].sort());
  const readme = readFileSync(join(dir, 'README.txt'), 'utf8');
  for (const table of TABLES) {
    const text = readFileSync(join(dir, `${table.name}.csv`), 'utf8');
    assert.ok(text.startsWith('\uFEFF'), `${table.name}.csv starts with a byte-order mark`);
    assert.doesNotMatch(text.replace(/"(?:[^"]|"")*"/g, ''), /[^\r]\n/, `${table.name}.csv ends rows with CRLF`);
    const header = parseGrid(text, `${table.name}.csv`).grid[0];
    for (const column of header)
      assert.ok(readme.includes(`  ${column}: `), `README.txt describes ${table.name}.csv "${column}"`);
  }
  // A quote inside a cell is doubled, a cell with a comma quoted, a line break kept inside quotes.
  const figures = readFileSync(join(dir, 'figures.csv'), 'utf8');
  assert.match(
    figures,
    /"Sky News also gives ""a total of 14 people killed"" without attribution; it is the same count\."/,
  );
  const quotes = readFileSync(join(dir, 'quotes.csv'), 'utf8');
  const multiLine = seedDataset.quotes.find((q) => q.text.includes('\n'));
  if (multiLine) assert.ok(quotes.includes(`"${multiLine.text.replace(/"/g, '""')}"`));
});

test('export then import gives back the same dataset, over every field of the contract', () => {
  const dir = scratch();
  const full = everyField();
  writeFileSync(join(dir, 'full.json'), JSON.stringify(full));
  const sheets = join(dir, 'sheets');
  assert.equal(cli('export-csv', join(dir, 'full.json'), '--out', sheets).status, 0);
  // Every column carries a value in some row, so the comparison below covers every field.
  for (const table of TABLES) {
    const grid = parseGrid(readFileSync(join(sheets, `${table.name}.csv`), 'utf8')).grid;
    grid[0].forEach((column, i) =>
      assert.ok(
        grid.slice(1).some((row) => row[i]),
        `${table.name}.csv "${column}" is never filled`,
      ),
    );
  }
  const run = cli('import', sheets, '--out', join(dir, 'back.json'));
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8')), full);
});

test('the embedded dataset comes back identical from its own template', () => {
  const files = [...datasetToGrids(seedDataset)].map(([name, grid]) => ({ name: `${name}.csv`, text: toCsv(grid) }));
  const { dataset, problems } = importFiles(files);
  assert.deepEqual(problems, []);
  assert.deepEqual(dataset, JSON.parse(JSON.stringify(seedDataset)));
});

/** The embedded dataset's template with some cells changed: `[table, spreadsheet row, column, text]`. */
function broken(...edits) {
  const grids = datasetToGrids(seedDataset);
  for (const [table, row, column, text] of edits) {
    const grid = grids.get(table);
    const at = grid[0].indexOf(column);
    assert.ok(at >= 0 && grid[row - 1], `${table} ${row} ${column}`);
    grid[row - 1][at] = text;
  }
  return [...grids].map(([name, grid]) => ({ file: `${name}.csv`, grid }));
}
const problemsOf = (inputs) => importGrids(inputs).problems.map(describeProblem);

const ERROR_KINDS = [
  [
    'a choice not in the list',
    ['figures', 7, 'qualifier', 'lots'],
    'figures.csv row 7, column "qualifier": "lots" is not one of exactly, at least, more than, about, up to',
  ],
  [
    'an unknown name, with the nearest one',
    ['figures', 4, 'claimant', "Ukraine's Natonal Police"],
    `figures.csv row 4, column "claimant": "Ukraine's Natonal Police" is not the id or name of any party or person in actors; did you mean "Ukraine's National Police"?`,
  ],
  [
    'an unknown id in a list',
    ['events', 3, 'sources', 'sky-news-2022-10-10; wion-2023-12-31'],
    'events.csv row 3, column "sources": "wion-2023-12-31" is not the id, headline or URL of any source in sources; did you mean "wion-2023-12-30"?',
  ],
  ['not a number', ['figures', 5, 'value', 'many'], 'figures.csv row 5, column "value": "many" is not a number'],
  [
    'a date in the wrong form',
    ['figures', 6, 'as of', '10/10/2022'],
    'figures.csv row 6, column "as of": must be a date YYYY-MM-DD (got "10/10/2022")',
  ],
  ['an empty required cell', ['quotes', 3, 'quote', ''], 'quotes.csv row 3, column "quote": is empty; expected text'],
  [
    'neither yes nor no',
    ['quotes', 2, 'fragment', 'maybe'],
    'quotes.csv row 2, column "fragment": "maybe" is not yes or no',
  ],
  [
    'a duplicate id',
    ['places', 4, 'id', 'kyiv'],
    'places.csv row 4, column "id": duplicates the id of places.csv row 3',
  ],
  [
    'an unknown column, with the nearest one',
    ['figures', 1, 'qualifier', 'qualifer'],
    'figures.csv row 1, column "qualifer": is not a column of the figures table; did you mean "qualifier"?',
  ],
  [
    'a row of an unknown event',
    ['attackers', 2, 'event', '2022-10-10-missile-strike'],
    'attackers.csv row 2, column "event": "2022-10-10-missile-strike" is not the id or headline of any event in events; did you mean "2022-10-10-missile-strikes"?',
  ],
  [
    'a code in the wrong form',
    ['places', 2, 'code', 'Kyiv'],
    'places.csv row 2, column "code": must be an ISO 3166-2 code (UA-30) or a country code (UA) (got "Kyiv")',
  ],
  [
    'a low above the high',
    [
      ['figures', 2, 'value', ''],
      ['figures', 2, 'low', '30'],
      ['figures', 2, 'high', '20'],
    ],
    'figures.csv row 2, column "value": low (30) is greater than high (20)',
  ],
  [
    'a value and a range',
    [
      ['figures', 2, 'low', '3'],
      ['figures', 2, 'high', '20'],
    ],
    'figures.csv row 2, column "value": give either a value or a low and a high, not both',
  ],
  [
    'a rule across records: the outlet of a source must be an outlet',
    ['sources', 2, 'outlet', 'ukraine'],
    'sources.csv row 2, column "outlet": must refer to a party of kind "outlet"',
  ],
];

for (const [kind, edit, expected] of ERROR_KINDS) {
  test(`a problem names file, row and column: ${kind}`, () => {
    const edits = Array.isArray(edit[0]) ? edit : [edit];
    assert.ok(problemsOf(broken(...edits)).includes(expected), problemsOf(broken(...edits)).join('\n'));
  });
}

test('a missing dataset table: its required cells are named where its row would be', () => {
  const problems = problemsOf(broken().filter((i) => i.file !== 'dataset.csv'));
  assert.ok(
    problems.includes(
      'dataset.csv row 2, column "id": is empty; expected an id: lowercase letters, digits and single hyphens',
    ),
    problems.join('\n'),
  );
  assert.ok(problems.includes('dataset.csv row 2, column "title": is empty; expected text'));
});

test('a name two records share must be written as an id', () => {
  const inputs = broken(['actors', 3, 'name', 'Ukraine'], ['figures', 2, 'claimant', 'Ukraine']);
  assert.ok(
    problemsOf(inputs).includes(
      'figures.csv row 2, column "claimant": "Ukraine" is the name of more than one record (ukraine, russia): write the id',
    ),
  );
});

test('a file that is no table of the template, and a column with cells but no name', () => {
  const inputs = broken();
  inputs.push({
    file: 'notes.csv',
    grid: [
      ['when', 'what'],
      ['today', 'call back'],
    ],
  });
  inputs.find((i) => i.file === 'places.csv').grid.forEach((row, r) => row.push(r === 2 ? 'stray' : ''));
  const problems = problemsOf(inputs);
  assert.ok(
    problems.some((p) => p.startsWith('notes.csv: is not a table of the template')),
    problems.join('\n'),
  );
  assert.ok(problems.includes('places.csv: column K has no name in row 1'), problems.join('\n'));
});

test('import lists every problem at once, exits non-zero and writes no file', () => {
  const dir = scratch();
  for (const { file, grid } of broken(
    ['figures', 7, 'qualifier', 'lots'],
    ['figures', 4, 'claimant', 'Kyiv Mayr'],
    ['quotes', 3, 'quote', ''],
  ))
    writeFileSync(join(dir, file), toCsv(grid));
  const out = join(dir, 'out.json');
  const run = cli('import', dir, '--out', out);
  assert.equal(run.status, 1);
  assert.equal(existsSync(out), false);
  const lines = run.stderr.trim().split('\n');
  assert.ok(
    lines.includes(
      'figures.csv row 7, column "qualifier": "lots" is not one of exactly, at least, more than, about, up to',
    ),
  );
  assert.ok(lines.some((l) => l.startsWith('figures.csv row 4, column "claimant": "Kyiv Mayr" is not the id or name')));
  assert.ok(lines.includes('quotes.csv row 3, column "quote": is empty; expected text'));
  assert.match(lines.at(-1), /3 problems to fix; .*out\.json not written/);
});

test('export-csv refuses an invalid dataset and writes nothing', () => {
  const dir = scratch();
  const bad = structuredClone(seedDataset);
  bad.figures[0].metric = 'dead';
  writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
  const run = cli('export-csv', join(dir, 'bad.json'), '--out', join(dir, 'out'));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /\/figures\/0\/metric: must be one of/);
  assert.equal(existsSync(join(dir, 'out')), false);
});

test('ids left empty are derived, references may be names (in any language), choices may be written with spaces', () => {
  const grid = (rows) => rows.map((r) => r.split('|'));
  const { dataset, problems } = importGrids([
    { file: 'dataset.csv', grid: grid(['id|title|version|updated|language', 'mine|Mine|1.0.0|2024-02-02|en']) },
    {
      file: 'actors.csv',
      grid: grid([
        'name|kind|name (uk)',
        'The Example Gazette|outlet|',
        'City council|authority|Міська рада',
        'Олена Коваль|person|',
      ]),
    },
    { file: 'places.csv', grid: grid(['name|kind|code', 'Odesa|city|UA-51']) },
    {
      file: 'sources.csv',
      grid: grid([
        'outlet|published|language',
        'The Example Gazette|2024-02-01|en',
        'The Example Gazette|2024-02-01|en',
      ]),
    },
    {
      file: 'events.csv',
      grid: grid([
        'kind|headline|summary|date|places|sources',
        'drone strike|Drone attack on the port|Ours.|2024-02-01|Odesa|the-example-gazette-2024-02-01',
      ]),
    },
    {
      file: 'figures.csv',
      grid: grid([
        'event|metric|value|qualifier|words in the report|claimant|sources|as of',
        'Drone attack on the port|children injured|3|At least|three|Міська рада|the-example-gazette-2024-02-01-2|2024-02-01',
      ]),
    },
    {
      file: 'quotes.csv',
      grid: grid([
        'quote|speaker|source|date|language|events',
        'We are safe.|Олена Коваль|the-example-gazette-2024-02-01|2024-02-01|en|Drone attack on the port',
      ]),
    },
  ]);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dataset.parties.map((p) => p.id),
    ['the-example-gazette', 'city-council'],
  );
  assert.deepEqual(
    dataset.persons.map((p) => p.id),
    ['olena-koval'],
  );
  assert.deepEqual(
    dataset.sources.map((s) => s.id),
    ['the-example-gazette-2024-02-01', 'the-example-gazette-2024-02-01-2'],
  );
  assert.equal(dataset.events[0].id, '2024-02-01-drone-attack-on-the-port');
  assert.deepEqual(dataset.events[0].places, ['odesa']);
  const [figure] = dataset.figures;
  assert.equal(figure.id, '2024-02-01-drone-attack-on-the-port-children-injured-city-council');
  assert.equal(figure.claimant, 'city-council');
  assert.equal(figure.metric, 'children-injured');
  assert.equal(figure.qualifier, 'at-least');
  assert.deepEqual(figure.reportedIn, ['the-example-gazette-2024-02-01-2']);
  assert.equal(dataset.quotes[0].id, 'olena-koval-we-are-safe');
  assert.deepEqual(dataset.quotes[0].events, ['2024-02-01-drone-attack-on-the-port']);
});
