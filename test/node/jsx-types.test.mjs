// The JSX typings (dist/jsx*.d.ts) give JSX projects attribute checking: right attributes compile, wrong ones fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

/** A scratch project that depends on strike-widgets (this checkout) and on a stub of React's JSX types. */
function project() {
  const dir = mkdtempSync(join(tmpdir(), 'jsx-types-'));
  mkdirSync(join(dir, 'node_modules', 'react'), { recursive: true });
  // Installed as a consumer would have it: the package's files, and lit beside it; nothing of this checkout's
  // own node_modules (which holds a real React, through Storybook).
  const pkg = join(dir, 'node_modules', 'strike-widgets');
  mkdirSync(pkg);
  copyFileSync('package.json', join(pkg, 'package.json'));
  symlinkSync(join(process.cwd(), 'dist'), join(pkg, 'dist'), 'dir');
  symlinkSync(join(process.cwd(), 'node_modules', 'lit'), join(dir, 'node_modules', 'lit'), 'dir');
  writeFileSync(join(dir, 'node_modules', 'react', 'package.json'), '{"name":"react","types":"index.d.ts"}');
  writeFileSync(
    join(dir, 'node_modules', 'react', 'index.d.ts'),
    'export namespace JSX { interface Element {} interface IntrinsicElements {} interface ElementChildrenAttribute { children: {} } }\n',
  );
  writeFileSync(
    join(dir, 'node_modules', 'react', 'jsx-runtime.d.ts'),
    "import type { JSX as R } from './index';\nexport namespace JSX { interface Element extends R.Element {} interface IntrinsicElements extends R.IntrinsicElements {} }\nexport function jsx(...a: unknown[]): JSX.Element;\nexport function jsxs(...a: unknown[]): JSX.Element;\n",
  );
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
<casualty-counter events="a b" metric="injured" count-up dataset-id="mine" />;
<quote-block quote="putin-intensify-the-strikes" max-lines={3} lang="uk" />;
`;
const bad = [
  ['an unknown variant', '<strike-card event="x" variant="wide" />;'],
  ['an unknown metric', '<casualty-counter event="x" metric="deaths" />;'],
  ['a misspelt attribute', '<quote-block qoute="x" />;'],
  ['a theme that does not exist', '<strike-card event="x" theme="blue" />;'],
];

test('global JSX: the elements and their attributes type-check', () => {
  const dir = project();
  const prelude = "import type {} from 'strike-widgets/jsx';\ndeclare global { namespace JSX { interface Element {} } }\ndeclare function h(...a: unknown[]): JSX.Element;\n";
  const options = { jsx: ts.JsxEmit.Preserve, jsxFactory: 'h' };
  assert.deepEqual(errors(dir, 'good.tsx', prelude + good, options), []);
  for (const [what, line] of bad) {
    assert.notDeepEqual(errors(dir, `bad-${what.replace(/\W/g, '')}.tsx`, prelude + line, options), [], `${what} is an error`);
  }
});

test("React's JSX (strike-widgets/jsx-react): the elements and their attributes type-check", () => {
  const dir = project();
  const prelude = "import type {} from 'strike-widgets/jsx-react';\n";
  const options = { jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'react' };
  assert.deepEqual(errors(dir, 'good.tsx', prelude + good, options), []);
  for (const [what, line] of bad) {
    assert.notDeepEqual(errors(dir, `bad-${what.replace(/\W/g, '')}.tsx`, prelude + line, options), [], `${what} is an error`);
  }
  assert.notDeepEqual(errors(dir, 'without.tsx', good, options), [], 'without the import, React does not know the tags');
});
