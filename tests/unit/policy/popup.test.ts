import { describe, expect, it } from 'vitest';
import { parseStatus, platformOfUrl, policyOrigins, tabStateLine } from '../../../lib/popup/status';
import { popupContactLink } from '../../../lib/popup/contact';
import { countRows } from '../../../lib/popup/counts';
import { addStat } from '../../../lib/stats';
import { defaultPolicy } from '../../../lib/policy/defaults';
import { examplePolicy } from './fixtures';

describe('popup: the current tab', () => {
  it.each([
    ['https://x.com/home', 'x'],
    ['https://twitter.com/school/status/1', 'x'],
    ['https://www.facebook.com/groups/1', 'facebook'],
    ['https://business.facebook.com/latest', 'facebook'],
    ['https://www.instagram.com/p/abc', 'instagram'],
    ['https://example.org/', undefined],
    ['https://x.com.evil.example/', undefined],
    ['http://x.com/', undefined],
    ['chrome://extensions', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, platform) => {
    expect(platformOfUrl(url)).toBe(platform);
  });

  it('reads the content script answer defensively', () => {
    expect(parseStatus({ platform: 'x', account: '@obsdewierde', checked: true, reason: '', boxes: 2, extra: 1 })).toEqual({
      platform: 'x',
      account: '@obsdewierde',
      checked: true,
      reason: undefined,
      boxes: 2,
    });
    expect(parseStatus({ platform: 'tiktok', checked: true })).toBeUndefined();
    expect(parseStatus(undefined)).toBeUndefined();
    expect(parseStatus({ platform: 'facebook', checked: 'yes' })?.checked).toBe(false);
  });

  it('says whether Postwijs is active here and for which account', () => {
    expect(tabStateLine({ kind: 'status', status: { platform: 'x', account: '@obsdewierde', checked: true } }, 'nl')).toEqual({
      text: 'Actief op X voor @obsdewierde.',
      active: true,
    });
    expect(tabStateLine({ kind: 'status', status: { platform: 'instagram', checked: false, reason: 'privé-account' } }, 'nl').text).toBe(
      'Niet actief op Instagram: privé-account',
    );
    expect(tabStateLine({ kind: 'other' }, 'nl').active).toBe(false);
    expect(tabStateLine({ kind: 'no-answer', platform: 'facebook' }, 'en').text).toContain('Facebook');
  });

  it('names the policy sources strongest first', () => {
    expect(policyOrigins({ a: 'default', b: 'enterprise', c: 'local' })).toEqual(['enterprise', 'local', 'default']);
    expect(policyOrigins({ a: 'default' })).toEqual(['default']);
  });
});

describe('popup: contact and counts', () => {
  it('has no contact link without a supervisor', () => {
    expect(popupContactLink(defaultPolicy(), 'nl')).toEqual({ kind: 'none' });
  });

  it('mails the supervisor off the sites, and uses Teams when the policy has it', () => {
    const mail = popupContactLink({ ...examplePolicy, supervisor: { name: 'Marieke Jansen', email: 'directie@obsdewierde.nl' } }, 'nl');
    expect(mail.kind).toBe('mailto');
    expect(mail.kind !== 'none' && mail.url).toMatch(/^mailto:directie@obsdewierde\.nl\?subject=Vraag%20over%20social%20media/);
    const teams = popupContactLink(examplePolicy, 'nl');
    expect(teams.kind).toBe('teams');
    expect(teams.kind !== 'none' && teams.url).toContain('users=m.jansen%40obsdewierde.nl');
  });

  it('on a site, reuses the in-page contact message (platform named)', () => {
    const link = popupContactLink({ ...examplePolicy, supervisor: { name: 'M', email: 'm@school.nl' } }, 'nl', 'instagram', '@obsdewierde');
    expect(link.kind !== 'none' && decodeURIComponent(link.url)).toContain('Instagram');
  });

  it('counts per rule over all days, rules without counts left out, never text', () => {
    let stats = {};
    stats = addStat(stats, 'finding', 'discussion', '2026-11-24');
    stats = addStat(stats, 'finding', 'discussion', '2026-11-25');
    stats = addStat(stats, 'override', 'discussion', '2026-11-25');
    stats = addStat(stats, 'dismiss', 'child-name', '2026-11-25');
    const rows = countRows(stats);
    expect(rows).toEqual([
      { rule: 'child-name', counts: { finding: 0, override: 0, dismiss: 1 } },
      { rule: 'discussion', counts: { finding: 2, override: 1, dismiss: 0 } },
    ]);
    expect(countRows({})).toEqual([]);
  });
});
