// The exported slide, read back: the PNG's size from its header, and how many colours bands of it hold (not blank).
import { readFileSync } from 'node:fs';
import { expect, type Download, type Page } from '@playwright/test';

/** Checks the download is a 1920×1080 PNG and returns the distinct colours in the map (left) and caption (right) bands. */
export async function readSlide(page: Page, download: Download): Promise<{ map: number; panel: number }> {
  const png = readFileSync((await download.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
  return page.evaluate(async (b64) => {
    // The app's CSP forbids fetching data: URLs, so the bytes are decoded by hand.
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const colours = (x: number, w: number) => {
      const data = ctx.getImageData(x, 0, w, 1080).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 16) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    };
    return { map: colours(0, 1100), panel: colours(1240, 600) };
  }, png.toString('base64'));
}
