// `npm start`: serves the demo site (built by `npm run build`) on localhost, under the same strict
// Content-Security-Policy a careful newsroom would use.
import { existsSync } from 'node:fs';
import { startServer } from './serve.mjs';

if (!existsSync('dist/demo/index.html')) {
  console.error('The demo is not built yet: run `npm run build` first (npm start does both).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8080);
const { url } = await startServer({ root: 'dist/demo', port, host: process.env.HOST ?? '127.0.0.1' }).catch((e) => {
  console.error(`Could not listen on port ${port} (${e.code ?? e.message}); try PORT=8081 npm start.`);
  process.exit(1);
});
console.log(`
strike-widgets demo, on the embedded dataset:
  ${url}/index.html     an article embedding every widget (light, dark, Ukrainian, without JavaScript)
  ${url}/builder.html   the embed builder: choose a widget, copy the snippet
Ctrl+C to stop.`);
