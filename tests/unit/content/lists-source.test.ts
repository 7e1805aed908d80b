import { describe, expect, it, vi } from 'vitest';
import { BUNDLED_LISTS } from '../../../lib/lists/bundled';

// Fresh modules: a registry with nothing registered, as in a content script at document_start.
async function fresh() {
  vi.resetModules();
  const source = await import('../../../lib/content/lists-source');
  const registry = await import('../../../lib/lists/index');
  return { ...source, ...registry };
}
const noWait = () => Promise.resolve();

describe('loadListsFromBackground', () => {
  it('asks the background once and registers its answer', async () => {
    const m = await fresh();
    const send = vi.fn(async () => ({ lists: BUNDLED_LISTS }));
    await m.loadListsFromBackground(send, noWait);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: m.LISTS_MESSAGE });
    expect(m.lists().names).toBe(BUNDLED_LISTS.names);
  });

  it('retries while the service worker wakes up', async () => {
    const m = await fresh();
    const send = vi.fn().mockRejectedValueOnce(new Error('Receiving end does not exist')).mockResolvedValueOnce(undefined).mockResolvedValue({ lists: BUNDLED_LISTS });
    await m.loadListsFromBackground(send, noWait);
    expect(send).toHaveBeenCalledTimes(3);
    expect(m.hasLists()).toBe(true);
  });

  it('rejects after its retries, leaving the lists unregistered (the runtime then fails open)', async () => {
    const m = await fresh();
    const send = vi.fn(async () => ({ lists: { names: BUNDLED_LISTS.names } }));
    await expect(m.loadListsFromBackground(send, noWait)).rejects.toThrow(/incomplete/);
    expect(send).toHaveBeenCalledTimes(m.LISTS_RETRY_MS.length + 1);
    expect(m.hasLists()).toBe(false);
  });
});
