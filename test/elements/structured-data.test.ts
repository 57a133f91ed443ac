import { expect, fixtureCleanup, fixtureSync, html } from '@open-wc/testing';
import '../../src/elements/strike-card/define.js';
import '../../src/elements/quote-block/define.js';
import '../../src/elements/casualty-counter/define.js';
import { jsonLdFor, jsonLdText } from '../../src/elements/json-ld.js';
import { registerDataset, unregisterDataset } from '../../src/data/registry.js';
import { seedDataset } from '../helpers.js';

type Node = { [key: string]: unknown };
const OCT10 = '2022-10-10-missile-strikes';
const squash = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ').trim();
const shadowText = (el: Element) => squash(el.shadowRoot!.textContent ?? '');
const ours = () => [
  ...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-strike-widgets-for]'),
];

/** A connected widget with these attributes, rendered. */
async function widget(tag: 'strike-card' | 'quote-block' | 'casualty-counter', attrs: Record<string, string>) {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  fixtureSync(html`<div></div>`).append(el);
  await el.updateComplete;
  return el;
}

/** The element's JSON-LD, parsed. */
function jsonLd(el: Element): Node {
  const script = jsonLdFor(el);
  expect(script, 'a JSON-LD script').to.exist;
  expect(ours().filter((s) => s === script)).to.have.length(1);
  return JSON.parse(script!.textContent) as Node;
}

/** Every value in a JSON-LD tree, with its key and the node it belongs to (array items take their array's key). */
function* entries(value: unknown, key = '', node: Node = {}): Generator<[string, unknown, Node]> {
  if (Array.isArray(value)) for (const item of value) yield* entries(item, key, node);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* entries(v, k, value as Node);
  else yield [key, value, node];
}

/** Every name and every number of the JSON-LD is in the element's shadow text; every URL is one of its links. */
/** A name or role as "according to …" shows it in uk/ru: in the genitive ("Національної поліції України"). */
const GENITIVES = new Map<string, string>();
for (const actor of [...seedDataset.parties, ...seedDataset.persons]) {
  for (const t of Object.values(actor.i18n ?? {})) if (t?.name && t.nameGenitive) GENITIVES.set(t.name, t.nameGenitive);
}
for (const figure of seedDataset.figures) {
  for (const t of Object.values(figure.i18n ?? {})) {
    if (t?.claimantRole && t.claimantRoleGenitive) GENITIVES.set(t.claimantRole, t.claimantRoleGenitive);
  }
}
const shows = (text: string, words: string) =>
  [words, GENITIVES.get(words)].some(
    (w) => w !== undefined && text.toLocaleLowerCase().includes(squash(w).toLocaleLowerCase()),
  );

function expectShown(el: Element, data: Node) {
  const text = shadowText(el);
  const links = [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
  const datetimes = [...el.shadowRoot!.querySelectorAll('time[datetime]')].map((t) => t.getAttribute('datetime'));
  let checked = 0;
  for (const [key, value, node] of entries(data)) {
    if (['name', 'text', 'description', 'jobTitle'].includes(key) && typeof value === 'string') {
      for (const paragraph of value.split('\n\n'))
        expect(shows(text, paragraph), `${key}: ${paragraph}`).to.equal(true);
      checked++;
    } else if (typeof value === 'number' && key !== 'latitude' && key !== 'longitude') {
      expect(text, key).to.include(String(value));
    } else if (key === 'url') {
      expect(links, 'url').to.include(value);
    } else if (key === 'startDate' || key === 'endDate' || (key === 'datePublished' && node['@type'] !== 'Claim')) {
      expect(datetimes, key).to.include(value);
    }
  }
  expect(checked, 'names were checked').to.be.greaterThan(1);
}

describe('structured data (schema.org JSON-LD)', () => {
  afterEach(() => {
    fixtureCleanup();
    unregisterDataset('structured-data-test');
  });

  for (const lang of ['en', 'uk']) {
    for (const variant of ['full', 'compact']) {
      it(`<strike-card> (${variant}, ${lang}): every event's names and numbers are those the card shows`, async () => {
        for (const event of seedDataset.events) {
          const el = await widget('strike-card', { event: event.id, lang, variant, 'structured-data': '' });
          const data = jsonLd(el);
          expect(data['@context']).to.equal('https://schema.org');
          expect(data['@type']).to.equal('Event');
          expect(data.name, event.id).to.equal(squash(el.shadowRoot!.querySelector('[part~=heading]')!.textContent));
          expect(data.inLanguage).to.equal(lang);
          expectShown(el, data);
          // Each claim's author is the claimant the card names beside that figure.
          const claims = ((data.subjectOf as Node[] | undefined) ?? []).filter((n) => n['@type'] === 'Claim');
          const figures = [...el.shadowRoot!.querySelectorAll('.figure')].map((f) => squash(f.textContent));
          for (const claim of claims) {
            const author = claim.author as Node;
            expect(
              figures.some((f) => f.includes(claim.text as string) && shows(f, author.name as string)),
              `${event.id}: ${claim.text as string}`,
            ).to.be.true;
          }
          if (variant === 'full') {
            const places = [data.location ?? []].flat() as Node[];
            expect(places.map((p) => p.name)).to.have.length(event.places.length);
            for (const p of places) expect(p.address).to.have.property('addressCountry').with.length(2);
          }
          el.remove();
        }
      });
    }

    it(`<quote-block> (${lang}): every quote verbatim, with the speaker, role and source the block shows`, async () => {
      for (const quote of seedDataset.quotes) {
        const el = await widget('quote-block', { quote: quote.id, lang, 'structured-data': '' });
        const data = jsonLd(el);
        expect(data['@type']).to.equal('Quotation');
        expect(data.text).to.equal(quote.text);
        const paragraphs = [...el.shadowRoot!.querySelectorAll('blockquote [part=text] > p')].map((p) => p.textContent);
        expect(paragraphs.join('\n\n')).to.equal(data.text);
        const creator = data.creator as Node;
        expect(creator.name).to.equal(squash(el.shadowRoot!.querySelector('[part=speaker]')!.textContent));
        if (quote.role)
          expect(creator.jobTitle).to.equal(squash(el.shadowRoot!.querySelector('[part=role]')!.textContent));
        expectShown(el, data);
        el.remove();
      }
    });
  }

  it('a figure claimed by a person names them as a Person with their role then', async () => {
    const el = await widget('strike-card', { event: '2023-12-29-aerial-bombardment', 'structured-data': '' });
    const authors = (jsonLd(el).subjectOf as Node[]).flatMap((n) => (n.author ? [n.author as Node] : []));
    expect(authors.some((a) => a['@type'] === 'Person' && a.jobTitle)).to.be.true;
    expect(authors.some((a) => a['@type'] === 'Organization')).to.be.true;
  });

  it('is off by default, and casualty-counter has none', async () => {
    const before = ours().length;
    await widget('strike-card', { event: OCT10 });
    await widget('quote-block', { quote: 'zelenskyy-panic-and-chaos' });
    await widget('casualty-counter', { event: OCT10, metric: 'killed', 'structured-data': '' });
    expect(ours()).to.have.length(before);
  });

  it('goes with the element and with the attribute, and comes back with either', async () => {
    const el = await widget('strike-card', { event: OCT10, 'structured-data': '' });
    const script = jsonLdFor(el)!;
    expect(script.dataset.strikeWidgetsFor).to.match(/^strike-card-\d+$/);
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(jsonLdFor(el)).to.be.undefined;
    expect(script.isConnected).to.be.false;
    (el as unknown as { structuredData: boolean }).structuredData = true;
    await el.updateComplete;
    expect(jsonLdFor(el)).to.equal(script);
    const parent = el.parentElement!;
    el.remove();
    expect(script.isConnected).to.be.false;
    parent.append(el);
    await el.updateComplete;
    expect(jsonLdFor(el)).to.equal(script);
    const quote = await widget('quote-block', { quote: 'zelenskyy-panic-and-chaos', 'structured-data': '' });
    expect(jsonLdFor(quote)).to.exist;
    quote.remove();
    expect(jsonLdFor(quote)).to.be.undefined;
  });

  it('one script per element however often it re-renders, following its event, variant and language', async () => {
    const before = ours().length;
    const el = await widget('strike-card', { event: OCT10, 'structured-data': '' });
    for (const [name, value] of [
      ['lang', 'uk'],
      ['variant', 'compact'],
      ['event', '2023-12-30-belgorod-attack'],
      ['lang', 'ru'],
      ['variant', 'full'],
    ]) {
      el.setAttribute(name!, value!);
      await el.updateComplete;
      expect(ours(), `${name}=${value}`).to.have.length(before + 1);
      expectShown(el, jsonLd(el));
    }
    expect(jsonLd(el).inLanguage).to.equal('ru');
    el.parentElement!.setAttribute('lang', 'uk');
    el.removeAttribute('lang');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(jsonLd(el).inLanguage, 'an ancestor’s lang').to.equal('uk');
    expect(ours()).to.have.length(before + 1);
  });

  it('none in an error state, and it leaves when the element falls into one', async () => {
    const before = ours().length;
    const unknown = await widget('strike-card', { event: 'no-such-event', 'structured-data': '' });
    const missing = await widget('quote-block', { 'structured-data': '' });
    const badDataset = await widget('strike-card', {
      event: OCT10,
      'dataset-id': 'nothing-by-this-name',
      'structured-data': '',
    });
    expect([unknown, missing, badDataset].map((el) => jsonLdFor(el))).to.deep.equal([undefined, undefined, undefined]);
    expect(ours()).to.have.length(before);
    const el = await widget('quote-block', { quote: 'zelenskyy-panic-and-chaos', 'structured-data': '' });
    expect(jsonLdFor(el)).to.exist;
    el.setAttribute('quote', 'no-such-quote');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=error]')).to.exist;
    expect(jsonLdFor(el)).to.be.undefined;
  });

  it('text with </script> in a dataset stays inside the JSON', async () => {
    const evil = '</script><script>window.__pwned = true</script><!--';
    const data = structuredClone<typeof seedDataset>(seedDataset);
    data.events[0]!.headline = `Headline ${evil}`;
    data.events[0]!.summary = `Summary ${evil}`;
    data.quotes[0]!.text = `Quote ${evil}`;
    expect(registerDataset('structured-data-test', data)).to.deep.equal([]);
    const scriptsBefore = document.querySelectorAll('script').length;
    const card = await widget('strike-card', {
      event: data.events[0]!.id,
      'dataset-id': 'structured-data-test',
      'structured-data': '',
    });
    const quote = await widget('quote-block', {
      quote: data.quotes[0]!.id,
      'dataset-id': 'structured-data-test',
      'structured-data': '',
    });
    for (const el of [card, quote]) {
      const text = jsonLdFor(el)!.textContent;
      expect(text).not.to.include('<');
      expect(text).to.include('\\u003c/script>');
    }
    expect(jsonLd(card).name).to.equal(`Headline ${evil}`);
    expect(jsonLd(quote).text).to.equal(`Quote ${evil}`);
    expect(document.querySelectorAll('script').length, 'only the two JSON-LD scripts were added').to.equal(
      scriptsBefore + 2,
    );
    expect((window as { __pwned?: boolean }).__pwned).to.be.undefined;
    // And serialised into a page's HTML (a CMS saving the DOM), the data block still holds it.
    const reparsed = new DOMParser().parseFromString(`<head>${jsonLdFor(card)!.outerHTML}</head>`, 'text/html');
    expect(reparsed.querySelectorAll('script')).to.have.length(1);
    expect((JSON.parse(reparsed.querySelector('script')!.textContent) as { name: unknown }).name).to.equal(
      `Headline ${evil}`,
    );
  });

  it('jsonLdText escapes every <', () => {
    expect(jsonLdText({ a: '</script>', b: '<!--' })).to.equal('{"a":"\\u003c/script>","b":"\\u003c!--"}');
  });
});
