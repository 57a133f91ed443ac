// The README's and docs/'s commands and claims, run or checked: every shell command they give is one this
// repository has (the quick ones are run as written), every link and anchor resolves inside the package, every
// element, attribute, part and CSS property they name is in the manifest, the npm path installs from `npm pack`,
// the ports are the code's, the demo has what they say, and each test the reliability page names exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { parse } from 'parse5';
import ts from 'typescript';

const ROOT = process.cwd();
const PAGES = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
const text = new Map(PAGES.map((p) => [p, readFileSync(p, 'utf8')]));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/** Fenced code blocks of a page (also those indented inside a list), with their language. */
const codeBlocks = (md) =>
  [...md.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```/gm)].map((m) => ({ lang: m[2], body: m[3] }));
/** A page's prose: its code blocks taken out, so what a block shows is not read as a link. */
const prose = (md) => md.replace(/^( *)```\w*\n[\s\S]*?^\1```/gm, '');
/** Inline code spans of a page's prose. */
const inlineCode = (md) => [...prose(md).matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);

/** What `npm pack` would ship, by path (computed once). */
let packed;
function pack() {
  if (!packed) {
    const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const [result] = JSON.parse(run.stdout);
    packed = { filename: result.filename, files: new Set(result.files.map((f) => f.path)) };
  }
  return packed;
}

// --- Shell commands -------------------------------------------------------------------------------------------

/** Every command the pages give: each line of a shell block and each inline command, split at `&&`. */
function commands() {
  const found = [];
  for (const [page, md] of text) {
    const lines = [
      ...codeBlocks(md)
        .filter((b) => b.lang === 'sh')
        .flatMap((b) => b.body.split('\n')),
      ...inlineCode(md).filter((c) => /^(?:[A-Z_]+=\S+ )*(?:npm|npx|node) /.test(c)),
    ];
    for (const line of lines) {
      const [command, comment = ''] = line.split(/\s+#\s/);
      for (const part of command
        .split('&&')
        .map((c) => c.trim())
        .filter(Boolean))
        found.push({ page, line: part, comment });
    }
  }
  return found;
}

/** `A=1 B=2 npm run x -- y` → {env: {A, B}, argv: ['npm', 'run', 'x', '--', 'y'], redirect?}. */
function parseCommand(line) {
  const [words, redirect] = line.split(/\s+>\s+/);
  const argv = words.split(/\s+/);
  const env = {};
  while (/^[A-Z_]+=/.test(argv[0])) {
    const [name, value] = argv.shift().split('=');
    env[name] = value;
  }
  return { env, argv, redirect };
}

/** A path a command names: a placeholder (`<tag>`) or an example of the reader's own (`/path/to/…`) is not checked. */
const isPlaceholder = (path) => /[<…]|^\/path\/to\//.test(path);

const SUBCOMMANDS = ['prerender', 'import', 'export-csv', 'embed-pages'];

/** Why the command is not one this repository has, or undefined when it is. */
function problemWith({ line, comment }) {
  const { env, argv } = parseCommand(line);
  const [tool, verb, ...rest] = argv;
  const fileArgs = rest.filter((a) => /\.(m?[jt]s|json|html)$|\//.test(a) && !a.startsWith('-') && !isPlaceholder(a));
  const missing = fileArgs.filter((f) => !existsSync(f));
  if (tool === 'npm') {
    if (verb === 'ci') return existsSync('package-lock.json') ? undefined : 'no package-lock.json for npm ci';
    if (verb === 'start' || verb === 'test') return pkg.scripts[verb] ? undefined : `no "${verb}" script`;
    if (verb === 'run') return pkg.scripts[rest[0]] ? undefined : `no "${rest[0]}" script in package.json`;
    if (verb === 'pack') {
      const named = comment.match(/strike-widgets-[\w.-]+\.tgz/)?.[0];
      return named && named !== pack().filename ? `npm pack writes ${pack().filename}, not ${named}` : undefined;
    }
    if (verb === 'install') {
      const spec = rest.find((a) => !a.startsWith('-'));
      if (/\.tgz$/.test(spec))
        return spec.endsWith(`/${pack().filename}`) ? undefined : `npm pack writes ${pack().filename}`;
      const [, name, range] = spec.match(/^(@?[^@]+)@(.+)$/) ?? [];
      const wanted = pkg.peerDependencies?.[name];
      return wanted === range ? undefined : `${spec}: the package asks for ${name}@${wanted}`;
    }
  }
  if (tool === 'npx' && verb === 'strike-widgets') {
    if (!pkg.bin['strike-widgets'] || !existsSync(pkg.bin['strike-widgets'])) return 'no strike-widgets bin';
    return SUBCOMMANDS.includes(rest[0]) ? undefined : `strike-widgets has no "${rest[0]}" command`;
  }
  if (tool === 'npx') {
    if (!existsSync(join('node_modules', '.bin', verb))) return `npx ${verb}: no such binary in node_modules/.bin`;
    return missing.length ? `missing: ${missing.join(', ')}` : undefined;
  }
  if (tool === 'node') {
    const script = verb === '--test' ? rest[0] : verb;
    return existsSync(script) ? undefined : `${script} does not exist`;
  }
  return `a command this test does not know how to check (${Object.keys(env).join(' ')} ${tool} ${verb})`;
}

test('every shell command in the README and docs/ is one this repository has', () => {
  const all = commands();
  assert.ok(all.length >= 20, `only ${all.length} commands found`);
  const wrong = all.map((c) => ({ ...c, problem: problemWith(c) })).filter((c) => c.problem);
  assert.deepEqual(
    wrong.map((c) => `${c.page}: ${c.line}: ${c.problem}`),
    [],
  );
});

test(
  'the quick strike-widgets commands run as written (export-csv, import, prerender, embed-pages)',
  { timeout: 300_000 },
  () => {
    assert.ok(existsSync('dist/strike-dataset.json'), 'run npm run build first');
    const dir = mkdtempSync(join(tmpdir(), 'sw-docs-'));
    try {
      // The files the commands name as the reader's own: a page with the README's snippet, a dataset.
      const snippet = codeBlocks(text.get('README.md')).find(
        (b) => b.lang === 'html' && b.body.includes('<casualty-counter'),
      );
      writeFileSync(join(dir, 'page.html'), `<!doctype html><html lang="en"><body>${snippet.body}</body></html>`);
      for (const name of ['dataset.json', 'my.json']) cpSync('dist/strike-dataset.json', join(dir, name));
      const runs = commands().filter((c) => /^npx strike-widgets /.test(c.line));
      assert.ok(runs.length >= 5, runs.map((c) => c.line).join('\n'));
      for (const { page, line } of runs) {
        const { argv, redirect } = parseCommand(line);
        const run = spawnSync(process.execPath, [join(ROOT, pkg.bin['strike-widgets']), ...argv.slice(2)], {
          cwd: dir,
          encoding: 'utf8',
        });
        assert.equal(run.status, 0, `${page}: ${line}\n${run.stderr}`);
        if (redirect) writeFileSync(join(dir, redirect), run.stdout);
      }
      assert.ok(existsSync(join(dir, 'my-strikes.json')), 'import wrote the dataset');
      assert.ok(
        readFileSync(join(dir, 'page.prerendered.html'), 'utf8').includes('shadowrootmode="open"'),
        'prerender wrote declarative shadow DOM',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test("the README's two set-up commands: one serves the demo, the other is exactly what .ci/run runs", () => {
  const block = codeBlocks(text.get('README.md')).find((b) => b.lang === 'sh');
  const lines = block.body
    .trim()
    .split('\n')
    .map((l) => l.split(/\s+#\s/)[0].trim());
  assert.deepEqual(lines, ['npm ci && npm start', 'npm ci && npm test']);
  const ci = readFileSync('.ci/run', 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !/^(set|cd) /.test(l));
  assert.deepEqual(ci, lines[1].split(' && '));
  // `npm start` builds, then serves: both halves are scripts that exist.
  assert.match(pkg.scripts.start, /scripts\/build\.mjs/);
  assert.ok(
    pkg.scripts.start.split('&&').every((c) => existsSync(c.trim().split(' ')[1])),
    pkg.scripts.start,
  );
});

// --- Links, anchors and paths ---------------------------------------------------------------------------------

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
const anchorsOf = (md) => new Set([...prose(md).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])));

test('every relative link and anchor in the README and docs/ resolves, in the repository and in the package', () => {
  const { files } = pack();
  const broken = [];
  let links = 0;
  for (const [page, md] of text) {
    for (const [, target] of prose(md).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) {
        broken.push(`${page}: ${target}: links outside the repository are not checked, so not allowed`);
        continue;
      }
      links++;
      const [path, anchor] = target.split('#');
      const file = path ? normalize(join(dirname(page), path)) : page;
      if (!existsSync(file)) broken.push(`${page}: ${target}: no ${file}`);
      else if (!files.has(file))
        broken.push(`${page}: ${target}: ${file} is not in the package, where this page is read too`);
      else if (anchor && !anchorsOf(readFileSync(file, 'utf8')).has(anchor))
        broken.push(`${page}: ${target}: no heading #${anchor}`);
    }
  }
  assert.ok(links >= 15, `only ${links} links`);
  assert.deepEqual(broken, []);
});

test('every repository path the docs name exists, and every dist/ or bin/ path is in the package', () => {
  const { files } = pack();
  const wrong = [];
  for (const [page, md] of text) {
    for (const code of inlineCode(md)) {
      const path = code.match(/^((?:src|test|scripts|bin|demo|stories|dist|docs|bench)\/[\w./<>-]*|\.ci\/run)$/)?.[1];
      if (!path || isPlaceholder(path)) continue;
      if (path.startsWith('dist/')) {
        if (!files.has(path) && ![...files].some((f) => f.startsWith(path)))
          wrong.push(`${page}: ${path} is not in the package`);
      } else if (!existsSync(path)) wrong.push(`${page}: ${path} does not exist`);
    }
  }
  // The hosted folder's name carries the package's version, as the build names it
  // (dist/demo/strike-widgets-<version>/strike-widgets.js).
  for (const [page, md] of text) {
    for (const [name, version] of md.matchAll(/strike-widgets-(\d+\.\d+\.\d+)(?=\/|\.js)/g)) {
      if (version !== pkg.version) wrong.push(`${page}: ${name}, but the version is ${pkg.version}`);
    }
  }
  assert.ok(
    existsSync(`dist/demo/strike-widgets-${pkg.version}/strike-widgets.js`),
    'the build writes the versioned folder',
  );
  assert.deepEqual(wrong, []);
});

// --- The npm path ---------------------------------------------------------------------------------------------

test('the npm path installs from npm pack, names no src/ file, and imports only what the package exports', () => {
  const embedding = text.get('docs/embedding.md');
  const section = embedding.slice(
    embedding.indexOf('## From npm'),
    embedding.indexOf('\n## ', embedding.indexOf('## From npm') + 3),
  );
  assert.match(section, /not on the npm registry yet/);
  assert.ok(codeBlocks(section).some((b) => /npm pack/.test(b.body) && /npm install \S+\.tgz/.test(b.body)));
  // Pages for the package's users name no source file (the package ships dist/, not src/); architecture.md is
  // for those who change the source.
  for (const [page, md] of text) {
    if (page === 'docs/architecture.md') continue;
    assert.deepEqual(
      [...md.matchAll(/\bsrc\/[\w./-]+/g)].map((m) => `${page}: ${m[0]}`),
      [],
    );
    assert.doesNotMatch(md, /npm install strike-widgets\b/, `${page} installs from the registry`);
  }
  // Each `import { a, b } from 'strike-widgets/…'` names exports of that entry's types.
  const { files } = pack();
  const imports = [...text.values()].flatMap((md) => [
    ...md.matchAll(/import (?:type )?(?:\{([^}]*)\} from )?'(strike-widgets(?:\/[\w.-]+)?)'/g),
  ]);
  assert.ok(imports.length >= 6);
  const named = [];
  for (const [, names, specifier] of imports) {
    const sub = specifier === 'strike-widgets' ? '.' : `./${specifier.slice('strike-widgets/'.length)}`;
    const target = pkg.exports[sub];
    assert.ok(target, `${specifier} is exported`);
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(files.has(file.replace(/^\.\//, '')), `${specifier} → ${file} is shipped`);
    }
    const wanted = (names ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    if (!wanted.length) continue;
    const types = typeof target === 'string' ? undefined : target.types;
    assert.ok(types && existsSync(types), `${specifier} has types (run npm run build first)`);
    named.push({ specifier, types, wanted });
  }
  const program = ts.createProgram([...new Set(named.map((n) => n.types))], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  for (const { specifier, types, wanted } of named) {
    const exported = checker
      .getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(types)))
      .map((s) => s.name);
    assert.deepEqual(
      wanted.filter((n) => !exported.includes(n)),
      [],
      `${specifier} exports ${wanted.join(', ')}`,
    );
  }
});

// --- Elements, attributes, parts, CSS properties --------------------------------------------------------------

const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const elements = new Map(declarations.map((d) => [d.tagName, d]));
const attributesOf = (tag) => new Set((elements.get(tag)?.attributes ?? []).map((a) => a.name));
/** Other libraries' elements a page may show beside ours, and the element architecture.md adds as its example. */
const FOREIGN_TAGS = new Set(['amp-iframe', 'strike-map']);
const GLOBAL_ATTRIBUTES = new Set(['class', 'id', 'style', 'hidden', 'title', 'dir', 'slot']);

test('every element, attribute, part, CSS property and event the docs name is in custom-elements.json', () => {
  const wrong = [];
  let checked = 0;
  for (const [page, md] of text) {
    const sources = [
      ...codeBlocks(md)
        .filter((b) => b.lang === 'html' || b.lang === 'css')
        .map((b) => b.body),
      ...inlineCode(md),
    ];
    // Tags with their attributes, in markup and in inline code (`<strike-card event="…">`).
    for (const source of sources) {
      for (const [, tag, attrs] of source.matchAll(
        /<([a-z][a-z0-9]*-[a-z0-9-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>/g,
      )) {
        if (FOREIGN_TAGS.has(tag)) continue;
        checked++;
        if (!elements.has(tag)) wrong.push(`${page}: <${tag}> is not an element of the manifest`);
        for (const [, name] of attrs.matchAll(/([a-z-]+)(?:="[^"]*")?/g)) {
          if (!attributesOf(tag).has(name) && !GLOBAL_ATTRIBUTES.has(name))
            wrong.push(`${page}: <${tag}> has no attribute ${name}`);
        }
      }
      for (const [, tag, part] of source.matchAll(/([a-z]+-[a-z-]+)::part\(([a-z-]+)\)/g)) {
        checked++;
        if (!(elements.get(tag)?.cssParts ?? []).some((p) => p.name === part))
          wrong.push(`${page}: ${tag} has no part ${part}`);
      }
    }
    // A table row about an element (`| <casualty-counter …> | … | `metric`, `count-up` |`): each attribute it names.
    for (const [, tag, rest] of md.matchAll(/^\|\s*`<([a-z]+-[a-z-]+)[^`]*>`\s*\|(.*)$/gm)) {
      for (const [, name] of rest.matchAll(/`([a-z]+(?:-[a-z]+)*)(?:="[^`]*")?`/g)) {
        checked++;
        if (!attributesOf(tag).has(name))
          wrong.push(`${page}: the row for <${tag}> names ${name}, which it does not have`);
      }
    }
    // Custom properties and events.
    const cssProperties = new Set(declarations.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
    for (const [name] of md.matchAll(
      /--(?:sw|strike-card|casualty-counter|quote-block|strike-timeline|claim-compare)-[a-z-]*[a-z]/g,
    )) {
      checked++;
      if (!cssProperties.has(name)) wrong.push(`${page}: ${name} is not a CSS property of any element`);
    }
    const events = new Set(declarations.flatMap((d) => (d.events ?? []).map((e) => e.name)));
    for (const [name] of md.matchAll(/strike-widgets-[a-z]+(?=`)/g)) {
      if (/-(error)$/.test(name) && !events.has(name)) wrong.push(`${page}: no element dispatches ${name}`);
    }
  }
  assert.ok(checked >= 80, `only ${checked} names checked`);
  assert.deepEqual(wrong, []);
});

// --- The fallback markup --------------------------------------------------------------------------------------

/** Every element in a parse5 tree, depth first. */
function* elementsOf(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elementsOf(child.tagName === 'template' ? child.content : child);
  }
}
const textOf = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(textOf).join(''));

test("the README's fallback markup stays inside the element when WordPress wraps the line in <p>", () => {
  const snippet = codeBlocks(text.get('README.md')).find(
    (b) => b.lang === 'html' && b.body.includes('<casualty-counter'),
  );
  assert.ok(snippet, 'the paste snippet');
  const example = snippet.body.split('\n').find((l) => l.startsWith('<casualty-counter'));
  const tag = example.match(/<([a-z]+-[a-z-]+)/)[1];
  const fallback = textOf(parse(example)).trim();
  assert.ok(fallback.length > 20);
  // The classic editor's wpautop wraps a line of text and inline elements in one paragraph.
  const wrapped = parse(`<!doctype html><body><p>${example.trim()}</p></body>`);
  const el = [...elementsOf(wrapped)].find((e) => e.tagName === tag);
  assert.equal(textOf(el).trim(), fallback, 'the whole fallback inside the element');
  assert.equal(textOf(wrapped).split(fallback).length - 1, 1, 'shown once');
  // Block markup does not survive: its <p> is pushed out of the element.
  const old = parse(`<!doctype html><body><p><${tag}><p>${fallback}</p></${tag}></p></body>`);
  assert.equal(textOf([...elementsOf(old)].find((e) => e.tagName === tag)).trim(), '');
});

// --- Ports and the demo ---------------------------------------------------------------------------------------

/** Starts the demo server with `env` and returns the status of `/builder.html` at `origin`. */
async function demoAnswers(env, origin) {
  // The demo's own defaults unless `env` names them.
  const inherited = { ...process.env };
  delete inherited.PORT;
  delete inherited.HOST;
  const server = spawn(process.execPath, ['scripts/start.mjs'], { env: { ...inherited, ...env }, stdio: 'pipe' });
  let stderr = '';
  server.stderr.on('data', (d) => (stderr += d));
  try {
    let response;
    for (let i = 0; i < 50 && !response && server.exitCode === null; i++) {
      await new Promise((r) => setTimeout(r, 100));
      response = await fetch(`${origin}/builder.html`).catch(() => undefined);
    }
    return { status: response?.status, stderr };
  } finally {
    server.kill();
  }
}

test('the demo is where the README says: port 8080 by default, PORT and HOST move it', async () => {
  assert.ok(existsSync('dist/demo/index.html'), 'run npm run build first');
  const readme = text.get('README.md').replace(/\s+/g, ' ');
  assert.match(readme, /serves the demo on http:\/\/127\.0\.0\.1:8080/);
  assert.match(readme, /`PORT=8081 npm start` serves it on another port/);
  assert.match(readme, /`HOST=0\.0\.0\.0`/);
  // The default port, on another loopback address than 127.0.0.1 so a demo already running there does not answer.
  const byDefault = await demoAnswers({ HOST: '127.0.0.3' }, 'http://127.0.0.3:8080');
  assert.equal(byDefault.status, 200, byDefault.stderr);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const moved = await demoAnswers({ PORT: String(port) }, `http://127.0.0.1:${port}`);
  assert.equal(moved.status, 200, moved.stderr);
});

test('the Storybook port the docs give is the one npm run storybook uses', () => {
  const theming = text.get('docs/theming.md');
  const [, port] = theming.match(/npm run storybook +# the catalogue on http:\/\/localhost:(\d+)/) ?? [];
  assert.ok(port, 'docs/theming.md gives the Storybook address');
  const argv = pkg.scripts.storybook.split(/\s+/);
  assert.equal(argv[argv.indexOf('-p') + 1], port);
  // The other port it offers goes through the same flag.
  assert.match(theming, /npm run storybook -- -p \d+/);
});

test('the demo has what the README says: an English article, light and dark, one widget in Ukrainian, a JavaScript-off view, the builder', () => {
  assert.match(
    text.get('README.md').replace(/\s+/g, ' '),
    /English article that uses every widget in context \(light, dark, one widget in Ukrainian, and the same page with JavaScript off\) and an embed builder at `\/builder\.html`/,
  );
  const page = parse(readFileSync('demo/index.html', 'utf8'));
  const all = [...elementsOf(page)];
  const attr = (e, name) => e.attrs.find((a) => a.name === name)?.value;
  assert.equal(
    attr(
      all.find((e) => e.tagName === 'html'),
      'lang',
    ),
    'en',
  );
  const widgets = all.filter((e) => elements.has(e.tagName));
  assert.deepEqual([...new Set(widgets.map((e) => e.tagName))].sort(), [...elements.keys()].sort(), 'every widget');
  assert.equal(widgets.filter((e) => attr(e, 'lang') === 'uk').length, 1);
  assert.ok(
    widgets.some((e) => attr(e, 'theme') === 'dark'),
    'a dark widget',
  );
  assert.ok(all.some((e) => e.tagName === 'iframe' && /no-js/.test(attr(e, 'class') ?? '')));
  assert.ok(existsSync('demo/builder.html'));
});

// --- The reliability page -------------------------------------------------------------------------------------

/** The titles of a test file's describe/it/test calls; the changing part of a template title reads `…`. */
function testTitles(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const titles = new Set();
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ['describe', 'it', 'test'].includes(node.expression.text)
    ) {
      const [first] = node.arguments;
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) titles.add(first.text);
      else if (first && ts.isTemplateExpression(first)) {
        titles.add(first.head.text + first.templateSpans.map((s) => `…${s.literal.text}`).join(''));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return titles;
}

test('each test docs/reliability.md names exists, with that describe/it title', () => {
  const named = [...text.get('docs/reliability.md').matchAll(/`(test\/[^`]+\.test\.m?[jt]s)` › “([^”]+)”/g)];
  assert.ok(named.length >= 25, `only ${named.length} tests named`);
  const missing = named
    .filter(([, file, title]) => !existsSync(file) || !testTitles(file).has(title))
    .map(([, file, title]) => `${file} › ${title}`);
  assert.deepEqual(missing, []);
});
