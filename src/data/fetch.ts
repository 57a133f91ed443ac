/**
 * A publisher's remote dataset (`dataset-src`) requested and read within its limits, then parsed and checked in
 * slices (`loadDataset` in `datasets.ts` caches and retries).
 */
import type { DatasetResult } from './datasets.js';
import type { LoadOptions } from './shared.js';

/** Lets go of a body that will not be read, so the browser can close or reuse its connection. */
function release(body: ReadableStream<Uint8Array> | ReadableStreamDefaultReader<Uint8Array> | null | undefined): void {
  try {
    void body?.cancel().catch(() => {});
  } catch {
    // already released
  }
}

/**
 * The body as text, or undefined when it is larger than `maxBytes`. A body not read to its end is always
 * cancelled: an unread body keeps its connection open, and a browser gives one host only six.
 */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    release(response.body);
    return undefined;
  }
  if (!response.body) return await response.text();
  const reader = response.body.getReader();
  // Decoded as it arrives, a chunk per task, rather than megabytes at the end.
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        release(reader);
        return undefined;
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
  } catch (e) {
    release(reader);
    throw e;
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export interface Outcome {
  result: DatasetResult;
  bytes: number;
  /** A failure that may pass (no network, a 5xx, a timeout): worth another try later, unlike a 4xx or bad data. */
  transient?: boolean;
}

/** Fetches `url` within its limits and hands the text to `parse` (the validator's, in slices). */
export async function fetchAndParse(
  url: string,
  { maxBytes, timeoutMs }: Required<LoadOptions>,
  parse: (text: string) => Promise<DatasetResult>,
): Promise<Outcome> {
  const failed = (message: string, detail: string, transient = false): Outcome => ({
    result: { error: { code: 'dataset-load-failed', message: `${message} (${url})`, detail } },
    bytes: 0,
    transient,
  });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // No cookies, no referrer: a publisher's data file learns nothing about the reader.
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) {
      release(response.body);
      return failed(
        `The dataset request failed with HTTP ${response.status}`,
        `HTTP ${response.status}`,
        response.status >= 500,
      );
    }
    const text = await readCapped(response, maxBytes);
    if (text === undefined) return failed(`The dataset is larger than ${maxBytes} bytes`, `> ${maxBytes} B`);
    // Parsed and checked in slices: a file near the size cap takes seconds of work that must not freeze the page.
    const result = await parse(text);
    return { result, bytes: 'dataset' in result ? text.length : 0 };
  } catch {
    return controller.signal.aborted
      ? failed(`The dataset did not arrive within ${timeoutMs} ms`, `${timeoutMs} ms`, true)
      : failed('The dataset could not be fetched', 'network', true);
  } finally {
    clearTimeout(timer);
    // Whatever happened, nothing more of this request is wanted.
    controller.abort();
  }
}
