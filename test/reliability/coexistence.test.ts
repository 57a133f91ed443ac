import { expect, fixture, html } from '@open-wc/testing';

/** An "older release" that already owns one of our tags before this bundle loads. */
class OlderStrikeCard extends HTMLElement {
  static version = '0.0.1';
  connectedCallback() {
    this.attachShadow({ mode: 'open' }).textContent = 'older strike-card';
  }
}
/** Another library's elements, with names close to ours. */
class OtherLibraryCard extends HTMLElement {
  connectedCallback() {
    this.textContent = 'another library';
  }
}

describe('coexistence with other versions and other libraries', () => {
  const warnings: string[] = [];
  const pageErrors: string[] = [];
  const warn = console.warn;
  const onError = (e: ErrorEvent) => pageErrors.push(e.message);

  before(async () => {
    customElements.define('strike-card', OlderStrikeCard);
    customElements.define('strike-cards', OtherLibraryCard);
    customElements.define('quote-block-lite', class extends OtherLibraryCard {});
    window.addEventListener('error', onError);
    console.warn = (m: string) => warnings.push(m);
    await import('../../src/index.js');
  });
  after(() => {
    console.warn = warn;
    window.removeEventListener('error', onError);
  });

  it('an older version owning <strike-card>: this bundle warns once, throws nothing, and leaves it in place', async () => {
    expect(pageErrors).to.deep.equal([]);
    expect(customElements.get('strike-card')).to.equal(OlderStrikeCard);
    expect(
      warnings.filter((w) => w.includes('<strike-card> is already defined by strike-widgets 0.0.1')),
    ).to.have.length(1);
    const el = await fixture(html`<strike-card event="2022-10-10-missile-strikes"></strike-card>`);
    expect(el.shadowRoot!.textContent).to.equal('older strike-card');
  });

  it('its other elements still register and work beside the older one', async () => {
    const el = await fixture(html`<div>
      <strike-card event="x"></strike-card>
      <casualty-counter event="2022-10-10-missile-strikes"></casualty-counter>
      <quote-block quote="zelenskyy-panic-and-chaos"></quote-block>
    </div>`);
    const [, counter, quote] = [...el.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await counter!.updateComplete;
    await quote!.updateComplete;
    expect(counter!.shadowRoot!.textContent).to.include('at least 14 killed');
    expect(quote!.shadowRoot!.textContent).to.include('They want panic and chaos');
  });

  it('another library with similar tag names is untouched, and ours are unaffected by it', async () => {
    const el = await fixture(
      html`<div><strike-cards></strike-cards><quote-block-lite></quote-block-lite><casualty-counter event="2023-12-30-belgorod-attack"></casualty-counter></div>`,
    );
    expect(el.querySelector('strike-cards')!.textContent).to.equal('another library');
    expect(el.querySelector('quote-block-lite')!.textContent).to.equal('another library');
    const counter = el.querySelector('casualty-counter') as HTMLElement & { updateComplete: Promise<unknown> };
    await counter.updateComplete;
    expect(counter.shadowRoot!.textContent).to.include('at least 21 killed');
  });
});
