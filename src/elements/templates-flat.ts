/**
 * One template instead of a tree of them. A widget's layout is written as small templates (a heading, a figure, a
 * source, one per list item), and Lit renders each nested template as its own instance, behind a marker comment,
 * with two more markers per list item: a strike card was some 30 instances and 80 comments. `flatten` inlines the
 * nested templates (their static HTML only: text from data always stays a binding, never HTML) into one template per
 * shape of the content, so a widget is one template instance whose markers are its text bindings.
 *
 * What is inlined: a template, `nothing`, `null`, `undefined` or `''`, or an array of these and of strings, in a child
 * position (between tags). Everything else (attribute values, directives such as `guard`, strings, what `keep`
 * marks) stays a binding.
 * The flattened strings are kept per shape (which templates were inlined where), so the same shape is the same
 * template to Lit, prepared once and updated in place.
 */
import { nothing } from 'lit';
import type { TemplateResult } from 'lit';

/** Lit's result type for HTML templates (`html```). */
const HTML_RESULT = 1;

type Shape = Map<unknown, Shape> & { strings?: TemplateStringsArray };

/** The tokens of a path through the shapes besides a template's strings (which are their own token). */
const END = Symbol('end');
const EMPTY = Symbol('empty');
const KEPT = Symbol('kept');
const LIST = Symbol('list');

const shapes: Shape = new Map();
const kept = new WeakSet<object>();

/**
 * A part of a template that `flatten` leaves as its own binding: what changes its shape while the reader uses it
 * (a button that appears, a live region), so that only it is replaced, not the whole widget with the focus in it.
 */
export function keep(value: unknown): unknown[] {
  const box = [value];
  kept.add(box);
  return box;
}

const isHtml = (value: unknown): value is TemplateResult =>
  typeof value === 'object' &&
  value !== null &&
  (value as { _$litType$?: unknown })._$litType$ === HTML_RESULT &&
  Array.isArray((value as TemplateResult).strings) &&
  Object.hasOwn((value as TemplateResult).strings, 'raw');

const isEmpty = (value: unknown) => value === nothing || value === null || value === undefined || value === '';

/** For each binding of a template: whether it sits between tags (a child) rather than inside a tag (an attribute). */
const positions = new WeakMap<TemplateStringsArray, boolean[]>();
function childBindings(strings: TemplateStringsArray): boolean[] {
  let known = positions.get(strings);
  if (known) return known;
  known = [];
  let inTag = false;
  for (let i = 0; i < strings.length - 1; i++) {
    const s = strings[i]!;
    const open = s.lastIndexOf('<');
    const close = s.lastIndexOf('>');
    if (open > close) inTag = true;
    else if (close > open) inTag = false;
    known.push(!inTag);
  }
  positions.set(strings, known);
  return known;
}

/** The template with every nested template in a child position inlined: one template, one instance. */
export function flatten(result: TemplateResult): TemplateResult {
  const parts: string[] = [''];
  const values: unknown[] = [];
  let shape = shapes;
  const step = (token: unknown) => {
    let next = shape.get(token);
    if (!next) shape.set(token, (next = new Map() as Shape));
    shape = next;
  };
  const append = (text: string) => {
    parts[parts.length - 1] += text;
  };
  const keepValue = (value: unknown) => {
    step(KEPT);
    values.push(value);
    parts.push('');
  };
  const inline = (value: unknown, child: boolean): void => {
    if (!child || kept.has(value as object)) return keepValue(value);
    if (isEmpty(value)) return step(EMPTY);
    if (isHtml(value)) return visit(value);
    if (Array.isArray(value) && value.every((v) => isEmpty(v) || isHtml(v) || typeof v === 'string')) {
      step(LIST);
      for (const item of value) inline(item, true);
      return step(END);
    }
    keepValue(value);
  };
  const visit = (template: TemplateResult) => {
    step(template.strings);
    const child = childBindings(template.strings);
    append(template.strings[0]!);
    template.values.forEach((value, i) => {
      inline(value, child[i]!);
      append(template.strings[i + 1]!);
    });
    step(END);
  };
  visit(result);
  // A template strings array is one Lit trusts: frozen, with its `raw`, made only of other templates' static strings.
  shape.strings ??= Object.freeze(Object.assign(parts, { raw: parts })) as unknown as TemplateStringsArray;
  return { ['_$litType$']: HTML_RESULT, strings: shape.strings, values } as unknown as TemplateResult;
}
