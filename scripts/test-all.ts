// `npm test`: every suite in order — data check, type-check, lint, build, unit/component tests, browser tests —
// then one line "N passed, N failed" summed over all of them. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
}

const tallies: Tally[] = [];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is one check (passes or fails as a whole). */
function step(name: string, cmd: string, args: string[]) {
  const ok = run(cmd, args);
  tallies.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

step('data', 'npx', ['tsx', 'scripts/check-data.ts']);
step('types', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--threshold', 'warning']);
step('lint', 'npx', ['eslint', '.']);
step('format', 'npx', ['prettier', '--check', '.']);
const built = step('build', 'npm', ['run', 'build']);

const vitestOut = 'test-results/vitest.json';
rmSync(vitestOut, { force: true });
const unitOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestOut}`]);
const vitest = readJson<{
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}>(vitestOut);
tallies.push({
  name: 'unit + component',
  passed: vitest?.numPassedTests ?? 0,
  failed: vitest ? vitest.numFailedTests + (unitOk || vitest.numFailedTests ? 0 : 1) : 1,
  skipped: (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0),
});

const e2eOut = 'test-results/e2e-report.json';
rmSync(e2eOut, { force: true });
if (!built || !existsSync('dist/index.html')) {
  console.log('\n✗ browser tests not run: the build failed');
  tallies.push({ name: 'browser', passed: 0, failed: 1, skipped: 0 });
} else {
  const e2eOk = run('npx', ['playwright', 'test']);
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(e2eOut);
  tallies.push({
    name: 'browser',
    passed: report ? report.stats.expected + report.stats.flaky : 0,
    failed: report ? report.stats.unexpected + (e2eOk || report.stats.unexpected ? 0 : 1) : 1,
    skipped: report?.stats.skipped ?? 0,
  });
}

console.log('\nSummary');
for (const t of tallies)
  console.log(
    `  ${t.name.padEnd(18)} ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`,
  );
const sum = (k: 'passed' | 'failed' | 'skipped') => tallies.reduce((n, t) => n + t[k], 0);
const skipped = sum('skipped');
if (skipped) console.log(`(${skipped} skipped: see above)`);
// The last line is always exactly "N passed, N failed", for the record CI keeps.
console.log(`${sum('passed')} passed, ${sum('failed')} failed`);
process.exit(sum('failed') > 0 ? 1 : 0);
