// Vitest setup: what the app fetches before it draws a dataset, loaded once for every test file (map/geo/clusters.ts).
import { loadClusterer } from '../../src/lib/map/geo/clusters';

await loadClusterer();
