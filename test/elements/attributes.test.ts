import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, render } from 'lit';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { oneOf } from '../../src/elements/attributes.js';
import { StrikeWidgetElement, defineElement } from '../../src/elements/base.js';
import type { Failure, StrikeWidgetsErrorDetail } from '../../src/elements/base.js';
import { heading } from '../../src/elements/templates.js';
import { shadowText } from '../helpers.js';

/** A widget that declares one rule and checks nothing by hand: the base alone must enforce it. */
class RuleProbe extends StrikeWidgetElement {
  static override properties = {
    ...StrikeWidgetElement.properties,
    tone: { reflect: true, converter: oneOf(['soft', 'loud'], 'soft') },
  };
  declare tone: 'soft' | 'loud';
  constructor() {
    super();
    this.tone = 'soft';
  }
  protected override renderWidget(): TemplateResult | Failure {
    return litHtml`<p>tone ${this.tone}</p>`;
  }
}
defineElement('rule-probe', RuleProbe);

const errorOf = (el: Element) =>
  el
    .shadowRoot!.querySelector('[part~=error]')
    ?.textContent?.replace(/[ \t\n\r\f]+/g, ' ')
    .trim();

describe('attribute rules', () => {
  it('a rule declared with the property is checked by the base, and its values are offered', async () => {
    const errors: StrikeWidgetsErrorDetail[] = [];
    const collect = (e: Event) => errors.push((e as CustomEvent<StrikeWidgetsErrorDetail>).detail);
    document.addEventListener('strike-widgets-error', collect);
    try {
      const el = await fixture<RuleProbe>(html`<rule-probe tone="shrill"></rule-probe>`);
      expect(errorOf(el)).to.include('“shrill” is not a valid value for “tone”');
      expect(errorOf(el)).to.include('soft, loud');
      expect(errors[0]).to.include({ code: 'invalid-attribute' });
      el.setAttribute('tone', 'loud');
      await el.updateComplete;
      expect(shadowText(el)).to.equal('tone loud');
    } finally {
      document.removeEventListener('strike-widgets-error', collect);
    }
  });

  it('removing an attribute goes back to its default, as on a fresh element', async () => {
    const cases: [tag: string, attrs: string, name: string, property: string, fallback: unknown][] = [
      ['rule-probe', '', 'tone', 'tone', 'soft'],
      ['strike-card', 'event="2022-10-10-missile-strikes"', 'variant', 'variant', 'full'],
      ['strike-card', 'event="2022-10-10-missile-strikes"', 'heading-level', 'headingLevel', 3],
      ['strike-timeline', 'from="2022-10-10-missile-strikes"', 'variant', 'variant', 'full'],
      ['claim-compare', 'event="2023-12-30-belgorod-attack"', 'heading-level', 'headingLevel', 3],
      ['casualty-counter', 'event="2022-10-10-missile-strikes"', 'metric', 'metric', 'killed'],
    ];
    const changed: Record<string, string> = {
      tone: 'loud',
      variant: 'compact',
      'heading-level': '5',
      metric: 'injured',
    };
    for (const [tag, attrs, name, property, fallback] of cases) {
      const holder = await fixture(html`<div></div>`);
      holder.innerHTML = `<${tag} ${attrs}></${tag}><${tag} ${attrs}></${tag}>`;
      const [el, fresh] = [...holder.children] as StrikeWidgetElement[];
      el!.setAttribute(name, changed[name]!);
      await el!.updateComplete;
      el!.removeAttribute(name);
      await el!.updateComplete;
      await fresh!.updateComplete;
      expect((el as unknown as Record<string, unknown>)[property], `${tag} ${name}`).to.equal(fallback);
      expect(el!.hasAttribute(name), `${tag} ${name} is not written back`).to.equal(false);
      expect(shadowText(el!), `${tag} ${name}`).to.equal(shadowText(fresh!));
    }
  });
});

describe('heading template', () => {
  const rendered = (t: TemplateResult) => {
    const box = document.createElement('div');
    render(t, box);
    return box.querySelector('h1, h2, h3, h4, h5, h6')!;
  };

  it('renders a real heading of the level, with its id, part and focusability', () => {
    const h = rendered(heading(2, 'Title', { id: 'step-a', part: 'heading', focusable: true }));
    expect(h.localName).to.equal('h2');
    expect([h.id, h.getAttribute('part'), h.getAttribute('tabindex'), h.textContent]).to.deep.equal([
      'step-a',
      'heading',
      '-1',
      'Title',
    ]);
    const plain = rendered(heading(4, 'Sub'));
    expect([
      plain.localName,
      plain.hasAttribute('id'),
      plain.hasAttribute('part'),
      plain.hasAttribute('tabindex'),
    ]).to.deep.equal(['h4', false, false, false]);
  });

  it('levels past 6 stay at 6 (the subheadings of an h5 or h6)', () => {
    expect([1, 3, 5, 6, 7, 8].map((level) => rendered(heading(level, 'x')).localName)).to.deep.equal([
      'h1',
      'h3',
      'h5',
      'h6',
      'h6',
      'h6',
    ]);
  });
});
