/** Renders icons/icon.svg to the PNG sizes the manifest names, with Chromium so the mark looks as browsers draw it. */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../e2e/chromium-flags.ts';

const SIZES = [16, 32, 48, 128] as const;

const svg = await readFile('icons/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_FLAGS],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(`icons/icon-${size}.png`, png);
    console.log(`icons/icon-${size}.png ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
