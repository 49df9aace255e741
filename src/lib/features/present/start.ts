// Entering the presenter view from the app (button or P key): the tour, in full screen where the browser allows it.
import type { AppState } from '../../core/state/app.svelte';
import { enterFullscreen } from './fullscreen';

export async function startPresenting(app: AppState) {
  app.present();
  if (!(await enterFullscreen())) app.session.notify('present.fullscreenRefused');
}
