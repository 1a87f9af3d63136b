// Hand-drawn SVG trend charts: no library, no inline style, labels as text nodes. Each chart is an
// image with a text alternative listing its points; the same figures are in the period table.
import { h, s } from '../shared/dom';

export interface Point {
  label: string;
  value: number | null;
}

export interface ChartSpec {
  id: string;
  title: string;
  points: readonly Point[];
  format: (v: number) => string;
  /** Fixed axis bounds (e.g. 1..5 for CSAT); otherwise the data's range. */
  min?: number;
  max?: number;
}

const W = 320;
const H = 150;
const PAD = { left: 64, right: 12, top: 12, bottom: 28 };

export interface Scale {
  min: number;
  max: number;
  y(v: number): number;
  x(i: number): number;
}

export function chartScale(spec: Pick<ChartSpec, 'points' | 'min' | 'max'>): Scale {
  const values = spec.points.map((p) => p.value).filter((v): v is number => v !== null);
  let min = spec.min ?? (values.length ? Math.min(...values) : 0);
  let max = spec.max ?? (values.length ? Math.max(...values) : 1);
  if (spec.min === undefined && spec.max === undefined && min === max) {
    min -= 1;
    max += 1;
  }
  if (max <= min) max = min + 1;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const n = spec.points.length;
  return {
    min,
    max,
    y: (v) => PAD.top + innerH * (1 - (Math.min(Math.max(v, min), max) - min) / (max - min)),
    x: (i) => PAD.left + (n <= 1 ? innerW / 2 : (innerW * i) / (n - 1)),
  };
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

export function lineChart(spec: ChartSpec): HTMLElement {
  const scale = chartScale(spec);
  const described = spec.points.map((p) => `${p.label}: ${p.value === null ? 'no data' : spec.format(p.value)}`).join('; ');
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-label': `${spec.title}. ${described || 'No data.'}`,
    class: 'cx-chart',
    'data-chart': spec.id,
  });
  const baseY = H - PAD.bottom;
  svg.appendChild(s('line', { x1: PAD.left, y1: baseY, x2: W - PAD.right, y2: baseY, class: 'cx-axis' }));
  svg.appendChild(s('line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: baseY, class: 'cx-axis' }));
  svg.appendChild(s('text', { x: PAD.left - 4, y: scale.y(scale.max) + 4, class: 'cx-tick', 'text-anchor': 'end' }, spec.format(scale.max)));
  svg.appendChild(s('text', { x: PAD.left - 4, y: scale.y(scale.min), class: 'cx-tick', 'text-anchor': 'end' }, spec.format(scale.min)));
  const first = spec.points[0];
  const last = spec.points[spec.points.length - 1];
  if (first) svg.appendChild(s('text', { x: scale.x(0), y: H - 8, class: 'cx-tick', 'text-anchor': 'start' }, first.label));
  if (last && spec.points.length > 1) svg.appendChild(s('text', { x: scale.x(spec.points.length - 1), y: H - 8, class: 'cx-tick', 'text-anchor': 'end' }, last.label));

  // A gap in the data breaks the line rather than drawing through it.
  let path = '';
  let pen = false;
  spec.points.forEach((p, i) => {
    if (p.value === null) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${round(scale.x(i))} ${round(scale.y(p.value))} `;
    pen = true;
  });
  if (path) svg.appendChild(s('path', { d: path.trim(), class: 'cx-line-path' }));
  spec.points.forEach((p, i) => {
    if (p.value === null) return;
    svg.appendChild(s('circle', { cx: round(scale.x(i)), cy: round(scale.y(p.value)), r: 3, class: 'cx-dot', 'data-value': p.value },
      s('title', null, `${p.label}: ${spec.format(p.value)}`)));
  });
  return h('figure', { class: 'cx-figure' }, h('figcaption', null, spec.title), svg);
}
