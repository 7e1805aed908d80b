// One real run of the command as users call it, to prove the wiring of bin/check.ts: arguments,
// standard input, output lines and the process exit status.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { policyFile } from './run-check';

const root = fileURLToPath(new URL('../../..', import.meta.url));

it('npx tsx bin/check.ts --jsonl reads stdin, writes one line per post and sets the exit status', () => {
  const input = [
    JSON.stringify({ id: 'ok', text: 'De informatieavond is op dinsdag om 19.00 uur.' }),
    '{not json',
    JSON.stringify({ id: 'long', text: 'Groep 5 ging naar het museum. '.repeat(3400) }),
  ].join('\n');
  const run = spawnSync('npx', ['tsx', 'bin/check.ts', '--policy', policyFile('example-school.json'), '--now', '2026-03-10T20:00:00+01:00', '--jsonl'], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.error).toBeUndefined();
  const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; findings?: { rule: string }[]; error?: string });
  expect(lines.map((l) => l.id)).toEqual(['ok', 'line 2', 'long']);
  expect(lines[0]!.findings).toEqual([]);
  expect(lines[1]!.error).toMatch(/line 2/);
  expect(lines[2]!.findings!.map((f) => f.rule)).toContain('unchecked-image');
  expect(run.status).toBe(1);

  const usage = spawnSync('npx', ['tsx', 'bin/check.ts', '--policy', policyFile('invalid-json.json'), 'tekst'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  expect(usage.status).toBe(2);
  expect(usage.stderr).toMatch(/not valid JSON/);
}, 120_000);
