// Pages that lock down JavaScript's built-ins before any other script runs (SES's `lockdown()` freezes every
// intrinsic; some pages freeze only `Symbol`): the bundle must still load and every widget render.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, open, serveRepo, widgetSummaries, widgetsRendered } from './harness.mjs';

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await serveRepo();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** What `lockdown()` does to the language's intrinsics, in short: each constructor, its prototype and namespace frozen. */
function freezeIntrinsics() {
  const names = [
    'Object',
    'Array',
    'Function',
    'Symbol',
    'String',
    'Number',
    'Boolean',
    'BigInt',
    'Map',
    'Set',
    'WeakMap',
    'WeakSet',
    'WeakRef',
    'Promise',
    'RegExp',
    'Date',
    'Error',
    'TypeError',
    'RangeError',
    'SyntaxError',
    'ArrayBuffer',
    'Uint8Array',
    'DataView',
    'Proxy',
  ];
  for (const name of names) {
    const ctor = globalThis[name];
    if (!ctor) continue;
    Object.freeze(ctor);
    if (ctor.prototype) Object.freeze(ctor.prototype);
  }
  for (const ns of [JSON, Math, Reflect, Intl, Atomics]) Object.freeze(ns);
  Object.freeze(Object.getPrototypeOf(function* () {}));
  Object.freeze(Object.getPrototypeOf(async function () {}));
  Object.freeze(Object.getPrototypeOf(Uint8Array));
  Object.freeze(Object.getPrototypeOf(Uint8Array.prototype));
}

const LOCKS = {
  'Symbol frozen': () => Object.freeze(Symbol),
  'every intrinsic frozen (as by SES lockdown)': freezeIntrinsics,
};

for (const [name, lock] of Object.entries(LOCKS)) {
  test(`${name}: the bundle loads and every widget renders`, async () => {
    const opened = await open(browser, `${server.url}/test/pages/plain.html`, { beforeScripts: lock });
    try {
      assert.equal(await opened.page.evaluate(() => Object.isFrozen(Symbol)), true, 'the lock held');
      await widgetsRendered(opened.page);
      const widgets = await widgetSummaries(opened.page);
      assert.deepEqual(
        widgets.filter((w) => w.error),
        [],
      );
      assert.deepEqual(opened.log.errors, []);
      assert.match(widgets.map((w) => w.text).join('\n'), /at least 14 killed/);
    } finally {
      await opened.page.close();
    }
  });
}
