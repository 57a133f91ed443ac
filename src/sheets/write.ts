/**
 * A dataset as the spreadsheet template: one grid per table, ids written out in full so that importing the
 * grids gives back the same dataset.
 */
import type { Dataset } from '../data/model.js';
import type { Grid } from './csv.js';
import { PERSON_KIND, TABLES, showChoice } from './tables.js';
import type { Column, LeafShape, Table } from './tables.js';

type Json = Record<string, unknown>;

function valueAt(record: unknown, path: readonly string[]): unknown {
  let at = record;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Json)[key];
  }
  return at;
}

/** A value the contract does not expect here, written as it is (an object as JSON, not "[object Object]"). */
function asText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(value);
    default:
      return JSON.stringify(value) ?? '';
  }
}

/** One value as a cell: lists joined with "; ", choices with spaces, true/false as yes/no. */
export function toCell(shape: LeafShape, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (shape.type === 'array')
    return Array.isArray(value) ? value.map((v) => toCell(shape.items as LeafShape, v)).join('; ') : asText(value);
  if (shape.type === 'boolean') return value === true ? 'yes' : value === false ? 'no' : asText(value);
  if (shape.type === 'enum') return showChoice(asText(value));
  return asText(value);
}

function rowOf(columns: readonly Column[], record: unknown, parentId?: string): string[] {
  return columns.map((c) => (c.path.length === 0 ? (parentId ?? '') : toCell(c.shape, valueAt(record, c.path))));
}

function recordsOf(table: Table, dataset: Dataset): { record: unknown; parent?: string }[] {
  const target = table.target;
  switch (target.kind) {
    case 'dataset':
      return [{ record: dataset }];
    case 'collection':
      return (dataset[target.collection] as unknown[]).map((record) => ({ record }));
    case 'actors':
      return [...dataset.parties, ...dataset.persons.map((p) => ({ ...p, kind: PERSON_KIND }))].map((record) => ({
        record,
      }));
    case 'event-list':
      return dataset.events.flatMap((e) => {
        const list = (e as unknown as Json)[target.field];
        return Array.isArray(list) ? list.map((record: unknown) => ({ record, parent: e.id })) : [];
      });
  }
}

/** Every table of the template filled from `dataset`: table name → grid (header row first). */
export function datasetToGrids(dataset: Dataset): Map<string, Grid> {
  const grids = new Map<string, Grid>();
  for (const table of TABLES) {
    const header = table.columns.map((c) => c.label);
    grids.set(table.name, [
      header,
      ...recordsOf(table, dataset).map(({ record, parent }) => rowOf(table.columns, record, parent)),
    ]);
  }
  return grids;
}
