/**
 * Why a widget cannot render, and how it says so: a translated message in the element (beside the publisher's
 * fallback content), a bubbling, composed `strike-widgets-error` event, and one console warning.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ValidationProblem } from '../data/model.js';
import { errorMessage, localeFor } from '../format/phrase.js';
import type { Locale } from '../format/phrase.js';
import { fill } from '../format/strings.js';
import type { ErrorCode } from '../format/strings.js';
import { nearestId } from './hints.js';
import { warnOnce } from './warn.js';

/** The `detail` of a `strike-widgets-error` event. */
export interface StrikeWidgetsErrorDetail {
  code: ErrorCode;
  /** One English sentence, for developers and logs. */
  message: string;
  /** Validation problems with JSON Pointer paths, for `invalid-dataset`. */
  problems?: ValidationProblem[];
}

/** Why a widget cannot render: shown in the element, dispatched as an event, warned once in the console. */
export interface Failure {
  readonly failed: true;
  code: ErrorCode;
  /** Values for the message's placeholders: {name}, {value}, {id}, {detail}. */
  vars: Record<string, string>;
  problems?: ValidationProblem[];
  /** The nearest existing id for a typo, or the values that would be valid. */
  hint?: { suggest?: string; valid?: readonly string[] };
}

export const isFailure = (value: unknown): value is Failure =>
  typeof value === 'object' && value !== null && (value as Failure).failed === true;

export const failure = (code: ErrorCode, vars: Record<string, string> = {}, problems?: ValidationProblem[]): Failure =>
  problems ? { failed: true, code, vars, problems } : { failed: true, code, vars };

/** For a mistyped id, the nearest one that exists (ids are suggested, not listed: a dataset has too many). */
export function withSuggestion(f: Failure, candidates: Iterable<string>): Failure {
  const typed = f.vars['id'];
  const suggest = typed && !f.hint ? nearestId(typed, candidates) : undefined;
  return suggest ? { ...f, hint: { suggest } } : f;
}

function hintText(loc: Locale, f: Failure): string {
  const { suggest, valid } = f.hint ?? {};
  if (suggest) return fill(loc.strings.errorSuggest, { id: suggest });
  return valid ? fill(loc.strings.errorValid, { values: valid.join(', ') }) : '';
}

/** The message for the page's editor, beside the publisher's fallback content (kept for readers). */
export function failureTemplate(loc: Locale, f: Failure): TemplateResult {
  const { strings } = loc;
  const hint = hintText(loc, f);
  return html`<div class="fallback" part="fallback"><slot></slot></div>
    <div class="error" part="error">
    <strong>${strings.errorTitle}</strong>
    <p>${errorMessage(loc, f.code, f.vars)}</p>
    ${hint ? html`<p class="hint">${hint}</p>` : nothing}
    ${
      f.problems?.length
        ? html`<details>
          <summary>${strings.errorDetails}</summary>
          <ul lang="en">
            ${f.problems.map((p) => html`<li><code>${p.path || '/'}</code> ${p.message}</li>`)}
          </ul>
        </details>`
        : nothing
    }
  </div>`;
}

/** The error in English, for the event and the console. */
export function describeFailure(f: Failure): StrikeWidgetsErrorDetail {
  const en = localeFor('en');
  let message = errorMessage(en, f.code, f.vars);
  const hint = hintText(en, f);
  if (hint) message += ` ${hint}`;
  if (f.problems?.[0]) message += ` First problem: ${f.problems[0].path || '/'} ${f.problems[0].message}`;
  return f.problems ? { code: f.code, message, problems: f.problems } : { code: f.code, message };
}

/**
 * Reports a failure the element shows: warns once per page and dispatches `strike-widgets-error`, unless the element
 * reported the same one last time. Returns what was reported, to pass back next time.
 */
export function reportFailure(
  host: HTMLElement,
  f: Failure | undefined,
  reported: string | undefined,
): string | undefined {
  if (!f) return undefined;
  const detail = describeFailure(f);
  const key = `${detail.code}:${detail.message}`;
  if (key === reported) return reported;
  warnOnce(`<${host.localName}> ${detail.message}`);
  host.dispatchEvent(
    new CustomEvent<StrikeWidgetsErrorDetail>('strike-widgets-error', { detail, bubbles: true, composed: true }),
  );
  return key;
}
