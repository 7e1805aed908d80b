// The browser side of the policy sources, with a fake `browser`: storage.managed that rejects (Firefox
// without policies.json), is missing, or holds a policy; local settings; change events.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (changes: Record<string, unknown>, area: string) => void;
const fake = vi.hoisted(() => {
  const state = {
    managed: undefined as undefined | (() => Promise<Record<string, unknown>>),
    local: {} as Record<string, unknown>,
    listeners: new Set<Listener>(),
    writes: 0,
  };
  const browser = {
    storage: {
      get managed() {
        return state.managed ? { get: () => state.managed!() } : undefined;
      },
      local: {
        get: async (key: string) => (key in state.local ? { [key]: state.local[key] } : {}),
        // As in the browser: a write fires storage.onChanged for the local area.
        set: async (items: Record<string, unknown>) => {
          state.writes++;
          Object.assign(state.local, items);
          const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
          state.listeners.forEach((l) => l(changes, 'local'));
        },
        remove: async (key: string) => void delete state.local[key],
      },
      onChanged: {
        addListener: (l: Listener) => void state.listeners.add(l),
        removeListener: (l: Listener) => void state.listeners.delete(l),
      },
    },
  };
  return { state, browser };
});
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { loadEffectivePolicy, watchPolicy, saveLocalPolicy, LOCAL_POLICY_KEY, MANAGED_SNAPSHOT_KEY } = await import('../../../lib/policy/sources');

const fire = (changes: Record<string, unknown>, area: string) => fake.state.listeners.forEach((l) => l(changes, area));
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  fake.state.managed = undefined;
  fake.state.local = {};
  fake.state.listeners.clear();
  fake.state.writes = 0;
});

/** A storage.managed that answers only when `answer` is called (Chromium's policy service starting). */
function slowManaged(value: Record<string, unknown>): { answer: () => void } {
  let answer = () => undefined as void;
  const pending = new Promise<Record<string, unknown>>((resolve) => (answer = () => resolve(value)));
  fake.state.managed = () => pending;
  return { answer: () => answer() };
}

describe('loadEffectivePolicy', () => {
  it('Firefox without policies.json: storage.managed rejects → defaults, no problems, checks on', async () => {
    fake.state.managed = () => Promise.reject(new Error('Managed storage manifest not found'));
    const e = await loadEffectivePolicy();
    expect(e.managedAvailable).toBe(false);
    expect(e.problems).toEqual([]);
    expect(e.policy.rules['child-portrait']).toBe('block');
  });

  it('no storage.managed at all (e.g. Firefox for Android) → defaults', async () => {
    const e = await loadEffectivePolicy();
    expect(e.managedAvailable).toBe(false);
    expect(e.enterprisePresent).toBe(false);
  });

  it('reads the enterprise policy and ignores local settings it does not allow', async () => {
    fake.state.managed = async () => ({ schoolName: 'OBS De Wierde', mode: 'audit' });
    await saveLocalPolicy({ schoolName: 'Lokaal' });
    const e = await loadEffectivePolicy();
    expect(e.policy.schoolName).toBe('OBS De Wierde');
    expect(e.policy.mode).toBe('audit');
    expect(e.sources.mode).toBe('enterprise');
    expect(e.problems).toEqual([expect.objectContaining({ path: 'schoolName', source: 'local' })]);
  });
});

describe('watchPolicy', () => {
  it('calls back on managed changes and on local policy changes, not on other local keys; stops when asked', async () => {
    fake.state.managed = async () => ({ schoolName: 'Eerst' });
    const seen: string[] = [];
    const stop = watchPolicy((e) => seen.push(e.policy.schoolName));
    fake.state.managed = async () => ({ schoolName: 'Daarna' });
    fire({ schoolName: {} }, 'managed');
    await tick();
    fire({ 'postwijs.stats': {} }, 'local');
    await tick();
    fake.state.managed = async () => ({});
    fake.state.local[LOCAL_POLICY_KEY] = { schoolName: 'Lokaal' };
    fire({ [LOCAL_POLICY_KEY]: {} }, 'local');
    await tick();
    stop();
    fire({ schoolName: {} }, 'managed');
    await tick();
    expect(seen).toEqual(['Daarna', 'Lokaal']);
    expect(fake.state.listeners.size).toBe(0);
  });
});

describe('snapshot of the enterprise policy, for the first seconds after a browser start', () => {
  it('remembers what the browser gave, and writes again only when it changed', async () => {
    fake.state.managed = async () => ({ schoolName: 'OBS De Wierde' });
    await loadEffectivePolicy();
    await loadEffectivePolicy();
    expect(fake.state.local[MANAGED_SNAPSHOT_KEY]).toEqual({ managed: { schoolName: 'OBS De Wierde' }, managedAvailable: true });
    expect(fake.state.writes).toBe(1);
    fake.state.managed = () => Promise.reject(new Error('Managed storage manifest not found'));
    await loadEffectivePolicy();
    expect(fake.state.local[MANAGED_SNAPSHOT_KEY]).toEqual({ managedAvailable: false });
    expect(fake.state.writes).toBe(2);
  });

  it('a slow browser: the snapshot applies at once, as enterprise policy, local settings on top as allowed', async () => {
    fake.state.local[MANAGED_SNAPSHOT_KEY] = { managed: { schoolName: 'OBS De Wierde', rules: { unprofessional: 'block' } }, managedAvailable: true };
    slowManaged({ schoolName: 'OBS De Wierde', rules: { unprofessional: 'block' } });
    const e = await loadEffectivePolicy({ snapshotAfterMs: 20 });
    expect(e.policy.schoolName).toBe('OBS De Wierde');
    expect(e.policy.rules.unprofessional).toBe('block');
    expect(e.sources.schoolName).toBe('enterprise');
  });

  it('a slow browser and no snapshot yet (first start after install): waits for the browser', async () => {
    const browser = slowManaged({ schoolName: 'OBS De Wierde' });
    let done = false;
    const loading = loadEffectivePolicy({ snapshotAfterMs: 5 }).then((e) => ((done = true), e));
    await new Promise((r) => setTimeout(r, 30));
    expect(done).toBe(false);
    browser.answer();
    expect((await loading).policy.schoolName).toBe('OBS De Wierde');
  });

  it('a fast browser is read directly, whatever the snapshot says', async () => {
    fake.state.local[MANAGED_SNAPSHOT_KEY] = { managed: { schoolName: 'Oud' }, managedAvailable: true };
    fake.state.managed = async () => ({ schoolName: 'Nieuw' });
    expect((await loadEffectivePolicy({ snapshotAfterMs: 1000 })).policy.schoolName).toBe('Nieuw');
  });

  it('when the browser answers differently from the snapshot, watchers get the real policy once', async () => {
    fake.state.local[MANAGED_SNAPSHOT_KEY] = { managed: { schoolName: 'Oud', mode: 'audit' }, managedAvailable: true };
    const browser = slowManaged({ schoolName: 'Nieuw' });
    const seen: string[] = [];
    const stop = watchPolicy((e) => seen.push(`${e.policy.schoolName}/${e.policy.mode}`));
    const first = await loadEffectivePolicy({ snapshotAfterMs: 5 });
    expect(first.policy.schoolName).toBe('Oud');
    browser.answer();
    for (let i = 0; i < 5; i++) await tick();
    fake.state.managed = async () => ({ schoolName: 'Nieuw' });
    for (let i = 0; i < 5; i++) await tick();
    stop();
    expect(seen).toEqual(['Nieuw/enforce']);
    expect(fake.state.local[MANAGED_SNAPSHOT_KEY]).toEqual({ managed: { schoolName: 'Nieuw' }, managedAvailable: true });
  });
});
