import { expect } from '@open-wc/testing';
import { mountAll } from '../kit/mount.js';
import '../../src/index.js';
import { DATASET_SHAPE } from '../../src/data/shapes.js';
import type { Shape } from '../../src/data/shapes.js';
import { seedDataset } from '../../src/data/seed/index.js';
import { registerDataset, unregisterDataset } from '../../src/data/registry.js';
import { definedTags, miniDataset } from './support.js';

/** Every field name the contract has, at any depth (records, values, coordinates, translations). */
function fieldNames(shape: Shape, into = new Set<string>()): Set<string> {
  if (shape.type === 'object') {
    for (const [name, field] of Object.entries(shape.props)) {
      into.add(name);
      fieldNames(field, into);
    }
  } else if (shape.type === 'array') fieldNames(shape.items, into);
  else if (shape.type === 'anyOf') shape.variants.forEach((v) => fieldNames(v, into));
  return into;
}
const FIELDS = [...fieldNames(DATASET_SHAPE)];

/** Where each field sits in the contract, so the polluting value is one that would be valid there. */
function shapesOf(name: string, shape: Shape = DATASET_SHAPE, found: Shape[] = []): Shape[] {
  if (shape.type === 'object') {
    for (const [key, field] of Object.entries(shape.props)) {
      if (key === name) found.push(field);
      shapesOf(name, field, found);
    }
  } else if (shape.type === 'array') shapesOf(name, shape.items, found);
  else if (shape.type === 'anyOf') shape.variants.forEach((v) => shapesOf(name, v, found));
  return found;
}

const someId: Record<string, string> = {
  event: seedDataset.events[1]!.id,
  actor: 'ukraine',
  party: 'ukraine',
  source: seedDataset.sources[0]!.id,
  place: seedDataset.places[0]!.id,
  figure: seedDataset.figures[0]!.id,
};

/** A value an attacker would plant for a field of this shape: plausible enough that a careless reader uses it. */
function gadget(shape: Shape): unknown {
  switch (shape.type) {
    case 'string':
      if (shape.ref) return someId[shape.ref];
      if (shape.format === 'url') return 'https://attacker.example/';
      if (shape.format === 'date') return '1999-01-01';
      if (shape.format === 'edtf') return '1999';
      if (shape.format === 'language' || shape.format === 'country' || shape.format === 'subdivision') return 'UA';
      return 'POLLUTED';
    case 'number':
      return 777;
    case 'boolean':
      return true;
    case 'enum':
      return shape.values[shape.values.length - 1];
    case 'array':
      return [gadget(shape.items)];
    case 'object':
      return Object.fromEntries(Object.entries(shape.props).map(([k, v]) => [k, gadget(v)]));
    case 'anyOf':
      return gadget(shape.variants[0]!);
  }
}

const event = seedDataset.events.find((e) => (e.relations ?? []).length)!.id;
const WIDGETS: [string, Record<string, string>][] = [
  ['strike-card', { event }],
  ['strike-card', { event: '2022-10-10-missile-strikes', variant: 'compact' }],
  ['casualty-counter', { event: '2023-12-29-aerial-bombardment', metric: 'killed' }],
  ['casualty-counter', { events: seedDataset.events.map((e) => e.id).join(' '), metric: 'injured' }],
  ['quote-block', { quote: seedDataset.quotes[0]!.id }],
  ['strike-timeline', { from: event }],
  ['claim-compare', { event: '2023-12-29-aerial-bombardment' }],
  ['strike-card', { event: 'publisher-event', 'dataset-id': 'polluted-mini' }],
];

/** What every widget shows, as markup (Lit's comment markers left out). All are rendered at once: one wait each round. */
async function renderAll(): Promise<string[]> {
  const { host, widgets } = await mountAll(WIDGETS.filter(([t]) => definedTags().includes(t)));
  // Settled when a task has passed and no element has an update pending (the registered data serve at once).
  do await new Promise((r) => setTimeout(r));
  while (!(await Promise.all(widgets.map((el) => el.updateComplete))).every(Boolean));
  const shown = widgets.map((el) => `<${el.localName}> ${el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '')}`);
  host.remove();
  return shown;
}

describe('prototype pollution: a property another script adds to Object.prototype is never read as data', () => {
  let baseline: string[];
  before(async () => {
    registerDataset('polluted-mini', await miniDataset());
    baseline = await renderAll();
    // A baseline caught loading would hide a polluted render that differs only once loaded.
    expect(baseline.filter((shown) => shown.includes('aria-busy'))).to.deep.equal([]);
  });
  after(() => unregisterDataset('polluted-mini'));

  it(`each of the contract's ${FIELDS.length} field names, polluted, changes nothing any widget shows`, async function () {
    this.timeout(300_000);
    const changed: string[] = [];
    for (const name of FIELDS) {
      for (const shape of new Set(shapesOf(name).map((s) => JSON.stringify(gadget(s))))) {
        const proto = Object.prototype as Record<string, unknown>;
        let shown: string[];
        proto[name] = JSON.parse(shape);
        try {
          // Registered while polluted, as a page's own script would do after the attack.
          registerDataset('polluted-mini', await miniDataset());
          shown = await renderAll();
        } finally {
          delete proto[name];
        }
        shown.forEach(
          (s, i) =>
            s !== baseline[i] &&
            changed.push(
              `Object.prototype.${name} = ${shape}: ${WIDGETS[i]![0]} ${JSON.stringify(WIDGETS[i]![1]).slice(0, 60)}`,
            ),
        );
      }
    }
    expect(changed).to.deep.equal([]);
  });
});
