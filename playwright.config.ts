// Playwright: browser tests against the production build, in the system Chromium (no browser downloads).
import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS, SVG_ARGS } from './tests/e2e/browser';

const PORT = 4317;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'off',
    // A service worker would take requests out of page.route's reach (the fault tests): off, except in
    // offline.spec.ts, which turns it on to test it.
    serviceWorkers: 'block',
  },
  // MapLibre only where a test checks it (docs/testing.md): tests tagged @webgl run in a browser with WebGL (SwiftShader,
  // slow on 2 cores); every other test runs without, on the SVG map, so no test waits behind MapLibre it never looks at.
  projects: [
    {
      name: 'svg',
      grepInvert: /@webgl/,
      use: { launchOptions: { executablePath: chromiumPath(), args: SVG_ARGS } },
    },
    { name: 'webgl', grep: /@webgl/ },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
