import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { clearLoadedDatasets, registerDataset, unregisterDataset } from '../../src/data/registry.js';
import { collectErrors } from '../helpers.js';
import { echoUrl, miniDataset } from './support.js';

type Data = Awaited<ReturnType<typeof miniDataset>>;
/** One way to break the contract, and where validate() must say it is broken. */
interface Breakage {
  what: string;
  mutate: (d: Data) => unknown;
  path: string;
  message: RegExp;
}

const BREAKAGES: Breakage[] = [
  {
    what: 'a field of the wrong type',
    mutate: (d) => (d.events[0].headline = 42),
    path: '/events/0/headline',
    message: /must be a string/,
  },
  {
    what: 'a missing field',
    mutate: (d) => delete d.figures[0].claimant,
    path: '/figures/0/claimant',
    message: /required/,
  },
  {
    what: 'a field the contract does not have',
    mutate: (d) => (d.figures[0].qualifer = 'at-least'),
    path: '/figures/0/qualifer',
    message: /not a field/,
  },
  {
    what: 'an unknown metric',
    mutate: (d) => (d.figures[0].metric = 'dead'),
    path: '/figures/0/metric',
    message: /one of/,
  },
  {
    what: 'an unknown qualifier',
    mutate: (d) => (d.figures[0].qualifier = 'roughly'),
    path: '/figures/0/qualifier',
    message: /one of/,
  },
  {
    what: "a figure's event that does not exist",
    mutate: (d) => (d.figures[0].event = 'nope'),
    path: '/figures/0/event',
    message: /not an event/,
  },
  {
    what: "a figure's claimant that does not exist",
    mutate: (d) => (d.figures[0].claimant = 'nobody'),
    path: '/figures/0/claimant',
    message: /not a party or person/,
  },
  {
    what: "a figure's source that does not exist",
    mutate: (d) => (d.figures[0].reportedIn[0] = 'nowhere'),
    path: '/figures/0/reportedIn/0',
    message: /not a source/,
  },
  {
    what: "a quote's speaker who does not exist",
    mutate: (d) =>
      d.quotes.push({
        id: 'q',
        text: 'words',
        speaker: 'ghost',
        source: 'gazette-2024-02-01',
        date: '2024-02-01',
        language: 'en',
        events: ['publisher-event'],
      }),
    path: '/quotes/0/speaker',
    message: /not a party or person/,
  },
  {
    what: 'a duplicate id',
    mutate: (d) => (d.parties[1].id = d.parties[0].id),
    path: '/parties/1/id',
    message: /duplicates/,
  },
  {
    what: 'a negative count',
    mutate: (d) => (d.figures[0].value = { n: -1 }),
    path: '/figures/0/value/n',
    message: /negative/,
  },
  {
    what: 'a count that is not a finite number',
    mutate: (d) => (d.figures[0].value = { n: Number.POSITIVE_INFINITY }),
    path: '/figures/0/value/n',
    message: /finite number/,
  },
  {
    what: 'a range whose low is above its high',
    mutate: (d) => (d.figures[0].value = { low: 9, high: 3 }),
    path: '/figures/0/value',
    message: /greater than/,
  },
  {
    what: 'an impossible date',
    mutate: (d) => (d.figures[0].asOf = '2024-02-30'),
    path: '/figures/0/asOf',
    message: /calendar date/,
  },
  {
    what: 'an EDTF interval that ends before it starts',
    mutate: (d) => (d.events[0].date = '2024-02-01/2024-01-01'),
    path: '/events/0/date',
    message: /starts after it ends/,
  },
  {
    what: 'a URL that is not http(s)',
    mutate: (d) => (d.sources[0].url = 'javascript:alert(1)'),
    path: '/sources/0/url',
    message: /http\(s\)/,
  },
  { what: 'an empty text', mutate: (d) => (d.events[0].summary = '   '), path: '/events/0/summary', message: /empty/ },
  {
    what: 'an unknown schema version',
    mutate: (d) => (d.schemaVersion = 2),
    path: '/schemaVersion',
    message: /one of: 1/,
  },
  {
    what: 'a figure scoped to a place not of its event',
    mutate: (d) => {
      d.places.push({ id: 'lviv', name: 'Lviv', kind: 'city', code: 'UA-46' });
      d.figures[0].place = 'lviv';
    },
    path: '/figures/0/place',
    message: /not one of the places/,
  },
  {
    what: "a revision of another claimant's figure",
    mutate: (d) =>
      d.figures.push({ ...d.figures[0], id: 'revised', claimant: 'example-gazette', supersedes: d.figures[0].id }),
    path: '/figures/1/supersedes',
    message: /same claimant/,
  },
  { what: 'an array instead of a dataset', mutate: (d) => (d.__replace = []), path: '', message: /must be an object/ },
];

const PATHS = ['inline', 'remote', 'registered'] as const;
type PublisherPath = (typeof PATHS)[number];

async function broken(b: Breakage): Promise<unknown> {
  const d = await miniDataset();
  b.mutate(d);
  return '__replace' in d ? d.__replace : d;
}

/** Renders a strike-card reading `data` by one publisher path, beside two elements that must be unaffected. */
async function renderVia(path: PublisherPath, data: unknown, text?: string) {
  // JSON has no Infinity, but JSON.parse reads 1e999 as Infinity: a file can carry a number that is not finite.
  const jsonText = text ?? JSON.stringify(data).replace(/"n":null/g, '"n":1e999');
  registerDataset('good-mini', await miniDataset());
  if (path === 'registered') registerDataset('bad', data);
  const el = await fixture(html`<div>
    ${path === 'inline' ? html`<script type="application/json" id="bad">${jsonText}</script>` : ''}
    <strike-card event="publisher-event" dataset-id=${path === 'remote' ? '' : 'bad'} dataset-src=${path === 'remote' ? echoUrl(jsonText) : ''}></strike-card>
    <strike-card event="2022-10-10-missile-strikes"></strike-card>
    <casualty-counter dataset-id="good-mini" event="publisher-event" metric="injured"></casualty-counter>
  </div>`);
  const [bad, embedded, good] = [...el.querySelectorAll('strike-card, casualty-counter')];
  await waitUntil(() => bad!.shadowRoot?.querySelector('[part~=error]'), `an error box (${path})`, { timeout: 5000 });
  return { bad: bad!, embedded: embedded!, good: good! };
}

describe('invalid data: every rule, through every publisher path', () => {
  let errors: ReturnType<typeof collectErrors>;
  beforeEach(() => (errors = collectErrors()));
  afterEach(() => {
    errors.stop();
    unregisterDataset('bad');
    unregisterDataset('good-mini');
    clearLoadedDatasets();
  });

  for (const b of BREAKAGES) {
    for (const path of PATHS) {
      it(`${b.what}, ${path}: the message and the path in the element and the event; the rest unaffected`, async () => {
        const data = await broken(b);
        const { bad, embedded, good } = await renderVia(path, data);
        const detail = errors.errors.find((e) => e.code === 'invalid-dataset');
        expect(detail, 'an invalid-dataset event').to.not.equal(undefined);
        const problem = detail!.problems!.find((p) => p.path === b.path);
        expect(problem, `a problem at "${b.path}" in ${JSON.stringify(detail!.problems)}`).to.not.equal(undefined);
        expect(problem!.message).to.match(b.message);
        const shown = bad.shadowRoot!.textContent;
        expect(shown).to.include('The dataset is not valid.');
        expect(shown).to.include(b.path || '/');
        expect(embedded.shadowRoot!.querySelector('[part~=error]'), 'the embedded dataset still works').to.equal(null);
        expect(embedded.shadowRoot!.textContent).to.include('at least 14 killed');
        expect(good.shadowRoot!.textContent, 'another publisher dataset still works').to.include('at least 3 injured');
      });
    }
  }

  for (const path of ['inline', 'remote'] as const) {
    it(`text that is not JSON, ${path}: a clear message, the rest unaffected`, async () => {
      const { bad, embedded } = await renderVia(path, undefined, '{"schemaVersion": 1, "events": [');
      expect(errors.errors.map((e) => e.code)).to.include('invalid-dataset');
      expect(errors.errors.find((e) => e.code === 'invalid-dataset')!.message).to.match(/not valid/);
      expect(bad.shadowRoot!.textContent).to.include('The dataset is not valid.');
      expect(embedded.shadowRoot!.querySelector('[part~=error]')).to.equal(null);
    });
  }
});
