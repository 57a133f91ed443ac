// The JSX typings (dist/jsx*.d.ts) give JSX projects attribute checking: right attributes compile, wrong ones fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

/** A scratch project that depends on strike-widgets (this checkout) and on React's own types (@types/react). */
function project() {
  const dir = mkdtempSync(join(tmpdir(), 'jsx-types-'));
  mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true });
  // Installed as a consumer would have it: the package's files, lit beside it, React's types.
  const pkg = join(dir, 'node_modules', 'strike-widgets');
  mkdirSync(pkg);
  copyFileSync('package.json', join(pkg, 'package.json'));
  symlinkSync(join(process.cwd(), 'dist'), join(pkg, 'dist'), 'dir');
  for (const dep of ['lit', 'csstype', '@types/react'])
    symlinkSync(join(process.cwd(), 'node_modules', dep), join(dir, 'node_modules', dep), 'dir');
  return dir;
}

/** Type errors of a TSX file in the scratch project. */
function errors(dir, name, source, options) {
  const file = join(dir, name);
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    preserveSymlinks: true,
    ...options,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const good = `
<strike-card event="2022-10-10-missile-strikes" variant="compact" heading-level="2" theme="dark" />;
<strike-card event="2022-10-10-missile-strikes" heading-level={2} />;
<casualty-counter events="a b" metric="injured" count-up dataset-id="mine" />;
<quote-block quote="putin-intensify-the-strikes" max-lines={3} lang="uk" />;
`;
/** Standard HTML attributes: accepted on every element (event types differ by flavour, so each adds its own). */
const standard = `
<strike-card event="x" title="A strike" role="region" dir="rtl" tabIndex={0} suppressHydrationWarning id="c" hidden />;
<claim-compare event="x" aria-label="Claims" data-section="news" lang="uk" />;
`;
const bad = [
  ['an unknown variant', '<strike-card event="x" variant="wide" />;'],
  ['an unknown metric', '<casualty-counter event="x" metric="deaths" />;'],
  ['a misspelt attribute', '<quote-block qoute="x" />;'],
  ['a theme that does not exist', '<strike-card event="x" theme="blue" />;'],
  ['heading-level 7', '<strike-card event="x" heading-level={7} />;'],
  ['heading-level "0"', '<claim-compare event="x" heading-level="0" />;'],
  ['a misspelt standard attribute', '<strike-card event="x" tabIdx={0} />;'],
];

test('global JSX: the elements and their attributes type-check', () => {
  const dir = project();
  const prelude =
    "import type {} from 'strike-widgets/jsx';\ndeclare global { namespace JSX { interface Element {} } }\ndeclare function h(...a: unknown[]): JSX.Element;\n";
  const options = { jsx: ts.JsxEmit.Preserve, jsxFactory: 'h' };
  assert.deepEqual(
    errors(
      dir,
      'good.tsx',
      prelude + good + standard + '<strike-card event="x" onClick={(e: MouseEvent) => e.button} />;',
      options,
    ),
    [],
  );
  // React types dir as any string; the global JSX knows its three values.
  assert.notDeepEqual(errors(dir, 'bad-dir.tsx', `${prelude}<strike-card event="x" dir="up" />;`, options), []);
  for (const [what, line] of bad) {
    assert.notDeepEqual(
      errors(dir, `bad-${what.replace(/\W/g, '')}.tsx`, prelude + line, options),
      [],
      `${what} is an error`,
    );
  }
});

test("React's JSX (strike-widgets/jsx-react): the elements and their attributes type-check", () => {
  const dir = project();
  const prelude = "import type {} from 'strike-widgets/jsx-react';\nimport type { MouseEvent } from 'react';\n";
  const options = { jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'react' };
  const handler =
    '<casualty-counter event="x" onClick={(e: MouseEvent<HTMLElement>) => e.currentTarget.focus()} onstrike-widgets-error={(e) => e.detail.code} />;';
  assert.deepEqual(errors(dir, 'good.tsx', prelude + good + standard + handler, options), []);
  for (const [what, line] of bad) {
    assert.notDeepEqual(
      errors(dir, `bad-${what.replace(/\W/g, '')}.tsx`, prelude + line, options),
      [],
      `${what} is an error`,
    );
  }
  assert.notDeepEqual(
    errors(dir, 'without.tsx', good, options),
    [],
    'without the import, React does not know the tags',
  );
});
