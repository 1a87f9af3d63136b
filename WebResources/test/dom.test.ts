// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { h, isSafeUrl, replaceChildren, s } from '../src/shared/dom';

const PAYLOAD = '<img src=x onerror="window.__xss=1">';

describe('DOM building', () => {
  it('puts record text in text nodes: markup stays text', () => {
    const el = h('p', { title: PAYLOAD }, PAYLOAD, ' and ', 3);
    expect(el.textContent).toBe(`${PAYLOAD} and 3`);
    expect(el.querySelector('img')).toBeNull();
    expect(el.getAttribute('title')).toBe(PAYLOAD);
    expect(el.childNodes[0]!.nodeType).toBe(3);
  });

  it('refuses event handler and style attributes', () => {
    expect(() => h('div', { onclick: 'x()' })).toThrow(/addEventListener/);
    expect(() => h('div', { OnMouseOver: 'x()' })).toThrow();
    expect(() => h('div', { style: 'color:red' })).toThrow(/Content-Security-Policy/);
  });

  it('refuses script URLs in links', () => {
    expect(() => h('a', { href: 'javascript:alert(1)' })).toThrow(/Unsafe URL/);
    expect(() => h('a', { href: ' JaVaScRiPt:alert(1)' })).toThrow();
    expect(() => h('a', { href: 'java\tscript:alert(1)' })).toThrow();
    expect(h('a', { href: 'https://org.example/main.aspx?id=1' }).getAttribute('href')).toBe('https://org.example/main.aspx?id=1');
  });

  it('judges URLs by scheme', () => {
    expect(isSafeUrl('/main.aspx')).toBe(true);
    expect(isSafeUrl('mailto:a@b.example')).toBe(true);
    expect(isSafeUrl('data:text/html,<script>')).toBe(false);
    expect(isSafeUrl('vbscript:x')).toBe(false);
    expect(isSafeUrl('')).toBe(false);
  });

  it('omits false and null attributes, flattens child arrays, builds SVG in its namespace', () => {
    const el = h('button', { hidden: false, disabled: true, 'data-x': null }, ['a', ['b', null, false]]);
    expect(el.hasAttribute('hidden')).toBe(false);
    expect(el.getAttribute('disabled')).toBe('');
    expect(el.hasAttribute('data-x')).toBe(false);
    expect(el.textContent).toBe('ab');
    const svg = s('svg', { viewBox: '0 0 1 1' }, s('text', null, PAYLOAD));
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.textContent).toBe(PAYLOAD);
    replaceChildren(el, 'c');
    expect(el.textContent).toBe('c');
  });
});
