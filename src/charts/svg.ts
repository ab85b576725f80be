/** Text safe inside an SVG (XML) element or attribute. */
export const xmlText = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);

/** A number for an SVG coordinate: two decimals at most. */
export const at = (value: number): string => String(Math.round(value * 100) / 100);

/** One SVG element with its attributes (values escaped) and, optionally, text inside it. */
export function element(name: string, attributes: Readonly<Record<string, string | number | undefined>>, content?: string): string {
  const parts = Object.entries(attributes).flatMap(([key, value]) =>
    value === undefined ? [] : [`${key}="${xmlText(typeof value === 'number' ? at(value) : value)}"`],
  );
  const open = `<${name}${parts.length > 0 ? ` ${parts.join(' ')}` : ''}`;
  return content === undefined ? `${open}/>` : `${open}>${content}</${name}>`;
}

/** A whole SVG document of `width` × `height` with a title for screen readers and the elements inside. */
export function svgDocument(width: number, height: number, title: string, body: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    element('title', {}, xmlText(title)),
    element('rect', { x: 0, y: 0, width, height, fill: 'white' }),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/**
 * What tells one series from another without colour: a dash pattern for its line and a marker shape at its points,
 * in the order of the terminal chart's marks (● ■ ▲ ◆ ▼ …).
 */
export const DASHES = [undefined, '8 4', '2 3', '10 3 2 3', '4 4', '12 4', '1 2', '6 2 2 2 2 2'] as const;
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'down-triangle', 'cross', 'open-circle', 'open-square'] as const;
export type Marker = (typeof MARKERS)[number];

/** A marker centred on (x, y), drawn with shapes that are not paths (a chart's paths are its lines). */
export function marker(shape: Marker, x: number, y: number, size = 4): string {
  const points = (list: readonly [number, number][]) => list.map(([px, py]) => `${at(x + px)},${at(y + py)}`).join(' ');
  switch (shape) {
    case 'circle':
      return element('circle', { cx: x, cy: y, r: size, fill: 'black' });
    case 'open-circle':
      return element('circle', { cx: x, cy: y, r: size, fill: 'white', stroke: 'black', 'stroke-width': 1.5 });
    case 'square':
      return element('rect', { x: x - size, y: y - size, width: 2 * size, height: 2 * size, fill: 'black' });
    case 'open-square':
      return element('rect', { x: x - size, y: y - size, width: 2 * size, height: 2 * size, fill: 'white', stroke: 'black', 'stroke-width': 1.5 });
    case 'triangle':
      return element('polygon', {
        points: points([
          [0, -size - 1],
          [size + 1, size],
          [-size - 1, size],
        ]),
        fill: 'black',
      });
    case 'down-triangle':
      return element('polygon', {
        points: points([
          [0, size + 1],
          [size + 1, -size],
          [-size - 1, -size],
        ]),
        fill: 'black',
      });
    case 'diamond':
      return element('polygon', {
        points: points([
          [0, -size - 1],
          [size + 1, 0],
          [0, size + 1],
          [-size - 1, 0],
        ]),
        fill: 'black',
      });
    case 'cross':
      return element('polygon', {
        points: points([
          [-size, -size + 1.5],
          [-size + 1.5, -size],
          [0, -1.5],
          [size - 1.5, -size],
          [size, -size + 1.5],
          [1.5, 0],
          [size, size - 1.5],
          [size - 1.5, size],
          [0, 1.5],
          [-size + 1.5, size],
          [-size, size - 1.5],
          [-1.5, 0],
        ]),
        fill: 'black',
      });
  }
}
