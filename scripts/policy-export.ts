// npm run policy:export -- <policy.json> [out-dir]: writes every export format of a policy (the
// same files the options page's builder downloads), for IT who script their roll-out. Without
// arguments it regenerates the examples in docs/uitrol/ from shared/policy/example-policy.json.
// Invalid policies are refused with each problem listed, as in the builder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportFiles } from '../lib/policy/exports/files';
import { DEFAULT_IDS } from '../lib/policy/exports/ids';
import { resolvePolicy } from '../lib/policy/validate';

const ROOT = resolve(import.meta.dirname, '..');
const [input = join(ROOT, '..', 'shared', 'policy', 'example-policy.json'), outDir = join(ROOT, 'docs', 'uitrol')] = process.argv.slice(2);

const { policy, problems } = resolvePolicy(JSON.parse(readFileSync(input, 'utf8')));
if (problems.length) {
  for (const p of problems) console.error(`${p.path}: ${p.reason.nl}`);
  console.error(`${problems.length === 1 ? '1 probleem' : `${problems.length} problemen`}: niets geschreven.`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
for (const file of exportFiles(policy, DEFAULT_IDS, 'postwijs')) {
  writeFileSync(join(outDir, file.fileName), file.bytes);
  console.log(join(outDir, file.fileName));
}
