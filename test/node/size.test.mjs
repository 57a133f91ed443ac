// `npm run size`: scripts/size.mjs writes what readers download into .size/ and prints where the English page's
// bytes go; size-limit checks every part against .size-limit.json. (dist comes from the build step.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, test } from 'node:test';

const node = (...args) => spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 300_000 });
const sizeLimit = () => node('node_modules/size-limit/bin.js', '--json');
after(() => node('scripts/size.mjs', '--quiet'));

test('prints where the English page’s bytes go, and every part is within its limit', () => {
  const made = node('scripts/size.mjs');
  assert.equal(made.status, 0, made.stderr);
  for (const part of ['lit runtime', 'phrasing (format/)', 'embedded dataset (English, no notes)', 'styles'])
    assert.match(made.stdout, new RegExp(`^\\| ${part.replace(/[()/]/g, '\\$&')} \\| \\d+\\.\\d\\d \\|`, 'm'), part);
  const checked = sizeLimit();
  assert.equal(checked.status, 0, checked.stdout + checked.stderr);
  const results = JSON.parse(checked.stdout);
  assert.ok(results.length >= 13);
  assert.ok(results.every((r) => r.passed && r.size > 0));
});

test('fails on a deliberately inflated build, naming each part that grew too much', () => {
  const made = node('scripts/size.mjs', '--inflate=1500', '--quiet');
  assert.equal(made.status, 0, made.stderr);
  const checked = sizeLimit();
  assert.equal(checked.status, 1);
  const failed = JSON.parse(checked.stdout)
    .filter((r) => !r.passed)
    .map((r) => r.name);
  assert.ok(failed.some((n) => n.startsWith('English page')));
  assert.ok(failed.some((n) => n.startsWith('Code alone')));
  assert.ok(failed.some((n) => n.startsWith('<strike-card> alone')));
  assert.ok(failed.some((n) => n.startsWith('strike-widgets-frame.js')));
  // 1,500 incompressible bytes push the largest element over 3 KiB.
  assert.ok(failed.some((n) => n.startsWith("casualty-counter's own code")));
});
