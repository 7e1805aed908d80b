// The contract between `npm run bench` (scripts/bench/index.ts) and its sections.
//
// A section is a file `scripts/bench/<area>.bench.ts` that exports:
//   export const name: string;                      // shown in the first column, e.g. "text"
//   export async function run(): Promise<Row[]>;    // measures, returns one row per measurement
// The runner imports every *.bench.ts in this folder (alphabetically), awaits run() one section at
// a time (never in parallel: the machine has 2 cores), and prints all rows in one table.
// A section that throws is reported as a failed row; the other sections still run.
// Use tinybench for repeated measurements (report the median, `task.result.latency.p50`); for
// one-off costs such as start-up, measure in a fresh process (see text.bench.ts).

export interface Row {
  /** What was measured, e.g. "all rules, 280-char post (median)". */
  measure: string;
  /** The measured number (in `unit`). */
  value: number;
  unit: 'ms' | 'ratio' | 'ops/s' | 'MB' | 'count';
  /** Human-readable goal, e.g. "≤ 0.2 ms"; omit for informational rows. */
  goal?: string;
  /** Verdict against the goal; omit when there is no goal. */
  pass?: boolean;
  /** Extra context: sample count, input size, why a goal does not apply. */
  note?: string;
}

export interface Section {
  name: string;
  run(): Promise<Row[]>;
}

/** Formats a number with sensible precision for the table. */
export function formatValue(value: number, unit: Row['unit']): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = value === 0 ? 0 : Math.abs(value) < 0.01 ? 4 : Math.abs(value) < 1 ? 3 : Math.abs(value) < 100 ? 2 : 0;
  return `${value.toFixed(digits)} ${unit === 'ratio' || unit === 'count' ? '' : unit}`.trimEnd();
}
