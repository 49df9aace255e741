// Serves the production build (dist/) on a free local port with Vite's preview server.
import { preview } from 'vite';

export async function startPreview(port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    preview: { port, strictPort: port !== 0, host: '127.0.0.1', open: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report a URL');
  return { url, close: () => server.close() };
}
