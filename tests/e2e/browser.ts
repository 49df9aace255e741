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

export const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-3d-apis'];

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
