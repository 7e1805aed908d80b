// mailto: and Teams deep links for "Neem contact op met je leidinggevende". Opening the link is
// always the user's click (anchor/window.open); nothing here makes a request.
import type { Policy } from '../policy/schema';
import { strings } from '../i18n/strings';
import { contactBody, contactSubject, type ContactRequest } from './message';

/** Mail clients and Windows' URL handlers truncate or refuse long mailto: links; 2000 characters
 *  (the old IE/Outlook limit of 2083 minus margin) is the common safe size. Teams links share it. */
export const MAX_LINK_LENGTH = 2000;

export type ContactLink =
  | { kind: 'mailto' | 'teams'; url: string; truncated: boolean }
  | { kind: 'none' };

/** RFC 6068: percent-encode everything outside the unreserved set; line breaks as CRLF. */
export function encodeMailtoPart(s: string): string {
  return encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
}

function mailtoUrl(to: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeMailtoPart(subject)}&body=${encodeMailtoPart(body)}`;
}

function teamsUrl(user: string, subject: string, body: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(user)}&message=${encodeURIComponent(`${subject}\n\n${body}`)}`;
}

/** Cuts a string to `n` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, n: number): string {
  if (n >= s.length) return s;
  const end = n > 0 && /[\uD800-\uDBFF]/.test(s[n - 1] ?? '') ? n - 1 : n;
  return s.slice(0, Math.max(0, end));
}

/** Builds the link; the draft text (and, if it must, the finding list) is shortened to fit
 *  MAX_LINK_LENGTH, marked "(ingekort)". */
export function buildContactLink(policy: Policy, req: ContactRequest, maxLength = MAX_LINK_LENGTH): ContactLink {
  const sup = policy.supervisor;
  if (!sup) return { kind: 'none' };
  const kind = sup.teams ? 'teams' : 'mailto';
  const make = (r: ContactRequest, text: string) => {
    const subject = contactSubject(r);
    const body = contactBody(r, text, r.findings.length < req.findings.length);
    return kind === 'teams' ? teamsUrl(sup.teams!, subject, body) : mailtoUrl(sup.email, subject, body);
  };
  const full = { ...req, supervisorName: req.supervisorName ?? sup.name };
  const whole = make(full, full.text);
  if (whole.length <= maxLength) return { kind, url: whole, truncated: false };

  const marker = ` ${strings(req.lang).truncated}`;
  // Drop findings beyond what fits first only when even an empty draft does not fit.
  let r = full;
  while (make(r, marker).length > maxLength && r.findings.length > 1) r = { ...r, findings: r.findings.slice(0, -1) };
  // Longest prefix of the text that fits: binary search over the prefix length.
  let lo = 0;
  let hi = r.text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (make(r, cut(r.text, mid) + marker).length <= maxLength) lo = mid;
    else hi = mid - 1;
  }
  const url = make(r, cut(r.text, lo) + marker);
  return { kind, url, truncated: true };
}
