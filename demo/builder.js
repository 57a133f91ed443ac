// The embed builder: choose a widget and its attributes, see it live, copy a snippet that loads a versioned file
// with an integrity hash. Plain DOM and our own elements; the lists come from the embedded dataset.
import './strike-widgets.js';
import { METRICS, actorById, seedDataset } from './lib/data/index.js';

const info = await fetch('embed.json').then((r) => r.json());
const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const byDate = [...seedDataset.events].sort((a, b) => a.date.replace('..', '').localeCompare(b.date.replace('..', '')));

function options(select, items) {
  select.replaceChildren(...items.map(([value, label]) => new Option(label, value)));
}
options(form.event, byDate.map((e) => [e.id, `${e.date.replace('../', 'before ')} — ${e.headline}`]));
options(
  form.quote,
  seedDataset.quotes.map((q) => [q.id, `${actorById(seedDataset, q.speaker)?.name ?? q.speaker}: “${q.text.length > 70 ? `${q.text.slice(0, 70)}…` : q.text}”`]),
);
options(form.metric, METRICS.map((m) => [m, m.replace(/-/g, ' ')]));
form.base.value = new URL('.', location.href).href.replace(/\/$/, '');

/** The element's attributes, in the order a person would write them. */
function attributes(values) {
  const element = values.get('element');
  const list = [];
  if (element === 'quote-block') list.push(['quote', values.get('quote')]);
  else if (element === 'strike-timeline') list.push(['from', values.get('event')]);
  else list.push(['event', values.get('event')]);
  if (element === 'casualty-counter' || element === 'claim-compare') list.push(['metric', values.get('metric')]);
  if ((element === 'strike-card' || element === 'strike-timeline') && values.get('variant') === 'compact') list.push(['variant', 'compact']);
  if (values.get('theme')) list.push(['theme', values.get('theme')]);
  if (values.get('lang') !== 'en') list.push(['lang', values.get('lang')]);
  return list;
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const values = new FormData(form);
  const element = values.get('element');
  for (const label of form.querySelectorAll('[data-for]')) label.hidden = !label.dataset.for.split(' ').includes(element);
  const attrs = attributes(values);
  const widget = document.createElement(element);
  for (const [name, value] of attrs) widget.setAttribute(name, value);
  preview.style.width = `${values.get('width')}px`;
  form.widthShown.value = values.get('width');
  preview.replaceChildren(widget);
  const base = String(values.get('base') || '.').replace(/\/$/, '');
  snippet.value =
    `<script type="module" src="${escape(`${base}/${info.file}`)}" integrity="${info.integrity}" crossorigin="anonymous"></script>\n` +
    `<${element}${attrs.map(([n, v]) => ` ${n}="${escape(v)}"`).join('')}></${element}>`;
}

form.addEventListener('input', update);
form.addEventListener('submit', (e) => e.preventDefault());
document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'Copied.';
  } catch {
    snippet.select();
    status.textContent = 'Press Ctrl+C (⌘C) to copy the selected snippet.';
  }
});
update();
