// DOM building without HTML parsing: every string becomes a text node or an attribute value, so a
// record text like `<img src=x onerror=alert(1)>` can only ever show as text. Nothing here (or
// anywhere in the views) assigns innerHTML/outerHTML, uses insertAdjacentHTML or sets an event
// handler attribute, which also keeps the pages working under a CSP without 'unsafe-inline'.

export type Child = Node | string | number | null | undefined | false;
export type Children = Child | readonly Children[];
export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue>;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Attributes whose value is a URL: only http(s), mailto and same-origin relative URLs pass. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

export function isSafeUrl(url: string): boolean {
  // Browsers drop tabs and newlines inside a scheme ("java\tscript:"), so control characters anywhere
  // could smuggle one past the check below.
  if (/[\u0000-\u001f\u007f]/.test(url)) return false;
  const trimmed = url.trim();
  if (trimmed === '') return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed);
  if (!scheme) return true;
  return ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase());
}

function setAttributes(element: Element, attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    const lower = name.toLowerCase();
    if (lower.startsWith('on')) throw new Error(`Event handler attribute '${name}' is not allowed; use addEventListener.`);
    if (lower === 'style') throw new Error("Inline 'style' attributes break under the Content-Security-Policy; use a class.");
    const text = value === true ? '' : String(value);
    if (URL_ATTRS.has(lower) && !isSafeUrl(text)) throw new Error(`Unsafe URL for '${name}'.`);
    element.setAttribute(name, text);
  }
}

function append(parent: Node, children: readonly Children[]): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  for (const child of children) {
    if (Array.isArray(child)) {
      append(parent, child as readonly Children[]);
    } else if (child === null || child === undefined || child === false) {
      continue;
    } else if (typeof child === 'string' || typeof child === 'number') {
      parent.appendChild(doc.createTextNode(String(child)));
    } else {
      parent.appendChild(child as Node);
    }
  }
}

/** Creates an HTML element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attrs ?? undefined);
  append(element, children);
  return element;
}

/** Creates an SVG element (charts) the same way. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Children[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  setAttributes(element, attrs ?? undefined);
  append(element, children);
  return element;
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Children[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

let idCounter = 0;
/** A document-unique id for label/aria wiring. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
