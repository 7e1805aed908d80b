// The popup's table of local counts: one row per rule that has any count, in registry order.
// Numbers only (lib/stats.ts stores rule id and date, never text).
import { RULE_IDS, type RuleId } from '../types';
import { totals, type StatKind, type Stats } from '../stats';

export interface CountRow {
  rule: RuleId;
  counts: Record<StatKind, number>;
}

export function countRows(stats: Stats): CountRow[] {
  const t = totals(stats);
  return RULE_IDS.filter((id) => t[id] && (t[id].finding || t[id].override || t[id].dismiss)).map((id) => ({ rule: id, counts: t[id]! }));
}
