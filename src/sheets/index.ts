/**
 * Spreadsheets in and out (`strike-widgets/sheets`): the template's tables, a dataset as CSV files, and CSV or
 * TSV tables back into a dataset with every problem placed at its file, row and column. No DOM: runs in Node
 * (the `import` and `export-csv` commands) and in the browser (the embed builder's Data tab).
 */
export { TABLES, PERSON_KIND, expectation, templateReadme, tableNamed } from './tables.js';
export type { Column, Table, Target } from './tables.js';
export { parseGrid, toCsv, toTsv } from './csv.js';
export type { Grid } from './csv.js';
export { datasetToGrids, toCell } from './write.js';
export { importFiles, importGrids, describeProblem, guessTable } from './read.js';
export type { ImportResult, ReadTable, SheetFile, SheetGrid, SheetProblem } from './read.js';
export { slugify, nearest } from './text.js';
