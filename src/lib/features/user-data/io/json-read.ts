// Reads a JSON zones file: syntax, the format tag, then its structure (zod), each problem with its JSON path.
import type * as z from 'zod/mini';
import type { Locator, Path, UserFile } from './check';
import type { Report } from './errors';
import { FORMAT, ZonesFile } from './zones-file';

/** zones[2].measures[0].id */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function reportIssue(issue: z.core.$ZodIssue, report: Report): void {
  const at = { path: jsonPath(issue.path) };
  if (issue.code === 'invalid_type' && issue.input === undefined) report.error('missing-field', at);
  else if (issue.code === 'invalid_type') report.error('wrong-type', at, { expected: issue.expected });
  else if (issue.code === 'unrecognized_keys') report.error('unknown-field', at, {}, issue.keys.join(', '));
  else report.error('schema', at, { message: issue.message });
}

export function readJson(text: string, report: Report): { file: UserFile; locate: Locator } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    report.error('not-json', {}, {}, e instanceof Error ? e.message : String(e));
    return null;
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== FORMAT) {
    report.error('json-format', {}, { expected: FORMAT });
    return null;
  }
  const parsed = ZonesFile.safeParse(raw, { reportInput: true });
  // lng and lat go together; a zone with neither is placed by the place it names.
  const unpositioned = new Set<number>();
  const rawZones = (raw as { zones?: unknown }).zones;
  if (Array.isArray(rawZones))
    rawZones.forEach((z: unknown, i) => {
      if (typeof z !== 'object' || z === null) return;
      const has = (key: string) => key in z && (z as Record<string, unknown>)[key] !== null;
      if (!has('lng') && !has('lat')) unpositioned.add(i);
      else if (!has('lng') || !has('lat'))
        report.error('missing-field', { path: jsonPath(['zones', i, has('lng') ? 'lat' : 'lng']) });
    });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) reportIssue(issue, report);
    return null;
  }
  if (!report.ok) return null;
  const at = (...path: Path) => ({ path: jsonPath(path) });
  return {
    file: { ...parsed.data, unpositioned },
    locate: { zone: (i, path) => at('zones', i, ...path), source: (k, path) => [at('sources', k, ...path)] },
  };
}
