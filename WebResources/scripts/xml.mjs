// A small XML reader for the solution's own files (elements, attributes, text, comments,
// CDATA and the five predefined entities), so the generator needs no dependency.

const entities = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return entities[e] ?? m;
  });
}

/** Parses a document into { name, attrs, children, text } and returns the root element. */
export function parseXml(source) {
  const root = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const tag = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let m;
  while ((m = tag.exec(source)) !== null) {
    const top = stack[stack.length - 1];
    if (m[1] !== undefined) {
      top.text += m[1];
    } else if (m[3] !== undefined) {
      if (m[2] === '/') {
        if (top.name !== m[3]) throw new Error(`XML: </${m[3]}> closes <${top.name}>`);
        stack.pop();
        continue;
      }
      const attrs = {};
      const attr = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
      let a;
      while ((a = attr.exec(m[4])) !== null) attrs[a[1]] = decode(a[2] ?? a[3]);
      const element = { name: m[3], attrs, children: [], text: '' };
      top.children.push(element);
      if (m[5] !== '/') stack.push(element);
    } else if (m[6] !== undefined) {
      top.text += decode(m[6]);
    } else if (m[0].startsWith('<') && !m[0].startsWith('<!--') && !m[0].startsWith('<?') && !m[0].startsWith('<!DOCTYPE')) {
      throw new Error(`XML: cannot read '${m[0].slice(0, 40)}'`);
    }
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1].name}> is not closed`);
  const elements = root.children;
  if (elements.length !== 1) throw new Error('XML: expected one root element');
  return elements[0];
}

export function child(element, name) {
  return element ? element.children.find((c) => c.name === name) : undefined;
}

export function children(element, name) {
  return element ? element.children.filter((c) => c.name === name) : [];
}

export function text(element) {
  return element ? element.text.trim() : '';
}
