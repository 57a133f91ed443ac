// `npm run bench` in its quick mode, smaller still (N = 2, one run, a 200-event dataset, no peer): the benchmark
// still runs end to end, prints its tables, measures numbers and profiles the page. The figures come from `npm run bench`, not from here.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';

test(
  'npm run bench -- --quick --ns 2 --events 200 --profile prints the tables, measures numbers and profiles the page',
  { timeout: 120_000 },
  () => {
    const run = spawnSync(
      process.execPath,
      ['scripts/bench.mjs', '--quick', '--ns', '2', '--events', '200', '--profile'],
      {
        encoding: 'utf8',
        timeout: 110_000,
      },
    );
    assert.equal(run.status, 0, `bench --quick failed:\n${run.stderr}\n${run.stdout}`);
    const out = run.stdout;

    // The widgets-against-static table: its header and one row for N = 2 with numbers in every column.
    assert.match(
      out,
      /\| N \| widgets, ms \| static HTML, ms \| ratio widgets\/static \| per widget, µs: \(T\(N\) − T\(0\)\) \/ N \| JS heap widgets \/ static, MB \|/,
    );
    const row = out.split('\n').find((line) => line.startsWith('| 2 | ') && line.includes('/'));
    assert.ok(row, `no N = 2 row in:\n${out}`);
    assert.equal(row.split('|').length - 2, 6, row);
    assert.match(
      row,
      /^\| 2 \| [\d.]+ \([\d.]+–[\d.]+\) \| [\d.]+ \([\d.]+–[\d.]+\) \| [\d.]+ \([\d.]+–[\d.]+\) \| -?\d+ \(-?\d+–-?\d+\) \| [\d.]+ \/ [\d.]+ \|$/,
    );
    // The other tables: the large dataset, layout shift and the targets.
    assert.match(out, /\| N \| 200 events, ms \(set-up subtracted\) \| per widget, µs \|/);
    assert.match(out, /\| page \| desktop 1280×800 \|\n\| --- \| ---: \|\n\| fallback \| \d\.\d{4} \|/);
    assert.match(out, /\| target \| measured \| met \|/);
    assert.equal(
      (out.match(/^\| (ratio|JS heap|DOM nodes|per widget|lookup|CLS).*\| (yes|\*\*no\*\*) \|$/gm) ?? []).length,
      8,
    );
    // Strike cards alone: time, ratio, heap and nodes per card against their static twin, all measured.
    assert.match(
      out,
      /^\| 2 strike cards \| [\d.]+ \([\d.]+–[\d.]+\) \| [\d.]+ \([\d.]+–[\d.]+\) \| [\d.]+ \([\d.]+–[\d.]+\) \| -?[\d.]+ \(-?[\d.]+–-?[\d.]+\) \(static [\d.]+\) \| \d+ \(\d+ comments\), static \d+: [\d.]+× \|$/m,
    );
    // Where the time goes, from traces: script (with microtasks) and the rest, in numbers, for the widgets, their two twins and the bundle alone.
    const where = out.split('\n').find((line) => line.startsWith('Where the time goes at N = 2'));
    assert.ok(where, 'no "where the time goes" line');
    assert.equal(
      (where.match(/script \d+ ms \(microtasks included\), GC \d+, style \d+, layout \d+/g) ?? []).length,
      4,
      where,
    );

    // The same shadow DOM built by a script without Lit: its time and the widgets' ratio to it, measured.
    assert.match(
      out,
      /^The same shadow DOM built by a script without Lit .*: N = 2: [\d.]+ \([\d.]+–[\d.]+\) ms; widgets \/ script-built [\d.]+ \([\d.]+–[\d.]+\)\.$/m,
    );

    // The CPU profile of the widget page, built from the package's modules: its self time by module names ours.
    assert.match(out, /^CPU profile of 2 widgets \(unminified bundle/m);
    assert.match(out, /^ +[\d.]+ ms +src\/elements$/m);

    const results = JSON.parse(readFileSync('bench/out/quick/results.json', 'utf8'));
    const row2 = results.rows['2'];
    for (const key of [
      'widgets',
      'light',
      'shadow',
      'ratio',
      'perWidget',
      'heapWidgets',
      'heapLight',
      'large',
      'largePerWidget',
    ]) {
      for (const stat of ['median', 'min', 'max'])
        assert.ok(Number.isFinite(row2[key][stat]), `${key}.${stat} = ${row2[key][stat]}`);
    }
    assert.ok(row2.widgets.median > 0 && row2.light.median > 0);
    assert.ok(results.scripted.t.median > 0 && Number.isFinite(results.scripted.ratio.median), 'script-built twin');
    assert.ok(Number.isFinite(results.t0.median) && results.t0.median > 0);
    assert.ok(results.cards.nodes > results.cards.comments && results.cards.nodesStatic > 0, 'nodes counted');
    // Every traced page has its main-thread time split into categories, each a measured number. (No comparison between
    // pages: one trace of two widgets is too noisy to order, and its split between "script" and "other" varies.)
    for (const [page, runs] of Object.entries(results.traces)) {
      const [trace] = runs;
      for (const [category, ms] of Object.entries(trace))
        assert.ok(Number.isFinite(ms) && ms >= 0, `${page} ${category} = ${ms}`);
      assert.ok(trace.script + trace.other > 0, `${page}: nothing traced`);
    }
    assert.deepEqual(Object.keys(results.traces).sort(), [
      'cards-2',
      'cards-shadow-2',
      'scripted-2',
      'shadow-2',
      'widgets-0',
      'widgets-2',
    ]);
    for (const key of ['embeddedNs', 'sameNs', 'largeNs', 'largeIndexMs'])
      assert.ok(Number.isFinite(results.lookups[key]), key);
    assert.ok(results.lookups.sameResults, 'the lookups return the same results against either dataset');
    assert.ok(Number.isFinite(results.cls[0].max));
    // The static page carries the widgets' content, and no page failed, left a widget loading or reached the network.
    assert.equal(results.sanity.sameText, true);
    assert.deepEqual(results.problems, []);
  },
);
