// Loads a user's zones file (CSV or JSON bytes) into a validated dataset: all or nothing, every problem with its place.
import { UserDataset, type Taxonomy } from '../../../core/data/schema';
import { buildDataset } from './build';
import { checkFile } from './check';
import { readCsv } from './csv-read';
import { decodeBytes, detectFormat } from './decode';
import { failed, Report, type ImportResult } from './errors';
import { jsonPath, readJson } from './json-read';

export interface ImportOptions {
  /** The built-in taxonomy: every model, measure and sector id must be in it. */
  taxonomy: Taxonomy;
  /** Tells JSON from CSV where the content does not. */
  fileName?: string;
}

export function importUserData(bytes: ArrayBuffer | Uint8Array, { taxonomy, fileName }: ImportOptions): ImportResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return failed([decoded.error]);
  const report = new Report();
  const read = detectFormat(decoded.text, fileName) === 'json' ? readJson : readCsv;
  const parsed = read(decoded.text, report);
  if (!parsed) return report.fail();
  if (parsed.file.zones.length === 0 && report.ok) report.error('no-zones', {});
  checkFile(parsed.file, taxonomy, parsed.locate, report);
  if (!report.ok) return report.fail();
  // The same schema as the built-in data; the checks above should leave nothing for it to find.
  const result = UserDataset.safeParse(buildDataset(parsed.file, taxonomy));
  if (!result.success) {
    for (const i of result.error.issues) report.error('schema', { path: jsonPath(i.path) }, { message: i.message });
    return report.fail();
  }
  return report.succeed(result.data);
}
