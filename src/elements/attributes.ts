/**
 * Attribute rules, declared once where the property is declared (as its `converter`) and checked by the base: which
 * values an attribute accepts, what its property reads when the attribute is removed, and the values an error
 * message offers when it is wrong.
 *
 * ```ts
 * static override properties = {
 *   variant: { reflect: true, converter: oneOf(VARIANTS, 'full') },
 *   headingLevel: { attribute: 'heading-level', type: Number, converter: headingLevel(3) },
 * };
 * ```
 */
import type { ComplexAttributeConverter, PropertyDeclaration, PropertyValues, ReactiveElement } from 'lit';
import { METRICS } from '../data/model.js';
import { failure } from './failure.js';
import type { Failure } from './failure.js';

/**
 * A Lit attribute converter that also knows which values are acceptable. (It reads attributes only: a reflected
 * property is written back by Lit's default conversion.)
 */
export interface AttributeRule<T> extends ComplexAttributeConverter<T | undefined> {
  /** Whether the property's value is one the element can show (`null` and `undefined` always are: the default). */
  accepts(value: unknown): boolean;
  /** The accepted values, listed in the error message when the value is wrong (enumerations only). */
  readonly values?: readonly string[];
}

export const isRule = (converter: PropertyDeclaration['converter']): converter is AttributeRule<unknown> =>
  typeof (converter as Partial<AttributeRule<unknown>> | undefined)?.accepts === 'function';

/**
 * One of a closed list of values. Without the attribute the property reads `fallback` (removing the attribute goes
 * back to it); any other text is kept as written, so the element can say it is invalid.
 */
export function oneOf<const V extends string>(values: readonly V[], fallback?: V): AttributeRule<V> {
  return {
    values,
    accepts: (value) => (values as readonly unknown[]).includes(value),
    fromAttribute: (value) => (value === null ? fallback : (value as V)),
  };
}

export const LEVELS = ['1', '2', '3', '4', '5', '6'] as const;

/**
 * `heading-level`: exactly one digit 1–6 (Lit's Number conversion would also take "2.0", " 2", "0x2" or "2e0"); any
 * other text becomes NaN, which is invalid. Without the attribute, `fallback`.
 */
export function headingLevel(fallback: number): AttributeRule<number> {
  return {
    values: LEVELS,
    accepts: (value) => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6,
    fromAttribute: (value) => (value === null ? fallback : /^[1-6]$/.test(value) ? Number(value) : NaN),
  };
}

/** Text the property keeps as written, accepted when `accepts` says so. */
const text = (accepts: (value: unknown) => boolean): AttributeRule<string> => ({
  accepts,
  fromAttribute: (value) => value ?? undefined,
});

/** A positive whole number written as digits (`max-lines`); the property keeps the attribute's text. */
export const positiveInteger = (): AttributeRule<string> => text((value) => /^\s*0*[1-9]\d*\s*$/.test(String(value)));

/** Whitespace-separated ids (`events="a b c"`); the property keeps the text, `idsOf` reads it. */
export const idList = (): AttributeRule<string> => text((value) => typeof value === 'string');

/** The ids of an id list, in order, without empty ones. */
export const idsOf = (value: string | null | undefined): string[] => value?.trim().split(/\s+/).filter(Boolean) ?? [];

export const THEMES = ['light', 'dark'] as const;
export const VARIANTS = ['full', 'compact'] as const;
export { METRICS };

/** The values each enumerated attribute accepts, by attribute name. */
export const VALID_VALUES: Readonly<Record<string, readonly string[]>> = {
  theme: THEMES,
  variant: VARIANTS,
  metric: METRICS,
  'heading-level': LEVELS,
};

/** The attribute a property is written as. */
function attributeName(key: PropertyKey, options: PropertyDeclaration | undefined): string {
  return typeof options?.attribute === 'string' ? options.attribute : String(key).toLowerCase();
}

/** An invalid value of a property, shown as its attribute, with the values its rule accepts. */
function invalid(key: PropertyKey, options: PropertyDeclaration | undefined, shown: string): Failure {
  const f = failure('invalid-attribute', { name: attributeName(key, options), value: shown });
  const valid = isRule(options?.converter) ? options.converter.values : undefined;
  return valid ? { ...f, hint: { valid } } : f;
}

type Properties = { elementProperties: Map<PropertyKey, PropertyDeclaration> };
const propertiesOf = (el: ReactiveElement) => (el.constructor as unknown as Properties).elementProperties;
const read = (el: ReactiveElement, key: PropertyKey): unknown => (el as unknown as Record<PropertyKey, unknown>)[key];

/** The first property, in declaration order, whose value its rule does not accept. */
export function brokenRule(el: ReactiveElement): Failure | undefined {
  for (const [key, options] of propertiesOf(el)) {
    const rule = options.converter;
    const value = read(el, key);
    if (!isRule(rule) || value == null || rule.accepts(value)) continue;
    // A heading level that is not a digit 1-6 reads NaN: the message shows what was written.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the message shows whatever was set
    const shown = Number.isNaN(value) ? (el.getAttribute(attributeName(key, options)) ?? '') : String(value);
    return invalid(key, options, shown);
  }
  return undefined;
}

/**
 * Properties just set to a symbol or an object, which no attribute can hold (other than those declared as Object
 * or Array): each is recorded in `unusable` as an invalid attribute and set aside, since reflecting or reading it
 * would throw later, outside the render (an unhandled rejection). A usable value clears the record.
 */
export function setAsideUnusable(
  el: ReactiveElement,
  changed: PropertyValues,
  unusable: Map<PropertyKey, Failure>,
): void {
  const properties = propertiesOf(el);
  for (const key of changed.keys()) {
    const value = read(el, key);
    const options = properties.get(key);
    if (
      typeof value !== 'symbol' &&
      (typeof value !== 'object' || value === null || options?.type === Object || options?.type === Array)
    ) {
      unusable.delete(key);
      continue;
    }
    let shown: string;
    try {
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- an object's own toString, when it has one
      shown = String(value);
    } catch {
      shown = Object.prototype.toString.call(value);
    }
    unusable.set(key, invalid(key, options, shown));
    (el as unknown as Record<PropertyKey, unknown>)[key] = undefined;
  }
}
