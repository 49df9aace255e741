// Ambient types for Vite and Svelte imports.
/// <reference types="svelte" />
/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** The files the one-file offline copy carries inline (scripts/lib/offline-file.ts); null in every other build. */
declare module 'virtual:atlas-inline' {
  export const inlineFiles: Readonly<Record<string, string>> | null;
}
