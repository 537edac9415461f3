/** Measuring screenshots of the WebGL canvas; PNGs are decoded by the page itself (no image library in Node). */
import type { Page } from 'playwright-core';

/** The WebGL canvas alone, overlays hidden. */
export async function canvasShot(page: Page): Promise<Buffer> {
  const hide = await page.addStyleTag({ content: '.overlay { visibility: hidden !important; }' });
  try {
    return await page.locator('[data-testid=scene] canvas').screenshot();
  } finally {
    await hide.evaluate((node) => (node as Element).remove());
  }
}

export interface ImageStats {
  /** Distinct colours at 5 bits per channel. */
  distinct: number;
  /** Share of pixels of the most common colour [-]. */
  dominantShare: number;
  /** Mean Rec. 709 luma of the sRGB values, 0–255. */
  meanLuma: number;
  /** Shares of pixels at the two ends of the irradiation ramp: dark blue-purple and lemon yellow [-]. */
  navy: number;
  lemon: number;
}

export async function imageStats(page: Page, png: Buffer): Promise<ImageStats> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const counts = new Map<number, number>();
    let luma = 0;
    let navy = 0;
    let lemon = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i]!;
      const g = data[i + 1]!;
      const b = data[i + 2]!;
      const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      luma += 0.2126 * r + 0.7152 * g + 0.0722 * b;
      // plasma's dark end (#0d0887, #5402a3) and yellow end (#febc2b, #f0f921), under any light.
      if (b > 1.6 * r && b > 2.5 * g && b > 60) navy++;
      if (g > 0.85 * r && r > 120 && b < 0.45 * g) lemon++;
    }
    const n = data.length / 4;
    return {
      distinct: counts.size,
      dominantShare: Math.max(...counts.values()) / n,
      meanLuma: luma / n,
      navy: navy / n,
      lemon: lemon / n,
    };
  }, png.toString('base64'));
}

/** Share of pixels whose colour differs by more than `threshold` (0–255) in some channel between two PNGs [-]. */
export async function pixelDifference(page: Page, a: Buffer, b: Buffer, threshold = 24): Promise<number> {
  return page.evaluate(
    async ([pa, pb, t]) => {
      const decode = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [x, y] = [await decode(pa), await decode(pb)];
      if (x.length !== y.length) return 1;
      let changed = 0;
      for (let i = 0; i < x.length; i += 4) {
        if (Math.abs(x[i]! - y[i]!) > t || Math.abs(x[i + 1]! - y[i + 1]!) > t || Math.abs(x[i + 2]! - y[i + 2]!) > t)
          changed++;
      }
      return changed / (x.length / 4);
    },
    [a.toString('base64'), b.toString('base64'), threshold] as const,
  );
}
