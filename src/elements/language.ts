/** Where an element reads what its surroundings say: its language, and the dataset named above it. */

/**
 * The value of an attribute on the element or its nearest ancestor that has it, across shadow boundaries. (While
 * prerendering an element stands alone: the prerenderer gives it the attributes it would inherit.) With
 * `emptyAnswers`, an empty value is an answer too (`dataset-id=""`: the embedded dataset, whatever is above).
 */
export function inheritedAttribute(from: Element, name: string, emptyAnswers = false): string | undefined {
  for (let node: Element | null = from; node;) {
    const value = node.getAttribute(name);
    if (value || (emptyAnswers && value !== null)) return value;
    node = node.parentElement ?? ((node.getRootNode?.() as ShadowRoot | undefined)?.host || null);
  }
  return undefined;
}

/** The element's language: its own `lang`, else the nearest ancestor's, else the document's. */
export const languageOf = (el: Element): string | undefined =>
  inheritedAttribute(el, 'lang') ?? (globalThis.document?.documentElement.lang || undefined);
