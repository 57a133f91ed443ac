// The embed builder: choose a widget and its attributes, see it live, copy a snippet that loads a versioned file
// with an integrity hash from your own host, with fallback text taken from the widget. One module per concern:
// builder/choices.js (what the dataset offers), builder/fallback.js, builder/snippet.js; this file wires the form.
import './strike-widgets.js';
import { eventsFor, metricsFor, quotes } from './builder/choices.js';
import { fallbackText } from './builder/fallback.js';
import { checkHost, snippetFor } from './builder/snippet.js';

const info = await fetch('embed.json').then((r) => r.json());
const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const hostNote = document.getElementById('host-note');
const copy = document.getElementById('copy');
document.getElementById('version').textContent = info.version;

/** Fills a select, keeping its value when the new list still has it. */
function options(select, items) {
  const keep = select.value;
  select.replaceChildren(...items.map(([value, label]) => new Option(label, value)));
  if (items.some(([value]) => value === keep)) select.value = keep;
}
options(form.quote, quotes());

/** The element's attributes, in the order a person would write them. */
function attributes(values) {
  const element = values.get('element');
  const list = [];
  if (element === 'quote-block') list.push(['quote', values.get('quote')]);
  else if (element === 'strike-timeline') list.push(['from', values.get('event')]);
  else list.push(['event', values.get('event')]);
  if (element === 'casualty-counter' || element === 'claim-compare') list.push(['metric', values.get('metric')]);
  if ((element === 'strike-card' || element === 'strike-timeline') && values.get('variant') === 'compact')
    list.push(['variant', 'compact']);
  if (values.get('theme')) list.push(['theme', values.get('theme')]);
  if (values.get('lang') !== 'en') list.push(['lang', values.get('lang')]);
  return list;
}

let rendering = 0;
async function update() {
  const turn = ++rendering;
  const element = form.element.value;
  for (const label of form.querySelectorAll('[data-for]'))
    label.hidden = !label.dataset.for.split(' ').includes(element);
  options(form.event, eventsFor(element));
  options(form.metric, metricsFor(form.event.value));
  const values = new FormData(form);
  const attrs = attributes(values);
  const widget = document.createElement(element);
  for (const [name, value] of attrs) widget.setAttribute(name, value);
  preview.style.width = `${values.get('width')}px`;
  form.widthShown.value = values.get('width');
  preview.replaceChildren(widget);
  await widget.updateComplete;
  if (turn !== rendering) return;
  const host = checkHost(String(values.get('base') ?? ''));
  hostNote.textContent = host.error ?? host.warning ?? '';
  copy.disabled = !host.host;
  snippet.value = host.host
    ? snippetFor(
        { host: host.host, file: info.file, integrity: info.integrity, language: info.languages?.[values.get('lang')] },
        element,
        attrs,
        fallbackText(widget),
      )
    : '';
  snippet.placeholder = host.error ?? '';
}

form.addEventListener('input', () => void update());
form.addEventListener('submit', (e) => e.preventDefault());
copy.addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'Copied.';
  } catch {
    snippet.select();
    status.textContent = 'Press Ctrl+C (⌘C) to copy the selected snippet.';
  }
});
void update();
