// Is the acting account one of the school's accounts (policy.accounts), and should Postwijs
// check this box? DESIGN §3: with applyTo "school-accounts" only school accounts are checked;
// "all-accounts" checks everything; an empty account list (nothing configured yet) checks
// everything and says so. When the adapter cannot read the account, Postwijs checks anyway
// (fail safe: a school account must never slip through because the markup changed) and says so.
import type { Localized, Platform } from '../types';
import type { Policy, SchoolAccount } from '../policy/schema';

export type SchoolStatusReason =
  | 'school-account'
  | 'all-accounts'
  | 'no-accounts-configured'
  | 'other-account'
  | 'unknown-account';

export interface SchoolStatus {
  /** Run the checks and show the UI for this box. */
  checked: boolean;
  reason: SchoolStatusReason;
  /** The policy entry that matched (reason 'school-account'). */
  account?: SchoolAccount;
  /** What the panel/popup should tell the user, when there is something to tell. */
  notice?: Localized;
}

export const SCHOOL_STATUS_NOTICES: Partial<Record<SchoolStatusReason, Localized>> = {
  'no-accounts-configured': {
    nl: 'Geen schoolaccounts ingesteld: Postwijs controleert elk account.',
    en: 'No school accounts configured: Postwijs checks every account.',
  },
  'unknown-account': {
    nl: 'Postwijs kon niet zien met welk account je plaatst en controleert dit bericht daarom.',
    en: 'Postwijs could not tell which account you are posting as, so it checks this post.',
  },
};

/** Compare handles and names: case, a leading '@', surrounding/double spaces, Unicode forms
 *  ("ﬁ", combining accents) and typographic apostrophes do not matter. */
export function normalizeAccount(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .replace(/^@/, '')
    .toLocaleLowerCase('nl');
}

/** The policy entry `account` (as read from the page) matches on `platform`, if any. */
export function matchSchoolAccount(platform: Platform, account: string, accounts: readonly SchoolAccount[]): SchoolAccount | undefined {
  const wanted = normalizeAccount(account);
  if (!wanted) return undefined;
  return accounts.find(
    (a) =>
      a.platform === platform &&
      ((a.handle !== undefined && normalizeAccount(a.handle) === wanted) ||
        (a.name !== undefined && normalizeAccount(a.name) === wanted)),
  );
}

export function schoolStatus(
  platform: Platform,
  account: string | undefined,
  policy: Pick<Policy, 'accounts' | 'applyTo'>,
): SchoolStatus {
  const notice = (reason: SchoolStatusReason) => SCHOOL_STATUS_NOTICES[reason];
  // An empty name read from the page is no name: treat it as unreadable.
  if (account !== undefined && normalizeAccount(account) === '') account = undefined;
  if (policy.accounts.length === 0) {
    return { checked: true, reason: 'no-accounts-configured', notice: notice('no-accounts-configured') };
  }
  const match = account === undefined ? undefined : matchSchoolAccount(platform, account, policy.accounts);
  if (match) return { checked: true, reason: 'school-account', account: match };
  if (policy.applyTo === 'all-accounts') return { checked: true, reason: 'all-accounts' };
  // No school account on this platform at all: whatever the account is, it is not the school's.
  const onPlatform = policy.accounts.some((a) => a.platform === platform);
  if (account === undefined && onPlatform) {
    return { checked: true, reason: 'unknown-account', notice: notice('unknown-account') };
  }
  return { checked: false, reason: 'other-account' };
}
