// Local counts of findings shown, warn overrides ("Toch plaatsen") and "Dit klopt niet", per rule
// and day. Only rule id and date are stored — never text, never images (DESIGN §2, §6).
import { browser } from 'wxt/browser';
import type { RuleId } from './types';

export type StatKind = 'finding' | 'override' | 'dismiss';
/** stats[date][rule][kind] = count; date is YYYY-MM-DD in local time. */
export type Stats = Record<string, Partial<Record<RuleId, Partial<Record<StatKind, number>>>>>;

const KEY = 'postwijs.stats';
/** Keep about half a year of days; older days are dropped on write. */
const MAX_DAYS = 190;

export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Pure update, for tests. */
export function addStat(stats: Stats, kind: StatKind, rule: RuleId, date: string): Stats {
  const day = (stats[date] ??= {});
  const counts = (day[rule] ??= {});
  counts[kind] = (counts[kind] ?? 0) + 1;
  const days = Object.keys(stats).sort();
  for (const old of days.slice(0, Math.max(0, days.length - MAX_DAYS))) delete stats[old];
  return stats;
}

/** Totals per rule over all stored days. */
export function totals(stats: Stats): Partial<Record<RuleId, Record<StatKind, number>>> {
  const out: Partial<Record<RuleId, Record<StatKind, number>>> = {};
  for (const day of Object.values(stats))
    for (const [rule, counts] of Object.entries(day) as [RuleId, Partial<Record<StatKind, number>>][]) {
      const t = (out[rule] ??= { finding: 0, override: 0, dismiss: 0 });
      for (const k of ['finding', 'override', 'dismiss'] as const) t[k] += counts[k] ?? 0;
    }
  return out;
}

export async function readStats(): Promise<Stats> {
  const got = await browser.storage.local.get(KEY);
  return (got[KEY] as Stats | undefined) ?? {};
}

// Serialise writes from one context so concurrent events are not lost.
let queue: Promise<unknown> = Promise.resolve();
export function recordStat(kind: StatKind, rule: RuleId): Promise<void> {
  const run = queue.then(async () => {
    const stats = addStat(await readStats(), kind, rule, today());
    await browser.storage.local.set({ [KEY]: stats });
  });
  queue = run.catch(() => undefined);
  return run;
}
