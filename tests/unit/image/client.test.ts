// The content-script side: what it sends, and that every failure comes back as a status.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: (m: unknown) => sendMessage(m) } } }));
const { analyseAttachedImage, warmUpImageEngine } = await import('../../../lib/image/client');

const file = (bytes: number[], name = 'klas.jpg', type = 'image/jpeg') => new File([new Uint8Array(bytes)], name, { type });

beforeEach(() => {
  sendMessage.mockReset();
});

describe('analyseAttachedImage', () => {
  it('sends the bytes as base64 with the file name as id, and returns the analysis', async () => {
    sendMessage.mockResolvedValue({ analysis: { id: 'x', status: 'ok', faces: [] } });
    const a = await analyseAttachedImage(file([0xff, 0xd8, 0xff, 1, 2, 3]));
    expect(sendMessage).toHaveBeenCalledWith({ type: 'postwijs:analyse-image', id: 'klas.jpg', mime: 'image/jpeg', name: 'klas.jpg', base64: btoa('\xff\xd8\xff\x01\x02\x03') });
    expect(a).toEqual({ id: 'klas.jpg', status: 'ok', faces: [] });
  });
  it('refuses a file over 25 MB without sending it', async () => {
    const big = new File([new Uint8Array(26 * 1024 * 1024)], 'groot.jpg', { type: 'image/jpeg' });
    const a = await analyseAttachedImage(big);
    expect(a.status).toBe('too-large');
    expect(a.reason?.nl).toContain('25 MB');
    expect(sendMessage).not.toHaveBeenCalled();
  });
  it('turns a messaging error into "failed" with the reason', async () => {
    sendMessage.mockImplementation(() => Promise.reject(new Error('Extension context invalidated')));
    const a = await analyseAttachedImage(file([1]));
    expect(a).toMatchObject({ status: 'failed' });
    expect(a.reason?.en).toContain('Extension context invalidated');
  });
  it('an empty answer is "failed", not ok', async () => {
    sendMessage.mockResolvedValue(undefined);
    expect((await analyseAttachedImage(file([1]))).status).toBe('failed');
  });
  it('past 10 seconds the photo counts as not checked (timeout)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      sendMessage.mockReturnValue(new Promise(() => {}));
      const pending = analyseAttachedImage(file([1]));
      await vi.advanceTimersByTimeAsync(10_001);
      expect((await pending).status).toBe('timeout');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('warmUpImageEngine', () => {
  it('asks the background to load the models and never throws', () => {
    sendMessage.mockImplementation(() => Promise.reject(new Error('no receiver')));
    expect(() => warmUpImageEngine()).not.toThrow();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'postwijs:warm-image-engine' });
  });
});
