// A stand-in news site on a second local port (another origin) for the embed tests: pages set per test, plus pym.js.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';

export const HOST_PORT = 4318;
export const HOST = `http://127.0.0.1:${HOST_PORT}`;

const PYM = readFileSync(new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url));

export class HostSite {
  #pages = new Map<string, { html: string; headers: Record<string, string> }>();
  #server: Server | null = null;

  /** Serves `html` at `path` (e.g. "/article.html"), with `headers` (e.g. a Content-Security-Policy). */
  page(path: string, html: string, headers: Record<string, string> = {}): string {
    this.#pages.set(path, { html, headers });
    return `${HOST}${path}`;
  }

  async start() {
    this.#server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', HOST).pathname;
      if (path === '/pym.v1.min.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(PYM);
        return;
      }
      // A news site has a favicon; without one the browser's own request is a 404 in the console.
      if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const found = this.#pages.get(path);
      if (found === undefined) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...found.headers });
      res.end(found.html);
    });
    await new Promise<void>((resolve) => this.#server!.listen(HOST_PORT, '127.0.0.1', resolve));
  }

  async stop() {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }
}

/** A plain article around an embed snippet; `before` pads the page above it. */
export function article(snippet: string, before = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title></head>
<body style="margin:0;font-family:sans-serif"><main style="max-width:640px;margin:0 auto;padding:16px">
<h1>A news article</h1>${before}<p>Text before the map.</p>
${snippet}
<p id="after">Text after the map.</p></main></body></html>`;
}
