import { describe, expect, it } from 'vitest';
import { adapterForHost } from '../../../lib/platforms/index';

describe('adapterForHost', () => {
  it.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['www.facebook.com', 'facebook'],
    ['web.facebook.com', 'facebook'],
    ['business.facebook.com', 'facebook'],
    ['WWW.INSTAGRAM.COM', 'instagram'],
    ['www.instagram.com.', 'instagram'],
  ])('%s → %s', (host, platform) => {
    expect(adapterForHost(host)?.platform).toBe(platform);
  });

  it.each(['example.com', 'x.com.evil.test', 'messenger.com', 'notx.com'])('%s → none', (host) => {
    expect(adapterForHost(host)).toBeUndefined();
  });
});
