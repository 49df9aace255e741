// Vite config for the ECharts peer: a production build like the app's (relative base, ES2022); bench adds a manifest and hidden maps.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: { target: 'es2022', sourcemap: false },
});
