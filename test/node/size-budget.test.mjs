// scripts/size-budget.mjs, which `npm test` runs after the build: it prints every output's sizes and fails on a
// build that grew. (dist/lib comes from the build step.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { BUDGETS, CEILINGS, failures } from '../../scripts/size-budget.mjs';

const run = (...args) =>
  spawnSync(process.execPath, ['scripts/size-budget.mjs', ...args], { encoding: 'utf8', timeout: 120_000 });
const OUTPUTS = [
  'strike-widgets.js (everything)',
  'strike-widgets.js without the dataset',
  'lit alone (for reference)',
  'embedded dataset alone',
];
const ELEMENTS = ['strike-card', 'casualty-counter', 'quote-block', 'strike-timeline', 'claim-compare'];

test('prints raw, gzip and brotli sizes of every output, and passes on the build as it is', () => {
  const { status, stdout, stderr } = run();
  assert.equal(status, 0, stderr);
  for (const name of [...OUTPUTS, ...ELEMENTS.map((tag) => `${tag} (own code, without lit)`)]) {
    assert.match(
      stdout,
      new RegExp(`^\\| ${name.replace(/[()]/g, '\\$&')} \\| [\\d.]+ KB \\| [\\d.]+ KB \\| [\\d.]+ KB \\|`, 'm'),
      name,
    );
  }
});

test('fails on a deliberately inflated build, naming each output that grew too much', () => {
  const { status, stderr } = run('--inflate=1500');
  assert.equal(status, 1);
  assert.match(stderr, /strike-widgets\.js \(everything\) is \d+ B gzip, over its ceiling/);
  assert.match(stderr, /strike-widgets\.js without the dataset is \d+ B gzip, over its ceiling/);
  // 1,500 incompressible bytes push the two largest elements over 3 KB.
  assert.match(stderr, /casualty-counter \(own code, without lit\) is \d+ B gzip, over its budget of 3072 B/);
});

test('an element over 3 KB fails; a bundle over its budget fails under its ceiling only with --strict', () => {
  const rows = [
    { name: 'bundle', gzip: BUDGETS.bundle + 1, budget: BUDGETS.bundle, ceiling: CEILINGS.bundle },
    { name: 'element', gzip: BUDGETS.element + 1, budget: BUDGETS.element },
    { name: 'lit', gzip: 99_999 },
  ];
  assert.deepEqual(failures(rows), [
    `element is ${BUDGETS.element + 1} B gzip, over its budget of ${BUDGETS.element} B`,
  ]);
  assert.equal(failures(rows, { strict: true }).length, 2);
  assert.equal(failures([{ ...rows[0], gzip: CEILINGS.bundle + 1 }]).length, 1);
  assert.deepEqual(failures([{ ...rows[1], gzip: BUDGETS.element }]), []);
});
