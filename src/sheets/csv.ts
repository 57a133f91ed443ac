/**
 * Delimited text in and out, through papaparse: CSV (comma or semicolon, as European spreadsheets save it) and
 * TSV (what Google Sheets and Excel put on the clipboard), with quoted cells that hold line breaks.
 */
import Papa from 'papaparse';

/** Rows of cells as the spreadsheet shows them: row 0 is the header row (spreadsheet row 1). */
export type Grid = string[][];

/** Parses a table's text. `.tsv` names and clipboard text with tabs read as tab-separated; CSV's delimiter is detected. */
export function parseGrid(text: string, fileName = ''): { grid: Grid; error?: string } {
  const body = text.replace(/^\uFEFF/, '');
  const tabs = /\.(tsv|tab)$/i.test(fileName) || (!/\.csv$/i.test(fileName) && firstLine(body).includes('\t'));
  const result = Papa.parse<string[]>(body, {
    delimiter: tabs ? '\t' : '',
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  });
  // Excel writes line breaks inside a cell as LF, Windows files end rows with CRLF: cells keep plain LF.
  const grid = result.data.map((row) => row.map((cell) => cell.replace(/\r\n?/g, '\n')));
  // Empty rows at the end (a final line break, a formatted but empty range) are not part of the table.
  while (grid.length > 1 && grid[grid.length - 1]!.every((cell) => !cell.trim())) grid.pop();
  // A single-column file has nothing to guess from; that is not an error.
  const serious = result.errors.find((e) => e.code !== 'UndetectableDelimiter');
  return serious ? { grid, error: `${serious.message} (row ${(serious.row ?? 0) + 1})` } : { grid };
}

function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end < 0 ? text : text.slice(0, end);
}

/**
 * A table as RFC 4180 CSV: CRLF between rows, cells quoted when they hold a comma, quote or line break. Starts
 * with a byte-order mark so that Excel opens the UTF-8 (Cyrillic included) as UTF-8.
 */
export function toCsv(grid: Grid): string {
  return `\uFEFF${Papa.unparse(grid, { newline: '\r\n', quotes: false })}\r\n`;
}

/** A table as tab-separated text, for pasting into a spreadsheet. */
export function toTsv(grid: Grid): string {
  return Papa.unparse(grid, { newline: '\r\n', delimiter: '\t' });
}
