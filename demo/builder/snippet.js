// The snippet a publisher pastes: the versioned script with its integrity hash, from the host they name, and the
// element with its fallback text inside.

export const escapeHtml = (s) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The host as typed, checked: an absolute http(s) URL, or why it cannot be used. */
export function checkHost(typed) {
  const value = typed.trim().replace(/\/+$/, '');
  if (!value) return { error: 'Enter the address where you host strike-widgets (for example your site’s /js folder).' };
  let url;
  try {
    url = new URL(value);
  } catch {
    return { error: 'Enter a full address, starting with https://.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: 'Enter an http(s) address.' };
  const local = /^(localhost|127\.|\[::1\]|0\.0\.0\.0)/.test(url.hostname);
  return {
    host: value,
    ...(local ? { warning: 'This address works only on this computer: readers cannot load it.' } : {}),
  };
}

const scriptTag = (host, { file, integrity }) =>
  `<script type="module" src="${escapeHtml(`${host}/${file}`)}" integrity="${integrity}" crossorigin="anonymous"></script>\n`;

/**
 * The snippet text for a checked host, the bundle's file and hash, the element, its attributes and fallback. A
 * widget in Ukrainian or Russian also gets its language's entry (`language`: its file and hash), so that the browser
 * fetches the language with the bundle, not once the widget asks for it. The bundle's tag comes first: the language's
 * entry imports the bundle, and a browser checks a module's hash only on the request it first makes for it. (In an
 * article's body nothing waits for these scripts before the first paint; `<head>` is where the order is the other
 * way round, see docs/embedding.md.)
 */
export function snippetFor({ host, file, integrity, language }, element, attrs, fallback) {
  return (
    scriptTag(host, { file, integrity }) +
    (language ? scriptTag(host, language) : '') +
    `<${element}${attrs.map(([n, v]) => ` ${n}="${escapeHtml(v)}"`).join('')}>${escapeHtml(fallback)}</${element}>`
  );
}
