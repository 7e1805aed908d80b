// The one place the content runtime gets its policy from (lib/policy/sources: enterprise >
// local > default). If loading fails, the built-in policy (the L&E code) applies.
import type { Policy } from '../policy/schema';
import { loadEffectivePolicy, SNAPSHOT_AFTER_MS, watchPolicy } from '../policy/sources';
import { resolvePolicy } from '../policy/validate';

export async function loadPolicy(): Promise<Policy> {
  try {
    // The first page after a browser start does not wait ~3 s for Chromium's policy service.
    return (await loadEffectivePolicy({ snapshotAfterMs: SNAPSHOT_AFTER_MS })).policy;
  } catch {
    return resolvePolicy(undefined).policy;
  }
}

export function watchPolicyChanges(cb: (p: Policy) => void): () => void {
  try {
    return watchPolicy((effective) => cb(effective.policy));
  } catch {
    return () => undefined;
  }
}
