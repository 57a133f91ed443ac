import { expect } from '@open-wc/testing';
import '../../src/index.js';

/**
 * No element's property, method or attribute may hide a member of `HTMLElement.prototype` or its chain (Element,
 * Node, EventTarget): frameworks that set properties (React 19 sets any prop whose name is `in` the element) would
 * overwrite the platform's member, e.g. `animate` replaced `Element.prototype.animate` and the count-up never ran.
 * The names come from the Custom Elements Manifest and from the registered classes, not from source text.
 */

interface ManifestMember {
  name: string;
  kind: string;
  static?: boolean;
}
interface ManifestAttribute {
  name: string;
  fieldName?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/** Global attributes an element reads as the platform means them (the reader's language), not names of its own. */
const GLOBAL_ATTRIBUTES_READ = new Set(['lang']);

const platform = (name: string) => name in HTMLElement.prototype;

describe('names that collide with the platform', () => {
  let elements: ManifestDeclaration[] = [];
  before(async () => {
    const manifest = (await fetch('/custom-elements.json').then((r) => r.json())) as Manifest;
    elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  });

  it('the manifest describes the five elements', () => {
    expect(elements.map((d) => d.tagName).sort()).to.deep.equal([
      'casualty-counter',
      'claim-compare',
      'quote-block',
      'strike-card',
      'strike-timeline',
    ]);
  });

  it("no instance member in the manifest (public or not: all exist at run time) is a member of HTMLElement's chain", () => {
    const clashes = elements.flatMap((d) =>
      (d.members ?? []).filter((m) => !m.static && platform(m.name)).map((m) => `<${d.tagName}>.${m.name}`),
    );
    expect(clashes).to.deep.equal([]);
  });

  it("no attribute in the manifest is the name of a member of HTMLElement's chain", () => {
    const clashes = elements.flatMap((d) =>
      (d.attributes ?? [])
        .filter(
          (a) => !GLOBAL_ATTRIBUTES_READ.has(a.name) && (platform(a.name) || (a.fieldName && platform(a.fieldName))),
        )
        .map((a) => `<${d.tagName} ${a.name}>`),
    );
    expect(clashes).to.deep.equal([]);
  });

  it('no reactive property of a registered class, nor its attribute, is a member of the chain', () => {
    const clashes: string[] = [];
    for (const d of elements) {
      const ctor = customElements.get(d.tagName!) as unknown as {
        elementProperties: Map<PropertyKey, { attribute?: boolean | string }>;
      };
      expect(ctor, d.tagName).to.not.equal(undefined);
      for (const [name, options] of ctor.elementProperties) {
        if (typeof name !== 'string') continue;
        const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
        if (platform(name)) clashes.push(`<${d.tagName}>.${name}`);
        if (options.attribute !== false && platform(attribute)) clashes.push(`<${d.tagName} ${attribute}>`);
      }
    }
    expect(clashes).to.deep.equal([]);
  });

  it('a framework that sets the count-up property leaves Element.animate() in place', () => {
    const el = document.createElement('casualty-counter') as HTMLElement & { countUp: boolean };
    const props: Record<string, unknown> = { 'count-up': true, countUp: true };
    // What React 19 does for a custom element: a prop the element has is set as a property, others as attributes.
    for (const [name, value] of Object.entries(props)) {
      if (name in el) (el as unknown as Record<string, unknown>)[name] = value;
      else el.setAttribute(name, '');
    }
    expect(el.countUp).to.equal(true);
    expect(el.animate).to.equal(Element.prototype.animate);
  });
});
