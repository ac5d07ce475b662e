import { describe, expect, it } from 'vitest';
import { exportSvg, NO_FIGURE_FILL, pngSize, type ExportInput } from './export-svg';

const input: ExportInput = {
  width: 1920,
  height: 1080,
  title: 'Nos mobilisations',
  subtitle: 'avril 2012 – mars 2013',
  credit: 'Source : All Out, « Nos mobilisations »',
  legendTitle: 'Campagnes',
  legend: [
    { label: 'Aucune campagne', fill: '#dfe2e7' },
    { label: '1 campagne', fill: '#c6dbef' },
  ],
  countries: [{ d: 'M0,0L10,0L10,10Z', fill: '#08519c', stroke: '#fff', strokeWidth: 0.5 }],
  map: { x: 0, y: 0, width: 960, height: 480 },
  colours: { background: '#fff', text: '#000', muted: '#444' },
  fonts: { regular: 'data:font/woff2;base64,AAAA', bold: 'data:font/woff2;base64,BBBB' },
};

describe('exportSvg', () => {
  it('writes a standalone SVG document with the title, period, legend and credit', () => {
    const doc = new DOMParser().parseFromString(exportSvg(input), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const svg = doc.documentElement;
    expect(svg.getAttribute('width')).toBe('1920');
    expect(svg.querySelector('title')?.textContent).toBe('Nos mobilisations');
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'avril 2012 – mars 2013',
        'Campagnes',
        'Aucune campagne',
        '1 campagne',
        'Source : All Out, « Nos mobilisations »',
      ]),
    );
    expect(svg.querySelectorAll('path')).toHaveLength(1);
  });

  it('embeds the fonts so the file looks the same on any machine', () => {
    expect(exportSvg(input)).toContain('src:url(data:font/woff2;base64,AAAA)');
  });

  it('escapes text from the data', () => {
    const svg = exportSvg({ ...input, title: 'A < B & « C »' });
    expect(svg).toContain('A &lt; B &amp; « C »');
  });

  it('dashes the outlines the caller dashes, and only those', () => {
    const doc = new DOMParser().parseFromString(
      exportSvg({
        ...input,
        countries: [
          ...input.countries,
          { d: 'M0,0L5,0L5,5Z', fill: '#fff', stroke: '#e6a100', strokeWidth: 2.5, dash: '5 3' },
        ],
      }),
      'image/svg+xml',
    );
    const dashes = [...doc.querySelectorAll('path')].map((p) => p.getAttribute('stroke-dasharray'));
    expect(dashes).toEqual([null, '5 3']);
  });

  it('scales every size with the height, for 4K exports', () => {
    const big = exportSvg({ ...input, width: 3840, height: 2160 });
    expect(big).toContain('font-size="128"');
  });
});

describe('pngSize', () => {
  it('reads the width and height from a PNG header', () => {
    const header = new Uint8Array(24);
    new DataView(header.buffer).setUint32(16, 3840);
    new DataView(header.buffer).setUint32(20, 2160);
    expect(pngSize(header)).toEqual({ width: 3840, height: 2160 });
  });
});

describe('exportSvg with filters and outlines', () => {
  it('says the active filters under the subtitle and keys the outlines', () => {
    const doc = new DOMParser().parseFromString(
      exportSvg({
        ...input,
        filters: 'Thèmes : sport',
        outlines: [
          { label: 'Pays concerné', stroke: '#b0136a', width: 3 },
          {
            label: 'Siège de la cible ou pays d’action',
            stroke: '#e6a100',
            width: 2.5,
            dash: '5 3',
          },
        ],
      }),
      'image/svg+xml',
    );
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Thèmes : sport',
        'Pays concerné',
        'Siège de la cible ou pays d’action',
      ]),
    );
    const keys = [...doc.querySelectorAll('rect[fill="none"]')];
    expect(keys.map((r) => r.getAttribute('stroke'))).toEqual(['#b0136a', '#e6a100']);
    expect(keys[0]!.hasAttribute('stroke-dasharray')).toBe(false);
    expect(keys[1]!.getAttribute('stroke-dasharray')).toBe('5 3');
  });

  it('draws no filter line and no outline key when there are none', () => {
    const svg = exportSvg(input);
    expect(svg).not.toContain('fill="none"');
    expect(svg.match(/<text/g)).toHaveLength(
      exportSvg({ ...input, filters: '' }).match(/<text/g)!.length,
    );
  });

  it('stripes « Campagnes sans chiffre » on the map and in the key, and says what the total is', () => {
    const labels = [
      'Aucune campagne',
      'Campagnes sans chiffre',
      'moins de 10 000',
      '10 000 – 100 000',
      '100 000 – 1 million',
      '1 million et plus',
    ];
    const doc = new DOMParser().parseFromString(
      exportSvg({
        ...input,
        legend: labels.map((label, i) => ({ label, fill: i === 1 ? NO_FIGURE_FILL : '#c6dbef' })),
        countries: [
          { d: 'M0,0L10,0L10,10Z', fill: NO_FIGURE_FILL, stroke: '#fff', strokeWidth: 0.5 },
        ],
        hatch: { ground: '#dfe2e7', stripe: '#6f7683' },
        note: 'Au total, plus de 1,6 million signatures et actions, un minimum',
      }),
      'image/svg+xml',
    );
    expect(doc.querySelector('parsererror')).toBeNull();
    expect([...doc.querySelectorAll('pattern line')].map((l) => l.getAttribute('stroke'))).toEqual([
      '#6f7683',
      '#6f7683',
    ]);
    expect(doc.querySelector('path')?.getAttribute('fill')).toBe('url(#no-figure)');
    expect(doc.querySelector('rect[fill="url(#no-figure-key)"]')).not.toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Au total, plus de 1,6 million signatures et actions, un minimum');
    // Six labels do not fit one row of 1920 px: the key wraps rather than overlap.
    const keyRects = [...doc.querySelectorAll('rect[rx]')];
    const rows = new Set(keyRects.map((r) => r.getAttribute('y')));
    expect(rows.size).toBe(2);
    for (const y of rows) {
      const xs = keyRects
        .filter((r) => r.getAttribute('y') === y)
        .map((r) => +r.getAttribute('x')!);
      xs.slice(1).forEach((x, i) => expect(x - xs[i]!).toBeGreaterThan(200));
    }
  });
});

describe('exportSvg with a stamp', () => {
  it('sets the stamp large at the top right, and the title wraps short of it', () => {
    const title = 'Nos mobilisations, de Sotchi à Kampala et plus';
    const plain = new DOMParser().parseFromString(exportSvg({ ...input, title }), 'image/svg+xml');
    const doc = new DOMParser().parseFromString(
      exportSvg({
        ...input,
        title,
        stamp: 'septembre 2012',
        colours: { ...input.colours, accent: '#b0136a' },
      }),
      'image/svg+xml',
    );
    expect(doc.querySelector('parsererror')).toBeNull();
    const stamp = [...doc.querySelectorAll('text')].find(
      (t) => t.textContent === 'septembre 2012',
    )!;
    expect(stamp.getAttribute('font-size')).toBe('96');
    expect(stamp.getAttribute('text-anchor')).toBe('end');
    expect(stamp.getAttribute('x')).toBe('1860');
    expect(stamp.querySelector('tspan')?.getAttribute('fill')).toBe('#b0136a');
    const lines = (d: Document) =>
      [...d.querySelectorAll('text[font-size="64"]')].map((t) => t.textContent!);
    expect(lines(plain)).toHaveLength(1);
    expect(lines(doc).length).toBeGreaterThan(1);
    expect(lines(doc).join(' ')).toBe(title);
  });
});
