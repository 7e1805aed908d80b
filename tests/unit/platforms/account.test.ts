import { describe, expect, it } from 'vitest';
import { matchSchoolAccount, schoolStatus, type SchoolStatusReason } from '../../../lib/platforms/account';
import type { Policy } from '../../../lib/policy/schema';
import type { Platform } from '../../../lib/types';

const accounts: Policy['accounts'] = [
  { platform: 'facebook', name: 'OBS De Wierde' },
  { platform: 'instagram', handle: 'obsdewierde' },
  { platform: 'x', handle: '@ObsDeWierde', name: 'OBS De Wierde' },
];
const school = { accounts, applyTo: 'school-accounts' as const };
const all = { accounts, applyTo: 'all-accounts' as const };
const empty = { accounts: [], applyTo: 'school-accounts' as const };
const fbOnly = { accounts: [accounts[0]!], applyTo: 'school-accounts' as const };

const table: [string, Platform, string | undefined, Pick<Policy, 'accounts' | 'applyTo'>, boolean, SchoolStatusReason][] = [
  ['X handle, case and @ ignored', 'x', 'obsdewierde', school, true, 'school-account'],
  ['X private account', 'x', 'juf_eline', school, false, 'other-account'],
  ['X private account, all-accounts', 'x', 'juf_eline', all, true, 'all-accounts'],
  ['X unreadable account: checked (fail safe)', 'x', undefined, school, true, 'unknown-account'],
  ['an empty name is an unreadable account', 'x', ' @ ', school, true, 'unknown-account'],
  ['Facebook page name, spacing and case ignored', 'facebook', '  obs  de wierde ', school, true, 'school-account'],
  ['Facebook personal profile', 'facebook', 'Eline de Boer', school, false, 'other-account'],
  ['Instagram school handle', 'instagram', 'obsdewierde', school, true, 'school-account'],
  ['same handle on another platform does not count', 'instagram', 'OBS De Wierde', school, false, 'other-account'],
  ['no accounts configured: everything checked', 'x', 'juf_eline', empty, true, 'no-accounts-configured'],
  ['no accounts configured, account unknown', 'instagram', undefined, empty, true, 'no-accounts-configured'],
  ['no school account on this platform, account unknown', 'x', undefined, fbOnly, false, 'other-account'],
  ['no school account on this platform, all-accounts', 'x', 'juf_eline', { ...fbOnly, applyTo: 'all-accounts' }, true, 'all-accounts'],
];

describe('schoolStatus', () => {
  it.each(table)('%s', (_name, platform, account, policy, checked, reason) => {
    const status = schoolStatus(platform, account, policy);
    expect(status.checked).toBe(checked);
    expect(status.reason).toBe(reason);
  });

  it('says "Geen schoolaccounts ingesteld" when nothing is configured', () => {
    expect(schoolStatus('facebook', 'X', empty).notice?.nl).toContain('Geen schoolaccounts ingesteld');
  });

  it('tells the user when the account could not be read', () => {
    expect(schoolStatus('x', undefined, school).notice?.nl).toMatch(/account/);
    expect(schoolStatus('x', 'obsdewierde', school).notice).toBeUndefined();
  });

  it('returns the matching policy entry', () => {
    expect(matchSchoolAccount('x', '@obsdewierde', accounts)).toBe(accounts[2]);
    expect(matchSchoolAccount('x', '', accounts)).toBeUndefined();
  });
});
