// The same finding on the same words twice ("Daan … Daan") is one point in the lists, with a
// count; highlights still mark every place. Same key as a dismissal, so "Dit klopt niet" on the
// item dismisses all of them.
import type { Finding } from '../lib/types';
import { dismissKey } from '../lib/content/session';

export function groupFindings(findings: readonly Finding[]): { finding: Finding; count: number }[] {
  const groups = new Map<string, { finding: Finding; count: number }>();
  for (const f of findings) {
    const key = dismissKey(f);
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { finding: f, count: 1 });
  }
  return Array.from(groups.values());
}
