import { describe, expect, it, vi } from 'vitest';
import { BUNDLED_LISTS } from '../../../lib/lists/bundled';

// A fresh copy of the registry, as a content script has it before the background answered.
async function freshRegistry() {
  vi.resetModules();
  return import('../../../lib/lists/index');
}

describe('list registry (lib/lists)', () => {
  it('fails loudly, not with empty lists, when nothing is registered', async () => {
    const r = await freshRegistry();
    expect(r.hasLists()).toBe(false);
    expect(() => r.lists()).toThrow(/lists not loaded/);
  });

  it('refuses an incomplete bundle and keeps waiting for a whole one', async () => {
    const r = await freshRegistry();
    const { names: _names, ...partial } = BUNDLED_LISTS;
    expect(() => r.registerLists(partial as never)).toThrow(/missing names/);
    expect(r.hasLists()).toBe(false);
    r.registerLists(BUNDLED_LISTS);
    expect(r.hasLists()).toBe(true);
    expect(r.lists().offensiveNl).toBe(BUNDLED_LISTS.offensiveNl);
  });

  it('lazy compiles once, on first use', async () => {
    const r = await freshRegistry();
    const make = vi.fn(() => ({}));
    const get = r.lazy(make);
    expect(make).not.toHaveBeenCalled();
    expect(get()).toBe(get());
    expect(make).toHaveBeenCalledTimes(1);
  });
});
