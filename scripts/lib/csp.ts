// The Content-Security-Policy the app runs under: no eval, nothing outside its own origin, and no inline script or
// style but the prerendered page's own two, allowed by hash (scripts/lib/prerender.ts writes them beside index.html).
// `npm start` / `vite preview` send it; docs/deploy.md gives it to deployers. Any page may frame the app (it is embeddable).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The file the build writes beside index.html: the hashes of its inline script and style (read by `vite preview`). */
export const CSP_HASHES_FILE = 'csp-hashes.json';
/** The file the build writes beside index.html: the whole policy, for deployers to send as the header's value. */
export const CSP_FILE = 'content-security-policy.txt';

/** `'sha256-…'` source expressions (CSP Level 2 §4.2.4 hash-source) of inline `<script>` and `<style>` elements. */
export interface CspHashes {
  script: string[];
  style: string[];
}

/** The policy, with the hash-sources of the build's inline script and style (none: only 'self'). */
export function contentSecurityPolicy(hashes: CspHashes = { script: [], style: [] }): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...hashes.script].join(' '),
    ['style-src', "'self'", ...hashes.style].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    'frame-ancestors *',
  ].join('; ');
}

/** The response headers of every file the app serves. */
export function securityHeaders(hashes?: CspHashes): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(hashes),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}

/** The hashes a build wrote into `outDir` (none for a build without the prerender, e.g. the one-file copy). */
export function readCspHashes(outDir: string): CspHashes | undefined {
  const file = join(outDir, CSP_HASHES_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CspHashes) : undefined;
}

/** `vite preview` sends the security headers with the hashes of the build it serves (read when it starts). */
export function securityHeadersPreview(): Plugin {
  return {
    name: 'atlas-security-headers',
    configurePreviewServer(server) {
      const headers = securityHeaders(readCspHashes(server.config.build.outDir));
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}
