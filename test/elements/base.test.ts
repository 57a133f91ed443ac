import '../../src/format/locales/all.js';
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import type { TemplateResult } from 'lit';
import { StrikeWidgetElement, defineElement, failure } from '../../src/elements/base.js';
import type { Failure, StrikeWidgetsErrorDetail } from '../../src/elements/base.js';
import { baseStyles } from '../../src/styles/tokens.js';
import { eventById } from '../../src/data/query.js';
import type { Dataset } from '../../src/data/model.js';
import { clearLoadedDatasets, registerDataset, unregisterDataset } from '../../src/data/registry.js';
import { localized } from '../../src/format/phrase.js';
import type { Locale } from '../../src/format/phrase.js';
import { resetStrings, setStrings } from '../../src/format/strings.js';

/** The smallest widget: shows an event's headline. Exercises everything the base does for every element. */
class ProbeWidget extends StrikeWidgetElement {
  static override properties = { ...StrikeWidgetElement.properties, event: {}, explode: { type: Boolean } };
  static override styles = baseStyles;
  declare event: string | undefined;
  declare explode: boolean;

  protected override checkAttributes(): Failure | undefined {
    return super.checkAttributes() ?? (this.event ? undefined : failure('missing-attribute', { name: 'event' }));
  }

  protected override renderWidget(ds: Dataset, loc: Locale): TemplateResult | Failure {
    if (this.explode) throw new Error('boom');
    const event = eventById(ds, this.event!);
    if (!event) return failure('unknown-event', { id: this.event! });
    return litHtml`<h3>${localized(loc, event, 'headline').text}</h3>`;
  }
}
defineElement('probe-widget', ProbeWidget);

const shadowText = (el: Element) => el.shadowRoot!.textContent.replace(/[ \t\n\r\f]+/g, ' ').trim();
const heading = (el: Element) => el.shadowRoot!.querySelector('h3')?.textContent;

describe('base element', () => {
  let errors: StrikeWidgetsErrorDetail[];
  const collect = (e: Event) => errors.push((e as CustomEvent<StrikeWidgetsErrorDetail>).detail);
  beforeEach(() => {
    errors = [];
    document.addEventListener('strike-widgets-error', collect);
  });
  afterEach(() => {
    document.removeEventListener('strike-widgets-error', collect);
    resetStrings();
  });

  it('renders from the embedded dataset and is accessible', async () => {
    const el = await fixture(html`<probe-widget event="2022-10-10-missile-strikes"></probe-widget>`);
    expect(heading(el)).to.equal('Russian missile and drone strikes on Kyiv and cities across Ukraine');
    await expect(el).to.be.accessible();
  });

  describe('language', () => {
    it("uses the element's own lang", async () => {
      const el = await fixture(html`<probe-widget lang="uk" event="2022-10-10-missile-strikes"></probe-widget>`);
      expect(heading(el)).to.equal('Російські удари ракетами та дронами по Києву й містах по всій Україні');
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('uk');
    });
    it("uses the nearest ancestor's lang, across a shadow root, and follows when it changes", async () => {
      const wrapper = await fixture(html`<section lang="ru"><div></div></section>`);
      const host = wrapper.querySelector('div')!;
      const shadow = host.attachShadow({ mode: 'open' });
      const el = document.createElement('probe-widget') as ProbeWidget;
      el.event = '2022-10-10-missile-strikes';
      shadow.append(el);
      await el.updateComplete;
      expect(heading(el)).to.match(/^Российские/);
      wrapper.setAttribute('lang', 'uk');
      await waitUntil(() => heading(el)?.startsWith('Російські'), 're-rendered in Ukrainian');
    });
    it("falls back to the document's language, then English; unsupported languages read in English", async () => {
      const root = document.documentElement;
      const pageLang = root.getAttribute('lang');
      try {
        root.setAttribute('lang', 'uk');
        const el = await fixture(html`<probe-widget event="2022-10-10-missile-strikes"></probe-widget>`);
        expect(heading(el), "the document's language").to.match(/^Російські/);
        root.removeAttribute('lang');
        const bare = await fixture(html`<probe-widget event="2022-10-10-missile-strikes"></probe-widget>`);
        expect(heading(bare), 'no language anywhere').to.match(/^Russian missile/);
        const german = await fixture(html`<probe-widget lang="de" event="2022-10-10-missile-strikes"></probe-widget>`);
        expect(heading(german), 'an unsupported language').to.match(/^Russian missile/);
      } finally {
        if (pageLang === null) root.removeAttribute('lang');
        else root.setAttribute('lang', pageLang);
      }
    });
    it('re-renders when its own lang changes', async () => {
      const el = await fixture<ProbeWidget>(html`<probe-widget event="2022-10-10-missile-strikes"></probe-widget>`);
      el.setAttribute('lang', 'uk-UA');
      await el.updateComplete;
      expect(heading(el)).to.match(/^Російські/);
    });
  });

  describe('bad input', () => {
    it('a missing attribute: visible translated message, one bubbling composed event, one warning', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const dispatched: Event[] = [];
        const keep = (e: Event) => dispatched.push(e);
        document.addEventListener('strike-widgets-error', keep);
        const el = await fixture(html`<probe-widget lang="uk"></probe-widget>`);
        await waitUntil(() => errors.length === 1);
        document.removeEventListener('strike-widgets-error', keep);
        expect(
          dispatched.map((e) => [e.bubbles, e.composed]),
          'bubbling and composed',
        ).to.deep.equal([[true, true]]);
        expect(shadowText(el)).to.include('Бракує атрибута «event».');
        expect(errors[0]).to.deep.equal({ code: 'missing-attribute', message: 'The “event” attribute is missing.' });
        (el as ProbeWidget).requestUpdate();
        await (el as ProbeWidget).updateComplete;
        expect(errors.length, 'the same error is reported once').to.equal(1);
        expect(warnings.filter((w) => String(w[0]).includes('“event” attribute is missing'))).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });
    it('an unknown event', async () => {
      const el = await fixture(html`<probe-widget event="no-such-event"></probe-widget>`);
      await waitUntil(() => errors.length === 1);
      expect(errors[0]!.code).to.equal('unknown-event');
      expect(shadowText(el)).to.include('There is no event “no-such-event” in this dataset.');
    });
    it('an invalid theme', async () => {
      await fixture(html`<probe-widget theme="blue" event="2022-10-10-missile-strikes"></probe-widget>`);
      await waitUntil(() => errors.length === 1);
      expect(errors[0]).to.include({ code: 'invalid-attribute' });
    });
    it('an exception while rendering shows a message, not a stack trace, and the page goes on', async () => {
      const consoleError = console.error;
      console.error = () => {};
      try {
        const el = await fixture(html`<div>
          <probe-widget explode event="2022-10-10-missile-strikes"></probe-widget>
          <probe-widget event="2022-10-10-missile-strikes"></probe-widget>
        </div>`);
        const [broken, fine] = el.querySelectorAll('probe-widget');
        await waitUntil(() => errors.length === 1);
        expect(errors[0]!.code).to.equal('render-failed');
        expect(shadowText(broken!)).to.include('Something went wrong');
        expect(shadowText(broken!)).to.not.include('boom');
        expect(heading(fine!)).to.match(/^Russian/);
      } finally {
        console.error = consoleError;
      }
    });
    it('recovers when the attribute is fixed', async () => {
      const el = await fixture<ProbeWidget>(html`<probe-widget event="nope"></probe-widget>`);
      await waitUntil(() => errors.length === 1);
      el.event = '2022-10-10-missile-strikes';
      await el.updateComplete;
      expect(heading(el)).to.match(/^Russian/);
      expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    });
  });

  describe("publishers' datasets", () => {
    const mini = () => fetch('/test/fixtures/mini-dataset.json').then((r) => r.json() as Promise<unknown>);
    afterEach(() => {
      unregisterDataset('probe-registered');
      clearLoadedDatasets();
    });

    it('reads an inline <script type="application/json"> named by dataset-id on an ancestor', async () => {
      const json = JSON.stringify(await mini());
      const el = await fixture(html`<div dataset-id="probe-inline">
        <script type="application/json" id="probe-inline">${json}</script>
        <probe-widget event="publisher-event"></probe-widget>
      </div>`);
      // The widget's first update waits for the module that reads a page's own data.
      const widget = el.querySelector<ProbeWidget>('probe-widget')!;
      await widget.updateComplete;
      expect(heading(widget)).to.equal("A publisher's own event");
    });
    it('reports inline JSON that does not parse', async () => {
      await fixture(html`<div>
        <script type="application/json" id="probe-bad-json">{ not json</script>
        <probe-widget dataset-id="probe-bad-json" event="publisher-event"></probe-widget>
      </div>`);
      await waitUntil(() => errors.length === 1);
      expect(errors[0]!.code).to.equal('invalid-dataset');
    });
    it('reports an invalid dataset with the JSON paths of its problems', async () => {
      const data = (await mini()) as { figures: { metric: string }[] };
      data.figures[0]!.metric = 'dead';
      registerDataset('probe-registered', data);
      const el = await fixture(
        html`<probe-widget dataset-id="probe-registered" event="publisher-event"></probe-widget>`,
      );
      await waitUntil(() => errors.length === 1);
      expect(errors[0]!.code).to.equal('invalid-dataset');
      expect(errors[0]!.problems!.map((p) => p.path)).to.deep.equal(['/figures/0/metric']);
      expect(shadowText(el)).to.include('/figures/0/metric');
    });
    it('a registered dataset wins over an inline script with the same id', async () => {
      const data = (await mini()) as { events: { headline: string }[] };
      data.events[0]!.headline = 'Registered wins';
      registerDataset('probe-registered', data);
      const el = await fixture(html`<div>
        <script type="application/json" id="probe-registered">${JSON.stringify(await mini())}</script>
        <probe-widget dataset-id="probe-registered" event="publisher-event"></probe-widget>
      </div>`);
      expect(heading(el.querySelector('probe-widget')!)).to.equal('Registered wins');
    });
    it('an unknown dataset id is an error (once the wait for a late one is over) until the dataset is registered', async () => {
      StrikeWidgetElement.datasetGraceMs = 0;
      const el = await fixture(
        html`<probe-widget dataset-id="probe-registered" event="publisher-event"></probe-widget>`,
      );
      await waitUntil(() => errors.length === 1);
      expect(errors[0]!.code).to.equal('dataset-not-found');
      registerDataset('probe-registered', await mini());
      await waitUntil(() => heading(el) === "A publisher's own event", 'renders once registered');
      StrikeWidgetElement.datasetGraceMs = 3000;
    });
    it('fetches a remote dataset once for many elements, showing the fallback content while it loads', async () => {
      const requests: string[] = [];
      const realFetch = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        requests.push(input instanceof Request ? input.url : String(input));
        return realFetch(input, init);
      };
      try {
        const el = fixtureSync(html`<div>
          ${[1, 2, 3, 4, 5].map(
            () => html`<probe-widget dataset-src="/test/fixtures/mini-dataset.json" event="publisher-event"
              ><p>Fallback</p></probe-widget
            >`,
          )}
        </div>`);
        const widgets = [...el.querySelectorAll('probe-widget')] as ProbeWidget[];
        await widgets[0]!.updateComplete;
        const firstSlot = widgets[0]!.shadowRoot!.querySelector('slot');
        expect(firstSlot?.assignedElements()[0]?.textContent, 'fallback shows while loading').to.equal('Fallback');
        await waitUntil(() => widgets.every((w) => heading(w) === "A publisher's own event"), 'all rendered');
        expect(requests.filter((r) => r.includes('mini-dataset.json'))).to.have.length(1);
      } finally {
        window.fetch = realFetch;
      }
    });
    it('reports a remote dataset that is missing (HTTP 404) or not JSON', async () => {
      await fixture(html`<div>
        <probe-widget dataset-src="/test/fixtures/missing.json" event="x"></probe-widget>
        <probe-widget dataset-src="/test/fixtures/not-json.json" event="x"></probe-widget>
      </div>`);
      await waitUntil(() => errors.length === 2, 'two errors');
      expect(errors.map((e) => e.code).sort()).to.deep.equal(['dataset-load-failed', 'invalid-dataset']);
      expect(errors.find((e) => e.code === 'dataset-load-failed')!.message).to.include('HTTP 404');
    });
    it('refuses a dataset-src that is not http(s)', async () => {
      await fixture(html`<probe-widget dataset-src="javascript:alert(1)" event="x"></probe-widget>`);
      await waitUntil(() => errors.length === 1);
      expect(errors[0]).to.include({ code: 'invalid-attribute' });
    });
  });

  describe('strings', () => {
    it('publishers override UI strings with setStrings()', async () => {
      setStrings('en', { error: { 'unknown-event': 'Nothing called {id} here.' } });
      const el = await fixture(html`<probe-widget event="nope"></probe-widget>`);
      expect(shadowText(el)).to.include('Nothing called nope here.');
    });
    it('and with a JSON block on the page, without JavaScript', async () => {
      const el = await fixture(html`<div>
        <script type="application/json" data-strike-widgets-strings>{"uk": {"errorTitle": "Віджет недоступний"}}</script>
        <probe-widget lang="uk"></probe-widget>
      </div>`);
      const widget = el.querySelector('probe-widget')!;
      await waitUntil(() => shadowText(widget).includes('Віджет недоступний'));
    });
  });

  describe('registration', () => {
    it('defining a tag twice, or by another class, warns and does not throw', () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (m: string) => warnings.push(m);
      try {
        expect(defineElement('probe-widget', ProbeWidget)).to.equal(false);
        expect(defineElement('probe-widget', class extends ProbeWidget {})).to.equal(false);
        expect(warnings.join('\n')).to.match(/already defined by strike-widgets/);
      } finally {
        console.warn = warn;
      }
    });
  });

  it('errors on one element leave the others on the page working', async () => {
    const el = await fixture(html`<div>
      <probe-widget event="nope"></probe-widget>
      <probe-widget event="kerch-bridge-attack"></probe-widget>
    </div>`);
    const [bad, good] = el.querySelectorAll('probe-widget');
    await waitUntil(() => bad!.shadowRoot?.querySelector('[part=error]'), 'an error box');
    expect(errors.map((e) => e.code)).to.deep.equal(['unknown-event']);
    expect(heading(good!)).to.equal('Attack on the Kerch Bridge to Crimea');
  });
});
