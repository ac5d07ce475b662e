/**
 * A standalone SVG of the current view for slides: title, period, the map,
 * its legend and the source credit, with the font embedded so it looks the
 * same on any machine. Pure: every input is computed by the caller.
 */
export interface ExportInput {
  width: number;
  height: number;
  title: string;
  subtitle: string;
  /** The active filters, on a line of their own under the subtitle (empty: no line). */
  filters?: string;
  credit: string;
  /** What the map's numbers are, on a line above the credit (empty: no line). */
  note?: string;
  legendTitle: string;
  legend: { label: string; fill: string }[];
  /** The outline styles drawn on the map, keyed on a second legend row (empty: no row). */
  outlines?: { label: string; stroke: string; width: number; dash?: string }[];
  /** The stripes of « Campagnes sans chiffre », which a fill of NO_FIGURE_FILL draws. */
  hatch?: { ground: string; stripe: string };
  /** Country shapes already projected into `map` coordinates. */
  countries: { d: string; fill: string; stroke: string; strokeWidth: number; dash?: string }[];
  map: { x: number; y: number; width: number; height: number };
  colours: { background: string; text: string; muted: string; accent?: string };
  /** woff2 data URLs, regular and bold; the text falls back to sans-serif without them. */
  fonts?: { regular: string; bold: string };
  /** Sizes are designed for this height: 1080 for a slide; a card's smaller one sets larger text. */
  designHeight?: number;
  /** A figure on a line of its own under the subtitle: its « plus de », its number, its label. */
  headline?: { over: string; value: string; label: string };
  /** Large text at the top right, read from afar: a video frame's month or slide number. */
  stamp?: string;
}

/** Inter's average advance is about 0.55 em: enough to break a title before it runs off the image. */
const EM_PER_CHAR = 0.55;

/** `frame` grown about its centre to `aspect` (width / height). */
export function fitFrame(frame: ExportInput['map'], aspect: number): ExportInput['map'] {
  const r = (n: number) => +n.toFixed(2);
  if (frame.width / frame.height < aspect) {
    const width = frame.height * aspect;
    return { ...frame, x: r(frame.x - (width - frame.width) / 2), width: r(width) };
  }
  const height = frame.width / aspect;
  return { ...frame, y: r(frame.y - (height - frame.height) / 2), height: r(height) };
}

/** The headline's label, cut with an ellipsis where it would run off the image. */
function headlineLabel(
  headline: NonNullable<ExportInput['headline']>,
  room: number,
  px: (n: number) => number,
): string {
  const used = (headline.over.length + 1) * px(30) + headline.value.length * px(56);
  const max = Math.floor((room - used * EM_PER_CHAR) / (px(30) * EM_PER_CHAR)) - 1;
  const { label } = headline;
  return label.length <= max ? label : `${label.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Words on lines of at most `max` characters (a word longer than that has a line of its own). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && (last + ' ' + word).length <= max)
      lines[lines.length - 1] += ' ' + word;
    else lines.push(word);
  }
  return lines;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const FAMILY = 'CampaignExplorerSans';

/** A fill that draws the stripes of `hatch` (the map's, and the legend's own at its scale). */
export const NO_FIGURE_FILL = 'url(#no-figure)';

/** A legend item's width before it is drawn: an Inter glyph is about 0.56 em on average. */
const itemWidth = (label: string, size: number) => size * (48 / 26 + label.length * 0.56);

/** Where the heading ends: its title's lines, and how far they and the headline push the rest down. */
function heading(input: ExportInput) {
  const unit = input.height / (input.designHeight ?? 1080); // every size is designed for that height
  const px = (n: number) => +(n * unit).toFixed(2);
  // The stamp takes its width off the title's line, with a gap.
  const stampWidth = input.stamp ? input.stamp.length * px(96) * EM_PER_CHAR + px(60) : 0;
  const titleLines = wrapText(
    input.title,
    Math.floor((input.width - px(120) - stampWidth) / (px(64) * EM_PER_CHAR)),
  );
  // Each line past the title's first, and the headline, push what follows down.
  const down = (titleLines.length - 1) * px(72);
  const below = down + (input.headline ? px(80) : 0);
  return { px, titleLines, down, below, mapTop: px(input.filters ? 225 : 190) + below };
}

/** The height of the band above the map: title, stamp, subtitle, headline and filters (a video redraws only it). */
export function headingHeight(input: ExportInput): number {
  return heading(input).mapTop;
}

export function exportSvg(input: ExportInput): string {
  const { width: w, height: h, colours, fonts } = input;
  const { px, titleLines, down, below, mapTop } = heading(input);
  const headlineY = px(160) + down + px(70);
  const fontFace = fonts
    ? `@font-face{font-family:${FAMILY};font-weight:400;src:url(${fonts.regular}) format("woff2")}` +
      `@font-face{font-family:${FAMILY};font-weight:700;src:url(${fonts.bold}) format("woff2")}`
    : '';
  const outlined = input.outlines?.length ? input.outlines : [];
  // The colour key flows over as many rows as its labels need, then the outlines' row.
  const rows: { label: string; fill: string; x: number }[][] = [[]];
  let cursor = px(60);
  for (const item of input.legend) {
    const size = itemWidth(item.label, px(26));
    if (cursor + size > w - px(60) && rows.at(-1)!.length) {
      rows.push([]);
      cursor = px(60);
    }
    rows.at(-1)!.push({ ...item, x: cursor });
    cursor += size + px(40);
  }
  const rowHeight = px(50);
  const legendY = h - px(150) - (rows.length - 1 + (outlined.length ? 1 : 0)) * rowHeight;
  const outlineY = legendY + rows.length * rowHeight;
  // Side by side, 560 apart, or further where a label is longer (a card's names the countries).
  const keyX = outlined.map((_, i) =>
    outlined
      .slice(0, i)
      .reduce(
        (x, item) => x + Math.max(px(560), px(88) + item.label.length * px(26) * EM_PER_CHAR),
        px(60),
      ),
  );
  const outlineKey = outlined
    .map((item, i) => {
      const x = keyX[i]!;
      return (
        `<rect x="${x + px(2)}" y="${outlineY + px(2)}" width="${px(32)}" height="${px(32)}" rx="${px(4)}" fill="none" stroke="${item.stroke}" stroke-width="${px(item.width)}"${item.dash ? ` stroke-dasharray="${item.dash.replace(/\d+(\.\d+)?/g, (n) => String(px(+n)))}"` : ''}/>` +
        `<text x="${x + px(48)}" y="${outlineY + px(27)}" font-size="${px(26)}">${escape(item.label)}</text>`
      );
    })
    .join('');
  const filters = input.filters
    ? `<text x="${px(60)}" y="${px(200) + below}" font-size="${px(26)}" class="muted">${escape(input.filters)}</text>`
    : '';
  const headline = input.headline
    ? `<text x="${px(60)}" y="${headlineY}" font-size="${px(30)}" class="muted">` +
      (input.headline.over
        ? `<tspan font-weight="700">${escape(input.headline.over)} </tspan>`
        : '') +
      `<tspan font-size="${px(56)}" font-weight="700" fill="${colours.accent ?? colours.text}">${escape(input.headline.value)}</tspan>` +
      `<tspan> ${escape(headlineLabel(input.headline, w - px(120), px))}</tspan></text>`
    : '';
  const legend = rows
    .flatMap((row, r) =>
      row.map((item) => {
        const top = legendY + r * rowHeight;
        // The key's stripes at the key's scale, not the map's.
        const fill = item.fill === NO_FIGURE_FILL ? 'url(#no-figure-key)' : item.fill;
        return (
          `<rect x="${item.x}" y="${top}" width="${px(36)}" height="${px(36)}" rx="${px(4)}" fill="${fill}" stroke="${colours.muted}" stroke-width="${px(1)}"/>` +
          `<text x="${item.x + px(48)}" y="${top + px(27)}" font-size="${px(26)}">${escape(item.label)}</text>`
        );
      }),
    )
    .join('');
  const stripes = (
    id: string,
    size: number,
    { ground, stripe }: { ground: string; stripe: string },
  ) =>
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${size}" height="${size}" patternTransform="rotate(45)">` +
    `<rect width="${size}" height="${size}" fill="${ground}"/>` +
    `<line x1="${size / 4}" y1="0" x2="${size / 4}" y2="${size}" stroke="${stripe}" stroke-width="${size / 3}"/></pattern>`;
  // In the map's units for the countries, in pixels for the key.
  const hatch = input.hatch
    ? `<defs>${stripes('no-figure', 4, input.hatch)}${stripes('no-figure-key', px(8), input.hatch)}</defs>`
    : '';
  const note = input.note
    ? `<text x="${px(60)}" y="${h - px(76)}" font-size="${px(22)}" class="muted">${escape(input.note)}</text>`
    : '';
  // The frame grown to the box's shape: the map fills the box, never cut square.
  const boxWidth = w - px(120);
  const boxHeight = legendY - px(40) - mapTop;
  const { x, y, width: mw, height: mh } = fitFrame(input.map, boxWidth / boxHeight);
  const paths = input.countries
    .map(
      (c) =>
        `<path d="${c.d}" fill="${c.fill}" stroke="${c.stroke}" stroke-width="${c.strokeWidth}"${c.dash ? ` stroke-dasharray="${c.dash}"` : ''}/>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escape(input.title)}">`,
    `<title>${escape(input.title)}</title>`,
    `<style>${fontFace}text{font-family:${FAMILY},Inter,"Helvetica Neue",Arial,sans-serif;fill:${colours.text}}.muted{fill:${colours.muted}}</style>`,
    hatch,
    `<rect width="${w}" height="${h}" fill="${colours.background}"/>`,
    titleLines
      .map(
        (line, i) =>
          `<text x="${px(60)}" y="${px(100) + i * px(72)}" font-size="${px(64)}" font-weight="700">${escape(line)}</text>`,
      )
      .join(''),
    input.stamp
      ? `<text x="${w - px(60)}" y="${px(120)}" font-size="${px(96)}" font-weight="700" text-anchor="end"><tspan fill="${colours.accent ?? colours.text}">${escape(input.stamp)}</tspan></text>`
      : '',
    `<text x="${px(60)}" y="${px(160) + down}" font-size="${px(34)}" class="muted">${escape(input.subtitle)}</text>`,
    headline,
    filters,
    `<svg x="${px(60)}" y="${mapTop}" width="${boxWidth}" height="${boxHeight}" viewBox="${x} ${y} ${mw} ${mh}" preserveAspectRatio="xMidYMid meet">${paths}</svg>`,
    `<text x="${px(60)}" y="${legendY - px(16)}" font-size="${px(24)}" font-weight="700">${escape(input.legendTitle)}</text>`,
    legend,
    outlineKey,
    note,
    `<text x="${px(60)}" y="${h - px(40)}" font-size="${px(22)}" class="muted">${escape(input.credit)}</text>`,
    `</svg>`,
  ].join('\n');
}

/** The width and height written in a PNG's header: tests read back what was exported. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
