// The page's own script for publisher-data.html: registers the same invalid dataset the page carries inline and
// the server holds, through the bundle's registerDataset, and keeps the problems it resolves with.
import { registerDataset } from '/dist/strike-widgets.js';

const data = await (await fetch('/test/fixtures/invalid-dataset.json')).json();
window.__registered = await registerDataset('registered-invalid', data);
