// Offline use: registers the service worker (vite-plugin-pwa / Workbox precache of the whole build) after the first
// paint, and says when the atlas works offline and when a new version is waiting.

/** What the service worker has reported; read by the app to show one quiet notice for each. */
class OfflineState {
  /** The first install finished: every file of the build is cached, so the atlas now opens and presents offline. */
  ready = $state(false);
  /** A new version is cached and waiting; it takes over once every tab of the atlas is closed and it is reopened. */
  updateReady = $state(false);
}

export const offline = new OfflineState();

/**
 * Registers the service worker once the page has loaded (never in dev, where there is none, in an embed, or where the
 * browser has no service workers, e.g. file:// or a private window in some browsers). A new version waits rather than taking
 * over mid-talk (Workbox's "prompt" flow, without a prompt).
 */
export function registerOffline() {
  if (import.meta.env.DEV || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  // An embed stores nothing on the newsroom's reader's device (README, Embedding): no worker there.
  if (/[?&]view=embed(&|$)/.test(location.search)) return;
  const start = () =>
    void import('virtual:pwa-register')
      .then(({ registerSW }) =>
        registerSW({
          immediate: true,
          onOfflineReady: () => (offline.ready = true),
          onNeedRefresh: () => (offline.updateReady = true),
        }),
      )
      .catch(() => {
        // Without the registration code (offline on a first visit) the atlas simply stays online-only.
      });
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
