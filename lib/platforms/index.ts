// The adapter for a page, by host name. The content scripts are registered per site already;
// this lets shared runtime code (and tests) pick the adapter from `location.hostname`.
import type { SiteAdapter } from './types';
import { xAdapter } from './x/adapter';
import { facebookAdapter } from './facebook/adapter';
import { instagramAdapter } from './instagram/adapter';

export const ADAPTERS: readonly SiteAdapter[] = [xAdapter, facebookAdapter, instagramAdapter];

export function adapterForHost(hostname: string): SiteAdapter | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return ADAPTERS.find((a) => a.hosts.includes(host));
}

export { xAdapter, facebookAdapter, instagramAdapter };
export { schoolStatus, matchSchoolAccount, SCHOOL_STATUS_NOTICES } from './account';
export type { SchoolStatus, SchoolStatusReason } from './account';
export { readEditorText, rangeForSpan, mapEditorText } from './text';
