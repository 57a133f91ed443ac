/**
 * `strike-widgets-frame.js`, the optional host script: sizes every `<iframe data-strike-widgets>` on the page to
 * the height its embed page reports (either message format of `embed-page.js`). A message counts only if it comes
 * from that iframe's window and from the origin of its `src`, and carries a plausible height.
 */
addEventListener('message', (event: MessageEvent) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const { type, sentinel, height } = data as Record<string, unknown>;
  const ours = type === 'strike-widgets:embed-size' || (sentinel === 'amp' && type === 'embed-size');
  if (!ours || typeof height !== 'number' || !(height > 0 && height < 100000)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-strike-widgets]')) {
    if (frame.contentWindow === event.source && new URL(frame.src, location.href).origin === event.origin) {
      frame.height = String(Math.ceil(height));
    }
  }
});

export {};
