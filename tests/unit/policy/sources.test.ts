// The browser side of the policy sources, with a fake `browser`: storage.managed that rejects (Firefox
// without policies.json), is missing, or holds a policy; local settings; change events.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (changes: Record<string, unknown>, area: string) => void;
const fake = vi.hoisted(() => {
  const state = {
    managed: undefined as undefined | (() => Promise<Record<string, unknown>>),
    local: {} as Record<string, unknown>,
    listeners: new Set<Listener>(),
  };
  const browser = {
    storage: {
      get managed() {
        return state.managed ? { get: () => state.managed!() } : undefined;
      },
      local: {
        get: async (key: string) => (key in state.local ? { [key]: state.local[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(state.local, items),
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

const { loadEffectivePolicy, watchPolicy, saveLocalPolicy, LOCAL_POLICY_KEY } = await import('../../../lib/policy/sources');

const fire = (changes: Record<string, unknown>, area: string) => fake.state.listeners.forEach((l) => l(changes, area));
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  fake.state.managed = undefined;
  fake.state.local = {};
  fake.state.listeners.clear();
});

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
