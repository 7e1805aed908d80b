// What the popup shows about the current tab. The content script answers
// { type: 'postwijs:status' } with ContentStatus; the popup asks only tabs on our three sites
// (without the `tabs` permission, tab.url is visible for our host permissions only).
import type { Lang, Platform } from '../types';
import { PLATFORMS } from '../types';
import { PLATFORM_NAMES } from '../i18n/strings';
import { UI_STRINGS } from '../options/strings';

export const STATUS_MESSAGE = { type: 'postwijs:status' } as const;

export interface ContentStatus {
  platform: Platform;
  /** The active account as the adapter read it. */
  account?: string;
  /** True when drafts of this account are being checked. */
  checked: boolean;
  /** Why not, when checked is false (e.g. "privé-account"). */
  reason?: string;
  /** Number of compose boxes Postwijs is attached to. */
  boxes?: number;
}

const HOSTS: [RegExp, Platform][] = [
  [/^(www\.|web\.|business\.)?facebook\.com$/, 'facebook'],
  [/^(www\.)?instagram\.com$/, 'instagram'],
  [/^(x|twitter)\.com$/, 'x'],
];

/** The platform of a tab URL, or undefined for any other page (or a URL we may not see). */
export function platformOfUrl(url: string | undefined): Platform | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return undefined;
    return HOSTS.find(([re]) => re.test(u.hostname))?.[1];
  } catch {
    return undefined;
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads a content script's answer defensively (an older or broken content script may send anything). */
export function parseStatus(x: unknown): ContentStatus | undefined {
  if (!isRecord(x) || !PLATFORMS.includes(x.platform as Platform)) return undefined;
  return {
    platform: x.platform as Platform,
    account: typeof x.account === 'string' && x.account ? x.account : undefined,
    checked: x.checked === true,
    reason: typeof x.reason === 'string' && x.reason ? x.reason : undefined,
    boxes: typeof x.boxes === 'number' ? x.boxes : undefined,
  };
}

export type TabState =
  | { kind: 'other' }
  | { kind: 'no-answer'; platform: Platform }
  | { kind: 'status'; status: ContentStatus };

export function tabStateLine(state: TabState, lang: Lang): { text: string; active: boolean } {
  const s = UI_STRINGS[lang];
  if (state.kind === 'other') return { text: s.notOnSite, active: false };
  if (state.kind === 'no-answer') return { text: s.noAnswer(PLATFORM_NAMES[state.platform]), active: false };
  const { status } = state;
  const name = PLATFORM_NAMES[status.platform];
  return status.checked ? { text: s.activeHere(name, status.account), active: true } : { text: s.notActiveHere(name, status.reason), active: false };
}

/** Which sources the active policy is made of, strongest first (for "Beleid: …" in the popup). */
export function policyOrigins(sources: Record<string, 'enterprise' | 'local' | 'default'>): ('enterprise' | 'local' | 'default')[] {
  const used = new Set(Object.values(sources));
  return (['enterprise', 'local', 'default'] as const).filter((s) => used.has(s));
}
