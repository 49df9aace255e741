// The presenter soak (npm run bench -- --soak [minutes]): the tour loops by keyboard for 10 minutes; no errors, heap ≤ +5 MiB.
import { existsSync } from 'node:fs';
import { buildSites, SITE, sitePath } from './build.ts';
import { serveStatic } from './server.ts';
import { launch, openCold, type Session } from './lab.ts';

const BUDGET_MIB = 5;

async function heapAfterGc(s: Session): Promise<number> {
  for (let i = 0; i < 3; i++) await s.cdp.send('HeapProfiler.collectGarbage');
  return (await s.cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Walks the whole tour with the arrow key, then Home, again and again; heap is measured after the first loop and at the end. */
export async function soak(minutes: number, log: (line: string) => void): Promise<boolean> {
  if (!existsSync(sitePath('app'))) buildSites(log);
  const server = await serveStatic(SITE);
  const browser = await launch();
  try {
    const s = await openCold(browser, false);
    await s.page.setViewportSize({ width: 1920, height: 1080 });
    await s.page.goto(`${server.origin}/app/?lang=en&view=present`);
    await s.page.getByTestId('step-caption').waitFor();
    await s.page.locator('[data-renderer="webgl"]').waitFor({ timeout: 60_000 });
    const steps = Number((await s.page.getByTestId('step-count').textContent())?.split('/')[1]);
    const loop = async () => {
      for (let i = 1; i < steps; i++) {
        await s.page.keyboard.press('ArrowRight');
        await s.page.waitForTimeout(150);
      }
      await s.page.keyboard.press('Home');
      await s.page.waitForTimeout(150);
    };
    await loop();
    const start = await heapAfterGc(s);
    const end = Date.now() + minutes * 60_000;
    let loops = 1;
    while (Date.now() < end) {
      await loop();
      loops++;
      if (loops % 10 === 0) log(`soak: ${loops} loops, ${Math.round((end - Date.now()) / 1000)} s left`);
    }
    const stop = await heapAfterGc(s);
    const growth = (stop - start) / 2 ** 20;
    const step = await s.page.getByTestId('step-caption').getAttribute('data-step');
    const ok = s.errors.length === 0 && growth <= BUDGET_MIB && step === '1';
    console.log(
      [
        `presenter soak: ${minutes} min, ${loops} loops of ${steps} steps (${loops * steps} step changes)`,
        `heap after GC: ${(start / 2 ** 20).toFixed(2)} MiB after the first loop → ${(stop / 2 ** 20).toFixed(2)} MiB at the end` +
          ` (growth ${growth.toFixed(2)} MiB, budget ≤ ${BUDGET_MIB} MiB)`,
        `errors: ${s.errors.length ? s.errors.join(' | ') : 'none'}`,
        ok ? 'PASS' : 'FAIL',
      ].join('\n'),
    );
    await s.close();
    return ok;
  } finally {
    await browser.close();
    await server.close();
  }
}
