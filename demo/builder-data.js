// The embed builder's Data tab: a newsroom's own tables (pasted from Google Sheets or Excel, or dropped as CSV/TSV
// files) become a dataset in the page. Each table is shown with its problems at their cells, any widget previews
// on the result, and the dataset JSON downloads with the snippet that uses it. Nothing is uploaded anywhere.
import './strike-widgets.js';
import { METRICS, registerDataset, seedDataset } from './lib/data/index.js';
import {
  TABLES,
  datasetToGrids,
  describeProblem,
  guessTable,
  importFiles,
  importGrids,
  parseGrid,
  toCsv,
} from './sheets.js';

const DATASET_NAME = 'builder-data';
const WIDGETS = [
  ['casualty-counter', 'Casualty counter'],
  ['strike-card', 'Strike card'],
  ['quote-block', 'Quote'],
  ['strike-timeline', 'Timeline of linked events'],
  ['claim-compare', 'Claims side by side'],
];

/** A small element builder: `h('p', {class: 'note'}, 'text', child)`. Text only, never markup. */
function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key in el && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  el.append(...children.flat().filter((c) => c !== undefined && c !== null && c !== false));
  return el;
}
const options = (select, items, keep) => {
  select.replaceChildren(...items.map(([value, label]) => new Option(label, value)));
  if (keep && items.some(([value]) => value === keep)) select.value = keep;
};
const norm = (s) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The tables as they stand: table name → {file, grid}. */
const tables = new Map();
let shownTable = 'events';
let result;
let downloadUrl;

function startFrom(dataset) {
  tables.clear();
  for (const [name, grid] of datasetToGrids(dataset)) tables.set(name, { file: `${name}.csv`, grid });
  update();
}

function startEmpty() {
  const today = new Date().toISOString().slice(0, 10);
  const dataset = {
    ...seedDataset,
    id: 'my-strikes',
    title: 'My strikes',
    version: '1.0.0',
    updatedAt: today,
    license: undefined,
  };
  for (const key of ['parties', 'persons', 'sources', 'places', 'events', 'figures', 'quotes']) dataset[key] = [];
  startFrom(dataset);
}

// ---- The panel ----

const status = h('p', { class: 'note', role: 'status' });
const paste = h('textarea', {
  id: 'data-paste',
  rows: 5,
  spellcheck: 'false',
  placeholder: 'Select the cells in Google Sheets or Excel, header row included, copy, and paste here.',
  onpaste: (e) => {
    const text = e.clipboardData?.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    paste.value = text;
    usePasted();
  },
});
const pasteTable = h('select', { id: 'data-paste-table' });
options(pasteTable, [['', 'found from its column names'], ...TABLES.map((t) => [t.name, t.name])]);
const fileInput = h('input', {
  type: 'file',
  id: 'data-files',
  multiple: true,
  accept: '.csv,.tsv,.txt,text/csv,text/tab-separated-values',
  onchange: () => useFiles([...fileInput.files]),
});
const tableTabs = h('div', { class: 'data-table-tabs', role: 'group', 'aria-label': 'Tables' });
const tableView = h('div', {
  id: 'data-sheet',
  class: 'data-sheet',
  tabindex: '0',
  role: 'region',
  'aria-label': 'Table',
});
const tableDownload = h('a', { class: 'data-link' });
const summary = h('p', { id: 'data-summary' });
const problemList = h('ol', { id: 'data-problems', class: 'data-problems' });
const widget = h('select', { id: 'data-widget' });
options(widget, WIDGETS);
const eventChoice = h('select', { id: 'data-event' });
const quoteChoice = h('select', { id: 'data-quote' });
const metricChoice = h('select', { id: 'data-metric' });
options(
  metricChoice,
  METRICS.map((m) => [m, m.replace(/-/g, ' ')]),
);
const eventLabel = h('label', {}, 'Event ', eventChoice);
const quoteLabel = h('label', {}, 'Quote ', quoteChoice);
const metricLabel = h('label', {}, 'What to count ', metricChoice);
const langChoice = h('select', { id: 'data-lang' });
options(langChoice, [
  ['en', 'English'],
  ['uk', 'Українська'],
  ['ru', 'Русский'],
]);
const preview = h('div', { id: 'data-preview', class: 'data-preview' });
const download = h('a', { id: 'data-download', class: 'data-button' }, 'Download the dataset JSON');
const snippet = h('textarea', {
  id: 'data-snippet',
  rows: 4,
  readonly: true,
  spellcheck: 'false',
  'aria-label': 'Snippet',
});

const panel = h(
  'div',
  { id: 'data-panel', role: 'tabpanel', 'aria-labelledby': 'tab-data', hidden: true, class: 'data-panel' },
  h(
    'section',
    { 'aria-labelledby': 'data-in-title' },
    h('h2', { id: 'data-in-title' }, 'Your own data, from a spreadsheet'),
    h(
      'p',
      {},
      'Keep one sheet per table — events, figures, quotes, actors, places, sources and the rest — with the column names of the template. ',
      'Start from the worked example (the embedded dataset) or from empty tables, then paste or drop your own tables over them. ',
      'Everything stays in this page: nothing is uploaded.',
    ),
    h(
      'p',
      { class: 'data-actions' },
      h('button', { type: 'button', onclick: () => startFrom(seedDataset) }, 'Start from the worked example'),
      ' ',
      h('button', { type: 'button', id: 'data-empty', onclick: startEmpty }, 'Start from empty tables'),
    ),
    h('label', { class: 'data-field' }, 'Paste a table (tab-separated, as spreadsheets copy it)', paste),
    h(
      'div',
      { class: 'data-row' },
      h('label', {}, 'It is the table ', pasteTable),
      h('button', { type: 'button', id: 'data-use', onclick: usePasted }, 'Use the pasted table'),
    ),
    h(
      'label',
      {
        class: 'data-drop',
        ondragover: (e) => {
          e.preventDefault();
          e.currentTarget.classList.add('over');
        },
        ondragleave: (e) => e.currentTarget.classList.remove('over'),
        ondrop: (e) => {
          e.preventDefault();
          e.currentTarget.classList.remove('over');
          useFiles([...e.dataTransfer.files]);
        },
      },
      'Or drop CSV or TSV files here (named after their table: figures.csv, …), or choose them: ',
      fileInput,
    ),
    status,
  ),
  h(
    'section',
    { 'aria-labelledby': 'data-tables-title' },
    h('h2', { id: 'data-tables-title' }, 'Tables and problems'),
    summary,
    problemList,
    tableTabs,
    tableView,
    tableDownload,
  ),
  h(
    'section',
    { 'aria-labelledby': 'data-preview-title' },
    h('h2', { id: 'data-preview-title' }, 'Preview'),
    h(
      'div',
      { class: 'controls' },
      h('label', {}, 'Widget ', widget),
      eventLabel,
      quoteLabel,
      metricLabel,
      h('label', {}, 'Language ', langChoice),
    ),
    preview,
  ),
  h(
    'section',
    { 'aria-labelledby': 'data-out-title' },
    h('h2', { id: 'data-out-title' }, 'Publish it'),
    h('p', {}, 'Download the dataset, put the file on your site, and point the widget at it with dataset-src:'),
    h('p', {}, download),
    snippet,
  ),
);

// ---- Input ----

function usePasted() {
  const { grid, error } = parseGrid(paste.value);
  if (error || grid.length < 2) {
    status.textContent = error
      ? `Could not read the pasted table: ${error}.`
      : 'Paste a header row and at least one row.';
    return;
  }
  const table = pasteTable.value || guessTable(grid[0])?.name;
  if (!table) {
    status.textContent = 'Could not tell which table this is from its column names: choose it in the list.';
    return;
  }
  tables.set(table, { file: `${table} (pasted)`, grid });
  shownTable = table;
  const rows = grid.slice(1).filter((r) => r.some((c) => c.trim())).length;
  status.textContent = `Pasted ${plural(rows, 'row')} into the ${table} table.`;
  paste.value = '';
  pasteTable.value = '';
  update();
}

async function useFiles(files) {
  const read = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
  // The files' own tables are found the same way the import command finds them.
  const { tables: found, problems } = importFiles(read);
  for (const { table, file, grid } of found) tables.set(table.name, { file, grid });
  if (found.length) shownTable = found[0].table.name;
  const unknown = problems.filter((p) => p.row === undefined && !found.some((t) => t.file === p.file));
  status.textContent = [
    `Read ${found.map((t) => t.file).join(', ') || 'no table'}.`,
    ...unknown.map(describeProblem),
  ].join(' ');
  update();
}

// ---- Output ----

function problemsAt(file) {
  const at = new Map();
  for (const p of result.problems.filter((q) => q.file === file)) {
    const key = `${p.row ?? ''}:${norm(p.column ?? '')}`;
    at.set(key, [...(at.get(key) ?? []), p.message]);
  }
  return at;
}

function renderTable() {
  const entry = tables.get(shownTable);
  for (const button of tableTabs.children) button.setAttribute('aria-pressed', String(button.value === shownTable));
  if (!entry) {
    tableView.replaceChildren(h('p', { class: 'note' }, `No ${shownTable} table yet.`));
    tableDownload.hidden = true;
    return;
  }
  const at = problemsAt(entry.file);
  const header = entry.grid[0] ?? [];
  const width = Math.max(...entry.grid.map((r) => r.length));
  const mark = (cell, messages) => {
    if (!messages?.length) return cell;
    cell.classList.add('bad');
    cell.title = messages.join('\n');
    cell.append(h('span', { class: 'visually-hidden' }, ` (problem: ${messages.join('; ')})`));
    return cell;
  };
  const rows = entry.grid.map((cells, r) => {
    const row = r + 1;
    const th = mark(h('th', { scope: 'row', class: 'data-rownum' }, String(row)), at.get(`${row}:`));
    const tds = Array.from({ length: width }, (_, i) => {
      const text = cells[i] ?? '';
      const column = header[i]?.trim();
      const messages = column ? at.get(`${row}:${norm(column)}`) : undefined;
      const cell = h(r === 0 ? 'th' : 'td', r === 0 ? { scope: 'col' } : {}, text);
      cell.dataset.row = String(row);
      cell.dataset.column = column ?? '';
      return mark(cell, messages);
    });
    return h('tr', {}, th, ...tds);
  });
  tableView.setAttribute('aria-label', `${shownTable} (${entry.file})`);
  tableView.replaceChildren(h('table', {}, h('caption', {}, `${shownTable} — ${entry.file}`), h('tbody', {}, rows)));
  tableView.scrollTo(0, 0);
  const csv = new Blob([toCsv(entry.grid)], { type: 'text/csv' });
  if (tableDownload.href) URL.revokeObjectURL(tableDownload.href);
  tableDownload.href = URL.createObjectURL(csv);
  tableDownload.download = `${shownTable}.csv`;
  tableDownload.textContent = `Download ${shownTable}.csv`;
  tableDownload.hidden = false;
}

function renderProblems() {
  const count = result.problems.length;
  summary.textContent = count
    ? `${plural(count, 'problem')} to fix in your tables; each is marked at its cell.`
    : `No problems: ${plural(result.value.events.length, 'event')}, ${plural(result.value.figures.length, 'figure')}, ${plural(result.value.quotes.length, 'quote')}.`;
  summary.className = count ? 'data-bad' : 'data-good';
  problemList.replaceChildren(
    ...result.problems.map((p) =>
      h(
        'li',
        {},
        h(
          'a',
          {
            href: '#data-sheet',
            class: 'data-problem',
            onclick: (e) => {
              e.preventDefault();
              const found = [...tables].find(([, t]) => t.file === p.file);
              if (!found) return;
              shownTable = found[0];
              renderTable();
              const cell = [...tableView.querySelectorAll('[data-row]')].find(
                (c) => c.dataset.row === String(p.row) && (!p.column || norm(c.dataset.column) === norm(p.column)),
              );
              cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
              cell?.classList.add('flash');
              setTimeout(() => cell?.classList.remove('flash'), 1200);
            },
          },
          describeProblem(p),
        ),
      ),
    ),
  );
  tableTabs.replaceChildren(
    ...TABLES.map((t) => {
      const entry = tables.get(t.name);
      const bad = entry ? result.problems.filter((p) => p.file === entry.file).length : 0;
      const rows = entry ? entry.grid.slice(1).filter((r) => r.some((c) => c.trim())).length : 0;
      return h(
        'button',
        {
          type: 'button',
          value: t.name,
          class: bad ? 'bad' : '',
          onclick: () => {
            shownTable = t.name;
            renderTable();
          },
        },
        `${t.name} (${rows}${bad ? `, ${plural(bad, 'problem')}` : ''})`,
      );
    }),
  );
}

function renderPreview() {
  const value = result.value;
  const events = Array.isArray(value.events) ? value.events : [];
  const quotes = Array.isArray(value.quotes) ? value.quotes : [];
  options(
    eventChoice,
    events.map((e) => [e.id, `${e.date ?? ''} — ${e.headline ?? e.id}`]),
    eventChoice.value,
  );
  options(
    quoteChoice,
    quotes.map((q) => [q.id, `${String(q.text ?? '').slice(0, 60)}…`]),
    quoteChoice.value,
  );
  const element = widget.value;
  eventLabel.hidden = element === 'quote-block';
  quoteLabel.hidden = element !== 'quote-block';
  metricLabel.hidden = !['casualty-counter', 'claim-compare'].includes(element);
  const attrs = [];
  if (element === 'quote-block') attrs.push(['quote', quoteChoice.value]);
  else attrs.push([element === 'strike-timeline' ? 'from' : 'event', eventChoice.value]);
  if (!metricLabel.hidden) attrs.push(['metric', metricChoice.value]);
  if (langChoice.value !== 'en') attrs.push(['lang', langChoice.value]);

  if (attrs[0][1]) {
    const el = document.createElement(element);
    el.setAttribute('dataset-id', DATASET_NAME);
    for (const [name, v] of attrs) el.setAttribute(name, v);
    preview.replaceChildren(el);
  } else
    preview.replaceChildren(
      h('p', { class: 'note' }, `Add ${element === 'quote-block' ? 'a quote' : 'an event'} to preview this widget.`),
    );

  const file = `${typeof value.id === 'string' && value.id ? value.id : 'my-strikes'}.json`;
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = undefined;
  if (result.dataset) {
    downloadUrl = URL.createObjectURL(
      new Blob([`${JSON.stringify(result.dataset, null, 2)}\n`], { type: 'application/json' }),
    );
    download.href = downloadUrl;
    download.download = file;
    download.removeAttribute('aria-disabled');
    download.textContent = `Download ${file}`;
  } else {
    download.removeAttribute('href');
    download.setAttribute('aria-disabled', 'true');
    download.textContent = 'Fix the problems above to download the dataset';
  }
  const base = String(
    document.querySelector('#builder [name=base]')?.value || new URL('.', location.href).href,
  ).replace(/\/$/, '');
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  snippet.value =
    (embed
      ? `<script type="module" src="${escape(`${base}/${embed.file}`)}" integrity="${embed.integrity}" crossorigin="anonymous"></script>\n`
      : '') +
    `<${element} dataset-src="${escape(`${base}/${file}`)}"${attrs.map(([n, v]) => ` ${n}="${escape(v)}"`).join('')}></${element}>`;
}

function update() {
  result = importGrids([...tables].map(([table, { file, grid }]) => ({ table, file, grid })));
  registerDataset(DATASET_NAME, result.value);
  renderProblems();
  renderTable();
  renderPreview();
}

for (const select of [widget, eventChoice, quoteChoice, metricChoice, langChoice])
  select.addEventListener('change', renderPreview);
document.querySelector('#builder [name=base]')?.addEventListener('input', renderPreview);

// ---- Tabs: the builder's own controls under "Widget", this panel under "Data" ----

const main = document.querySelector('main.builder');
const intro = main.querySelector(':scope > p');
const widgetPanel = h('div', { id: 'widget-panel', role: 'tabpanel', 'aria-labelledby': 'tab-widget' });
widgetPanel.append(...[...main.children].filter((c) => c.localName !== 'h1' && c !== intro));
const tabs = [
  h('button', { type: 'button', role: 'tab', id: 'tab-widget', 'aria-controls': 'widget-panel' }, 'Widget'),
  h('button', { type: 'button', role: 'tab', id: 'tab-data', 'aria-controls': 'data-panel' }, 'Data'),
];
const panels = [widgetPanel, panel];
function select(index, focus = false) {
  tabs.forEach((tab, i) => {
    tab.setAttribute('aria-selected', String(i === index));
    tab.tabIndex = i === index ? 0 : -1;
    panels[i].hidden = i !== index;
  });
  if (focus) tabs[index].focus();
}
tabs.forEach((tab, i) => {
  tab.addEventListener('click', () => select(i));
  tab.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft')
      select((i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length, true);
  });
});
main.append(h('div', { role: 'tablist', class: 'builder-tabs', 'aria-label': 'Builder' }, tabs), widgetPanel, panel);
select(location.hash === '#data' ? 1 : 0);

const embed = await fetch('embed.json')
  .then((r) => r.json())
  .catch(() => undefined);
startFrom(seedDataset);
