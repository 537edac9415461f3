/**
 * Pure: the DPE label as SVG geometry — seven bars A to G of growing length in the label's colours, and an arrow
 * pointing at the current class and another at the class after the chosen works. The DOM side (dpeLabel.ts) only
 * draws what this returns.
 */
import { DPE_LETTERS, type DpeLetter } from '../data/requests';

/**
 * The colours of the DPE scale, green A to red G, as the brief gives them (sRGB hex). The label's graphic charter is
 * set by the arrêté du 31 mars 2021 (annexe 2, model label); the hex values circulating in public code differ by a
 * few units (e.g. D #FCE600 or #FEEE00, G #D40F14 or #E20815), and no official hex table was found in the stored
 * pages, so these are kept as given.
 */
export const DPE_COLOURS: Record<DpeLetter, string> = {
  A: '#009036',
  B: '#53AF31',
  C: '#C6D300',
  D: '#FCEA0D',
  E: '#FBBA00',
  F: '#EB6A0A',
  G: '#E30613',
};

/**
 * Relative luminance of an sRGB colour, 0 (black) to 1 (white) (WCAG 2.1, "relative luminance": channels
 * linearised with the sRGB curve, weighted 0.2126 R + 0.7152 G + 0.0722 B).
 * @param hex "#RRGGBB"
 */
export function relativeLuminance(hex: string): number {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new RangeError(`hex must be "#RRGGBB", got ${JSON.stringify(hex)}`);
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Black or white, whichever contrasts more with the background (WCAG 2.1 contrast ratio (L1 + 0.05) / (L2 + 0.05)). */
export function textColourOn(hex: string): '#000000' | '#ffffff' {
  const l = relativeLuminance(hex);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

export interface DpeBox {
  width: number;
  /** Height of the column titles above the bars. */
  header: number;
  row: number;
  gap: number;
  /** Length of the A bar, and what each class adds. */
  barMin: number;
  barStep: number;
  arrowWidth: number;
  /** Horizontal depth of an arrow's point. */
  arrowTip: number;
  /** Left ends (tips) of the two arrow columns. */
  currentX: number;
  afterX: number;
}

export const DPE_BOX: DpeBox = {
  width: 320,
  header: 14,
  row: 20,
  gap: 3,
  barMin: 70,
  barStep: 18,
  arrowWidth: 60,
  arrowTip: 8,
  currentX: 196,
  afterX: 260,
};

export interface DpeArrow {
  letter: DpeLetter;
  /** The row's top and the point of the arrow [SVG units]. */
  y: number;
  tipX: number;
  tipY: number;
  /** Polygon points, "x,y x,y …", point first, clockwise. */
  points: string;
  colour: string;
  text: string;
}

export interface DpeScale {
  height: number;
  rows: { letter: DpeLetter; y: number; width: number; colour: string; text: string }[];
  current: DpeArrow;
  after: DpeArrow | null;
}

const rowY = (box: DpeBox, letter: DpeLetter) => box.header + DPE_LETTERS.indexOf(letter) * (box.row + box.gap);

function arrow(box: DpeBox, letter: DpeLetter, x: number): DpeArrow {
  if (!DPE_LETTERS.includes(letter)) throw new RangeError(`letter must be one of A–G, got ${JSON.stringify(letter)}`);
  const y = rowY(box, letter);
  const tipY = y + box.row / 2;
  const right = x + box.arrowWidth;
  const points = [
    [x, tipY],
    [x + box.arrowTip, y],
    [right, y],
    [right, y + box.row],
    [x + box.arrowTip, y + box.row],
  ]
    .map(([px, py]) => `${px},${py}`)
    .join(' ');
  return { letter, y, tipX: x, tipY, points, colour: DPE_COLOURS[letter], text: textColourOn(DPE_COLOURS[letter]) };
}

/**
 * @param current today's class
 * @param after the class after the chosen package; null when there is none
 */
export function dpeScaleGeometry(current: DpeLetter, after: DpeLetter | null, box: DpeBox = DPE_BOX): DpeScale {
  return {
    height: box.header + DPE_LETTERS.length * (box.row + box.gap) - box.gap,
    rows: DPE_LETTERS.map((letter, k) => ({
      letter,
      y: rowY(box, letter),
      width: box.barMin + k * box.barStep,
      colour: DPE_COLOURS[letter],
      text: textColourOn(DPE_COLOURS[letter]),
    })),
    current: arrow(box, current, box.currentX),
    after: after === null ? null : arrow(box, after, box.afterX),
  };
}
