// Parts of the app loaded before it renders: the prerendered first view draws them at once, and so must hydration.
import type { Component } from 'svelte';

/**
 * Modules a LazyPart finds already loaded, by its `preloaded` key: the prerender and main.ts put the full map's view
 * and the side panel here before rendering the first view, so its `{#await}` renders the part itself (server and client alike), not the
 * skeleton. Empty for any other view, where parts load on first use.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each part's component checks its own props
export const preloaded = new Map<string, { default: Component<any> }>();

/** The key of the full map's view (src/lib/features/explore/ExploreView.svelte: header, toolbar, stage). */
export const EXPLORE_VIEW = 'explore-view';
/** The key of the side panel (src/lib/features/explore/SidePanel.svelte). */
export const SIDE_PANEL = 'side-panel';
