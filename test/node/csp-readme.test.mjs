// The embedding guide's Content-Security-Policy advice, word for word: a page served with each policy it gives renders
// every widget with no violation, and the bundle creates no Trusted Types policy that a `trusted-types` directive
// in that advice leaves out.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser, open, serveRepo, widgetSummaries, widgetsRendered } from './harness.mjs';

const guide = readFileSync('docs/embedding.md', 'utf8');
const heading = '## Content-Security-Policy and Trusted Types';
const section = guide.slice(guide.indexOf(heading), guide.indexOf('\n## ', guide.indexOf(heading) + heading.length));
const POLICIES = [...section.matchAll(/^Content-Security-Policy: (.+)$/gm)].map((m) => m[1].trim());

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('the embedding guide gives a policy with a trusted-types directive', () => {
  assert.ok(
    POLICIES.some((p) => /(^|;\s*)trusted-types /.test(p)),
    POLICIES.join('\n'),
  );
});

for (const csp of POLICIES) {
  test(`a page served with "${csp}"`, async () => {
    const server = await serveRepo({ csp });
    try {
      // Records the name of every Trusted Types policy the page's scripts try to create.
      const beforeScripts = () => {
        window.__policies = [];
        const create = window.trustedTypes.createPolicy.bind(window.trustedTypes);
        window.trustedTypes.createPolicy = (name, rules) => (window.__policies.push(name), create(name, rules));
      };
      const opened = await open(browser, `${server.url}/test/pages/plain.html`, { beforeScripts });
      await widgetsRendered(opened.page);
      const widgets = await widgetSummaries(opened.page);
      assert.deepEqual(
        widgets.filter((w) => w.error),
        [],
      );
      assert.deepEqual(await opened.page.evaluate(() => window.__violations), []);
      assert.deepEqual(await opened.page.evaluate(() => window.__errors), []);
      assert.deepEqual(opened.log.errors, []);
      const ldBlocks = await opened.page.evaluate(
        () => document.querySelectorAll('script[type="application/ld+json"]').length,
      );
      assert.ok(ldBlocks > 0, 'the JSON-LD went in through its policy');
      const allowed = csp
        .match(/(?:^|;\s*)trusted-types ([^;]*)/)?.[1]
        .trim()
        .split(/\s+/);
      if (allowed) {
        const created = await opened.page.evaluate(() => window.__policies);
        assert.ok(created.length > 0, 'policies were recorded');
        for (const name of created)
          assert.ok(allowed.includes(name), `the bundle creates "${name}", which the guide's directive does not name`);
      }
      await opened.page.close();
    } finally {
      await server.close();
    }
  });
}
