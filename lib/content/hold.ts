// What a submit meets: the verdict over the boxes it sends, as the stop the user sees. Pure over
// the sessions' evaluations (BoxSession.evaluate runs the engine synchronously).
import type { Finding } from '../types';
import type { Evaluation } from './session';
import { BoxSession } from './session';
import type { HoldView } from './view';

/** The findings that stop a submit. */
export function stopFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'warn' || f.severity === 'block');
}

const RANK = { pass: 0, warn: 1, wait: 2, block: 3 } as const;

/** The stop for a submit of `group` (several editors behind one button on X threads), or
 *  undefined when it may go. A block is known at once; otherwise pending photos are waited for. */
export function holdFor(group: readonly BoxSession[], evaluate: (x: BoxSession) => Evaluation): HoldView | undefined {
  let worst: keyof typeof RANK = 'pass';
  const findings: Finding[] = [];
  let total = 0;
  let pending = 0;
  for (const x of group) {
    const e = evaluate(x);
    const v = BoxSession.verdict(e, x.pendingImages().length);
    if (RANK[v] > RANK[worst]) worst = v;
    if (e.status.checked && !e.failure) {
      findings.push(...stopFindings(e.findings));
      total += x.images.length;
      pending += x.pendingImages().length;
    }
  }
  if (worst === 'pass') return undefined;
  if (worst === 'wait') return { kind: 'waiting', done: total - pending, total };
  return { kind: worst, findings };
}

/** An open stop after the findings changed (a dismissal, an edit): undefined when nothing stops
 *  any more. */
export function refreshedHold(e: Evaluation): HoldView | undefined {
  const findings = stopFindings(e.findings);
  if (findings.length === 0) return undefined;
  return { kind: findings.some((f) => f.severity === 'block') ? 'block' : 'warn', findings };
}
