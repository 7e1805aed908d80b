// The one place the content runtime gets its policy from (lib/policy/sources: enterprise >
// local > default). If loading fails, the built-in policy (the L&E code) applies.
import type { Policy } from '../policy/schema';
import { loadEffectivePolicy, watchPolicy } from '../policy/sources';
import { resolvePolicy } from '../policy/validate';

export async function loadPolicy(): Promise<Policy> {
  try {
    return (await loadEffectivePolicy()).policy;
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
