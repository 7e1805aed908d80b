// The question to the supervisor as plain text: subject and body with the draft and the findings
// with their articles. The link builders (./links) only encode and cap it.
import type { Finding, Lang, Platform } from '../types';
import { PLATFORM_NAMES, strings } from '../i18n/strings';

export interface ContactRequest {
  schoolName: string;
  supervisorName?: string;
  platform: Platform;
  account?: string;
  text: string;
  findings: readonly Finding[];
  lang: Lang;
}

export function contactSubject(req: ContactRequest): string {
  return strings(req.lang).mailSubject(req.schoolName.trim(), PLATFORM_NAMES[req.platform]);
}

export function findingLine(f: Finding): string {
  const where = f.excerpt ? ` "${f.excerpt}"` : f.image ? ` (${f.image})` : '';
  return `- ${f.message}${where} [${f.article}]`;
}

/** The body; `text` may already be shortened by the caller (with the marker appended). */
export function contactBody(req: ContactRequest, text = req.text, findingsCut = false): string {
  const s = strings(req.lang);
  const lines = req.findings.length ? req.findings.map(findingLine) : [s.mailNoFindings];
  if (findingsCut) lines.push(`- … ${s.truncated}`);
  return [
    s.mailGreeting(req.supervisorName),
    '',
    s.mailIntro(PLATFORM_NAMES[req.platform], req.account),
    ...lines,
    '',
    s.mailDraft,
    '"""',
    text,
    '"""',
    '',
    s.mailQuestion,
  ].join('\n');
}
