// Vite + Vitest configuration: Svelte 5 app built with a relative base so it deploys under any sub-path.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { SECURITY_HEADERS } from './scripts/lib/csp.ts';

export default defineConfig({
  base: './',
  plugins: [svelte()],
  build: { target: 'es2022', sourcemap: false },
  // The production preview (npm start, the browser tests) runs under the strict policy deployers are given.
  preview: { headers: SECURITY_HEADERS },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
