// Reads the policy from the browser (DESIGN §3): enterprise policy from storage.managed (Chrome/
// Edge: policy for this extension id; Firefox: policies.json → 3rdparty → Extensions → gecko id),
// local settings from storage.local, and watches both so changes apply without a restart.
// The combining itself is pure and lives in ./layers.ts.
import { browser } from 'wxt/browser';
import { effectivePolicy, type EffectivePolicy, type RawSources } from './layers';
import type { PartialPolicy } from './schema';

export type { EffectivePolicy, PolicySource } from './layers';

/** storage.local key of the local settings (a partial policy). */
export const LOCAL_POLICY_KEY = 'postwijs.localPolicy';

/**
 * storage.managed rejects in Firefox when no policies.json entry exists ("Managed storage
 * manifest not found") and may be missing entirely (Firefox for Android, some forks): both mean
 * "no enterprise policy", never an error that stops the checks.
 */
async function readManaged(): Promise<{ managed: unknown; managedAvailable: boolean }> {
  const area = browser?.storage?.managed;
  if (!area) return { managed: undefined, managedAvailable: false };
  try {
    return { managed: await area.get(), managedAvailable: true };
  } catch {
    return { managed: undefined, managedAvailable: false };
  }
}

async function readLocal(): Promise<unknown> {
  try {
    const got = await browser.storage.local.get(LOCAL_POLICY_KEY);
    return got[LOCAL_POLICY_KEY];
  } catch {
    return undefined;
  }
}

export async function readRawSources(): Promise<RawSources> {
  const [managed, local] = await Promise.all([readManaged(), readLocal()]);
  return { ...managed, local };
}

export async function loadEffectivePolicy(): Promise<EffectivePolicy> {
  return effectivePolicy(await readRawSources());
}

/** Saves the local settings (the options page validates before it calls this). */
export async function saveLocalPolicy(local: PartialPolicy): Promise<void> {
  await browser.storage.local.set({ [LOCAL_POLICY_KEY]: local });
}

export async function clearLocalPolicy(): Promise<void> {
  await browser.storage.local.remove(LOCAL_POLICY_KEY);
}

/**
 * Calls `cb` with the new effective policy whenever the enterprise policy or the local settings
 * change. Returns the function that stops watching.
 */
export function watchPolicy(cb: (p: EffectivePolicy) => void): () => void {
  let stopped = false;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'managed' && !(area === 'local' && LOCAL_POLICY_KEY in changes)) return;
    void loadEffectivePolicy().then((p) => {
      if (!stopped) cb(p);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
