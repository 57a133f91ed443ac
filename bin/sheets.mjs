// `strike-widgets export-csv [DATASET.json] --out DIR` and `strike-widgets import DIR --out DATASET.json`: a
// dataset as the spreadsheet template (one CSV per table and a README.txt), and the tables back into a dataset.
// Without DATASET.json, export-csv writes the embedded dataset, the worked example to start from.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const USAGE = {
  'export-csv': 'usage: strike-widgets export-csv [DATASET.json] --out DIR',
  import: 'usage: strike-widgets import DIR|FILE… --out DATASET.json',
};

/** Runs one of the two commands; returns the process exit code. */
export async function runSheetsCommand(command, args) {
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : undefined;
  const inputs = args.filter((a, i) => !a.startsWith('--') && i !== at + 1);
  if (!out || args.some((a) => a.startsWith('--') && a !== '--out')) {
    console.error(USAGE[command]);
    return 2;
  }
  const sheets = await import('../dist/sheets.js');
  const data = await import('../dist/lib/data/index.js');
  return command === 'import' ? importTables(sheets, inputs, out) : exportTables(sheets, data, inputs[0], out);
}

function exportTables(sheets, data, file, dir) {
  let dataset = data.seedDataset;
  if (file) {
    try {
      dataset = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      console.error(`strike-widgets: ${file}: ${e.message}`);
      return 1;
    }
    const problems = data.validate(dataset);
    if (problems.length) {
      for (const p of problems) console.error(`${file} ${p.path || '/'}: ${p.message}`);
      console.error(`strike-widgets: ${file} is not a valid dataset (${problems.length} problems); nothing written`);
      return 1;
    }
  }
  mkdirSync(dir, { recursive: true });
  for (const [name, grid] of sheets.datasetToGrids(dataset))
    writeFileSync(join(dir, `${name}.csv`), sheets.toCsv(grid));
  writeFileSync(join(dir, 'README.txt'), sheets.templateReadme());
  console.error(`strike-widgets: wrote ${sheets.TABLES.length} tables and README.txt to ${dir}`);
  return 0;
}

function importTables(sheets, inputs, out) {
  if (!inputs.length) {
    console.error(USAGE.import);
    return 2;
  }
  const paths = inputs.flatMap((input) => {
    if (!existsSync(input)) {
      console.error(`strike-widgets: ${input} does not exist`);
      return [];
    }
    if (!statSync(input).isDirectory()) return [input];
    return readdirSync(input)
      .filter((f) => /\.(csv|tsv)$/i.test(f))
      .sort()
      .map((f) => join(input, f));
  });
  if (!paths.length) {
    console.error('strike-widgets: no .csv or .tsv files to import; nothing written');
    return 1;
  }
  const files = paths.map((p) => ({ name: basename(p), text: readFileSync(p, 'utf8') }));
  const { dataset, problems } = sheets.importFiles(files);
  if (!dataset) {
    for (const p of problems) console.error(sheets.describeProblem(p));
    console.error(
      `strike-widgets: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix; ${out} not written`,
    );
    return 1;
  }
  writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
  console.error(
    `strike-widgets: wrote ${out} (${dataset.events.length} events, ${dataset.figures.length} figures, ${dataset.quotes.length} quotes)`,
  );
  return 0;
}
