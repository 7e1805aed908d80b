// Reads the policy from the browser (DESIGN §3): enterprise policy from storage.managed (Chrome/
// Edge: policy for this extension id; Firefox: policies.json → 3rdparty → Extensions → gecko id),
// local settings from storage.local, and watches both so changes apply without a restart.
// The combining itself is pure and lives in ./layers.ts.
//
// Chromium answers the first storage.managed read only when its policy service has started: ~3 s
// after the browser starts (measured in Chromium 156). So every successful read is remembered in
// storage.local (the director's settings, never a draft), and a first read that takes longer than
// SNAPSHOT_AFTER_MS uses that snapshot until the browser answers; if the answer differs, the new
// snapshot is written and watchPolicy's listeners get the real policy.
import { browser } from 'wxt/browser';
import { effectivePolicy, type EffectivePolicy, type RawSources } from './layers';
import type { PartialPolicy } from './schema';

export type { EffectivePolicy, PolicySource } from './layers';

/** storage.local key of the local settings (a partial policy). */
export const LOCAL_POLICY_KEY = 'postwijs.localPolicy';
/** storage.local key of the last enterprise policy the browser gave (see above). */
export const MANAGED_SNAPSHOT_KEY = 'postwijs.managedSnapshot';
/** A read that waits longer than this for storage.managed uses the snapshot meanwhile. */
export const SNAPSHOT_AFTER_MS = 100;

type ManagedRead = { managed: unknown; managedAvailable: boolean };

/**
 * storage.managed rejects in Firefox when no policies.json entry exists ("Managed storage
 * manifest not found") and may be missing entirely (Firefox for Android, some forks): both mean
 * "no enterprise policy", never an error that stops the checks.
 */
async function readManaged(): Promise<ManagedRead> {
  const area = browser?.storage?.managed;
  if (!area) return { managed: undefined, managedAvailable: false };
  let read: ManagedRead;
  try {
    read = { managed: await area.get(), managedAvailable: true };
  } catch {
    read = { managed: undefined, managedAvailable: false };
  }
  await rememberManaged(read);
  return read;
}

async function readSnapshot(): Promise<ManagedRead | undefined> {
  try {
    const snapshot = (await browser.storage.local.get(MANAGED_SNAPSHOT_KEY))[MANAGED_SNAPSHOT_KEY] as ManagedRead | undefined;
    return snapshot && typeof snapshot === 'object' && typeof snapshot.managedAvailable === 'boolean' ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the snapshot only when it changed: most reads write nothing and fire no change event. */
async function rememberManaged(read: ManagedRead): Promise<void> {
  try {
    const before = await readSnapshot();
    if (JSON.stringify(before) === JSON.stringify(read)) return;
    await browser.storage.local.set({ [MANAGED_SNAPSHOT_KEY]: read });
  } catch {
    // Not remembered: the next start waits for the browser again, nothing worse.
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

/**
 * The effective policy. With `snapshotAfterMs`, a browser that has not answered within that time
 * gets the last enterprise policy it gave (if any) instead of a wait; the real answer follows
 * through watchPolicy when it differs.
 */
export async function loadEffectivePolicy(options: { snapshotAfterMs?: number } = {}): Promise<EffectivePolicy> {
  const real = readRawSources();
  if (options.snapshotAfterMs === undefined) return effectivePolicy(await real);
  let timer: Parameters<typeof clearTimeout>[0];
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, options.snapshotAfterMs)));
  const early = await Promise.race([real, late]);
  clearTimeout(timer);
  if (early) return effectivePolicy(early);
  const [snapshot, local] = await Promise.all([readSnapshot(), readLocal()]);
  return effectivePolicy(snapshot ? { ...snapshot, local } : await real);
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
 * change (or the browser's first answer differs from the snapshot used meanwhile). Returns the
 * function that stops watching.
 */
export function watchPolicy(cb: (p: EffectivePolicy) => void): () => void {
  let stopped = false;
  // A managed change is followed by its snapshot's change: the second finds the same policy.
  let last: string | undefined;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'managed' && !(area === 'local' && (LOCAL_POLICY_KEY in changes || MANAGED_SNAPSHOT_KEY in changes))) return;
    void loadEffectivePolicy().then((p) => {
      const json = JSON.stringify(p);
      if (stopped || json === last) return;
      last = json;
      cb(p);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
