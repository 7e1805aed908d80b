// `npm run bench [-- SECTION...]`: runs every scripts/bench/*.bench.ts section (see ./row.ts for the
// interface) and prints one table with goal and verdict per row. Speed is measured here, never in
// tests. Exit status is 0 even when a goal is missed (the table says so); 2 on a usage error.
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatValue, type Row, type Section } from './row';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const available = files.map((f) => f.replace(/\.bench\.ts$/, ''));
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length) {
  console.error(`unknown section(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}

interface Line extends Row {
  section: string;
}
const lines: Line[] = [];
for (const file of files) {
  const short = file.replace(/\.bench\.ts$/, '');
  if (wanted.length && !wanted.includes(short)) continue;
  let section: Partial<Section>;
  try {
    section = (await import(pathToFileURL(join(here, file)).href)) as Partial<Section>;
    if (typeof section.run !== 'function') throw new Error('exports no run()');
  } catch (e) {
    lines.push({ section: short, measure: `could not load ${file}`, value: NaN, unit: 'ms', pass: false, note: (e as Error).message });
    continue;
  }
  const name = section.name ?? short;
  process.stderr.write(`bench: ${name}…\n`);
  try {
    for (const row of await section.run()) lines.push({ section: name, ...row });
  } catch (e) {
    lines.push({ section: name, measure: 'section failed', value: NaN, unit: 'ms', pass: false, note: (e as Error).stack?.split('\n').slice(0, 2).join(' ') });
  }
}

const table = [
  ['section', 'measure', 'value', 'goal', 'verdict', 'note'],
  ...lines.map((l) => [l.section, l.measure, formatValue(l.value, l.unit), l.goal ?? '', l.pass === undefined ? '' : l.pass ? 'ok' : 'MISSED', l.note ?? '']),
];
const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
for (const [i, r] of table.entries()) {
  console.log(r.map((cell, c) => (c === 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
const missed = lines.filter((l) => l.pass === false).length;
const cores = availableParallelism();
const load = loadavg()[0]!;
console.log(`\n${lines.length} rows, ${missed ? `${missed} goal(s) missed` : 'all goals met'} (node ${process.version}, ${process.platform}/${process.arch}, ${cores} cores, load ${load.toFixed(1)})`);
// Timings on a machine busy with other work are slower and noisier than the code is.
if (load > cores) console.log(`warning: load average ${load.toFixed(1)} > ${cores} cores; rerun on a quiet machine before trusting a MISSED verdict`);
