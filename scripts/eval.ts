// `npm run eval`: scores the check command (its --jsonl logic, in-process) on labelled posts with
// ../shared/eval/score.mjs, and beside it a naive word-list baseline measured in the same run.
// usage: npm run eval -- [--labels FILE] [--policy FILE] [--verbose]
// Exit status: 0 after printing the scores (low scores are not an error), 2 on a usage error.
import { createReadStream, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { runCheck } from '../lib/cli/check-command';
import { baselineRules, loadBaselineLists, PATTERN_RULE_NOTE } from '../lib/eval/baseline';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run eval -- [--labels FILE.jsonl] [--policy FILE.json] [--verbose]';
/** The goals of issue 3, passed to score.mjs so its last line names the rules below target. */
const GOALS = ['--min-precision', '0.90', '--min-recall', '0.85', '--max-false-alarms', '0.05', '--min-rule-recall', '0.75'];

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parseCli() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options: { labels: { type: 'string' }, policy: { type: 'string' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }).values;
  } catch (e) {
    fail((e as Error).message);
  }
}
const values = parseCli();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const labels = values.labels ? resolve(values.labels) : join(ROOT, '../shared/eval/posts-dev.jsonl');
const policy = values.policy ? resolve(values.policy) : join(ROOT, '../shared/policy/example-policy.json');
const scorer = join(ROOT, '../shared/eval/score.mjs');
for (const [what, path] of [['labels', labels], ['policy', policy], ['scorer', scorer]] as const)
  if (!existsSync(path)) fail(`${what} file not found: ${path}`);

let posts: { id: unknown; text: string }[];
try {
  posts = readFileSync(labels, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: unknown; text: string });
} catch (e) {
  fail(`labels file is not JSON lines (${labels}): ${(e as Error).message}`);
}

const dir = mkdtempSync(join(tmpdir(), 'postwijs-eval-'));

// 1. The engine, through the check command's own --jsonl path.
const engineLines: string[] = [];
const errors: string[] = [];
const code = await runCheck(['--policy', policy, '--jsonl'], {
  stdin: createReadStream(labels),
  stdout: (line) => engineLines.push(line),
  stderr: (line) => errors.push(line),
});
if (code === 2) fail(`check command refused the input:\n${errors.join('\n')}`);
const engineResults = join(dir, 'engine.jsonl');
writeFileSync(engineResults, engineLines.join('\n') + '\n');

// 2. The naive baseline on the same posts.
const lists = loadBaselineLists(join(ROOT, 'assets'));
const baselineResults = join(dir, 'baseline.jsonl');
writeFileSync(
  baselineResults,
  posts
    .map((p) => JSON.stringify({ id: p.id, findings: baselineRules(String(p.text ?? ''), lists).map((rule) => ({ rule, severity: 'warn', source: 'text', message: 'baseline', article: '' })) }))
    .join('\n') + '\n',
);

function score(results: string, extra: string[]): { table: string; overall: string } {
  const run = spawnSync(process.execPath, [scorer, labels, results, ...extra, ...(values.verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
  if (run.status === 2 || run.error) fail(`score.mjs failed: ${run.stderr || run.error?.message}`);
  const out = run.stdout.trimEnd();
  return { table: out, overall: out.split('\n').find((l) => l.startsWith('overall:')) ?? '' };
}

const engine = score(engineResults, GOALS);
const baseline = score(baselineResults, []);
const errorLines = engineLines.filter((l) => l.includes('"error"'));

console.log(`Postwijs engine (check --jsonl, policy ${policy})`);
console.log(engine.table);
if (errorLines.length) console.log(`  ${errorLines.length} input lines gave an error, e.g. ${errorLines[0]}`);
console.log(`\nNaive baseline (word lists without context, ${PATTERN_RULE_NOTE})`);
console.log(lists.report.join('\n'));
console.log(baseline.table);

const nums = (overall: string) => {
  const m = /precision ([\d.]+)%, recall ([\d.]+)%.*\(([\d.]+)%\)/.exec(overall);
  return m ? { p: m[1], r: m[2], f: m[3] } : undefined;
};
const e = nums(engine.overall);
const b = nums(baseline.overall);
console.log(
  e && b
    ? `\ncomparison: engine precision ${e.p}% / recall ${e.r}% / false alarms ${e.f}%  vs  baseline ${b.p}% / ${b.r}% / ${b.f}%` +
        `  (goals: precision ≥ 90%, recall ≥ 85%, false alarms ≤ 5%, every rule's recall ≥ 75%)`
    : '\ncomparison: could not read the overall lines',
);
console.log(`results: ${engineResults}, ${baselineResults}`);
