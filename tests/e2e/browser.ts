// Shared browser settings for the e2e tests, the screenshot script and the benchmark: the system Chromium, offline flags.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu-sandbox',
  // Headless Chromium draws WebGL in software through SwiftShader.
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

/**
 * A browser without WebGL, where the app draws its SVG map: no WebGL, no GPU process at all. Software compositing is
 * about three times faster per frame here than SwiftShader's GL (20 frames: 0.3 s against 1.1 s at 1280 × 800, measured
 * 7 December 2026), which every test that waits for a frame feels.
 */
export const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-3d-apis', '--disable-gpu'];

/** The arguments of a browser without WebGL: CHROMIUM_ARGS less SwiftShader's, plus NO_WEBGL_ARGS. */
export const SVG_ARGS = [...CHROMIUM_ARGS.filter((a) => !/swiftshader|gpu-sandbox/.test(a)), ...NO_WEBGL_ARGS];

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The Chromium to drive: $CHROMIUM_PATH, else the system one. Fails with a plain instruction when there is none. */
export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found)
    throw new Error(
      'No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.',
    );
  return found;
}
