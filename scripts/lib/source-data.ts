// Reads the hand-edited YAML dataset from data/, validates it with the schema and reports errors by file and path.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type * as z from 'zod';
import { Dataset } from '../../src/lib/core/data/schema.ts';

export interface DataError {
  file: string;
  path: string;
  message: string;
}

export interface LoadResult {
  data?: Dataset;
  errors: DataError[];
  /** The place files as parsed, before the schema's defaults, with their paths relative to data/ (e.g. "places/zibo"). */
  rawPlaces?: { name: string; value: unknown }[];
}

const ROOT = new URL('../..', import.meta.url).pathname;

function readYaml(file: string, errors: DataError[]): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (err) {
    errors.push({ file: relative(ROOT, file), path: '', message: `cannot read YAML: ${(err as Error).message}` });
    return undefined;
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** Loads data/taxonomy.yaml, data/sources.yaml, data/places/*.yaml (places in source order) and data/tour.yaml. */
export function loadSourceData(dataDir = join(ROOT, 'data')): LoadResult {
  const errors: DataError[] = [];
  const placesDir = join(dataDir, 'places');
  const placeFiles = existsSync(placesDir)
    ? readdirSync(placesDir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join(placesDir, f))
    : [];
  const places = placeFiles
    .map((file) => ({ file, value: readYaml(file, errors) }))
    .sort((a, b) =>
      String((a.value as { source?: string })?.source).localeCompare(String((b.value as { source?: string })?.source)),
    );
  const raw = {
    taxonomy: readYaml(join(dataDir, 'taxonomy.yaml'), errors),
    sources: readYaml(join(dataDir, 'sources.yaml'), errors),
    places: places.map((p) => p.value),
    ...(existsSync(join(dataDir, 'tour.yaml')) ? { tour: readYaml(join(dataDir, 'tour.yaml'), errors) } : {}),
  };
  if (errors.length) return { errors };
  const rawPlaces = places.map((p) => ({ name: relative(dataDir, p.file).replace(/\.yaml$/, ''), value: p.value }));
  const result = Dataset.safeParse(raw);
  if (result.success) return { data: result.data, errors, rawPlaces };
  return {
    errors: result.error.issues.map((issue) =>
      toDataError(
        issue,
        dataDir,
        places.map((p) => p.file),
      ),
    ),
  };
}

function toDataError(issue: z.core.$ZodIssue, dataDir: string, placeFiles: string[]): DataError {
  const [head, index, ...rest] = issue.path;
  if (head === 'places' && typeof index === 'number' && placeFiles[index])
    return { file: relative(ROOT, placeFiles[index]), path: formatPath(rest), message: issue.message };
  if (head === 'taxonomy' || head === 'sources' || head === 'tour') {
    const tail = issue.path.slice(1);
    return { file: relative(ROOT, join(dataDir, `${head}.yaml`)), path: formatPath(tail), message: issue.message };
  }
  return { file: relative(ROOT, dataDir), path: formatPath(issue.path), message: issue.message };
}

export function formatErrors(errors: DataError[]): string {
  return errors.map((e) => `${e.file}${e.path ? ` › ${e.path}` : ''}: ${e.message}`).join('\n');
}
