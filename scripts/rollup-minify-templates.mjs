// A rollup plugin that removes the indentation inside Lit's html`` and css`` templates, which terser leaves as it
// is. Whitespace runs collapse to one space (HTML renders them the same; we never use <pre>); CSS also loses its
// comments and the spaces around braces, semicolons and commas.

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/** Quoted strings in CSS (`content: '; '`) keep every character; only what lies between them is squeezed. */
export function minifyCss(raw) {
  return raw
    .split(/('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

export function minifyHtml(raw) {
  return raw.replace(/\s+/g, ' ');
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/[\\/]dist[\\/]lib[\\/]/.test(id) || !/\b(html|css)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const minify = node.tag.name === 'css' ? minifyCss : node.tag.name === 'html' ? minifyHtml : undefined;
        if (!minify) return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const small =
            node.tag.name === 'css' && node.quasi.quasis.length > 1 ? raw.replace(/\s+/g, ' ') : minify(raw);
          if (small !== raw) edits.push([quasi.start, quasi.end, small]);
        }
      });
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
        out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
