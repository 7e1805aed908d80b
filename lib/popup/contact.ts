// The popup's "Neem contact op met je leidinggevende": a general question, not about one draft.
// On a known site it reuses lib/contact (the same mail as the in-page button, without a draft);
// elsewhere a short mailto/Teams link of its own, since lib/contact's mail names a platform.
import { buildContactLink, encodeMailtoPart, type ContactLink } from '../contact';
import type { Policy } from '../policy/schema';
import type { Lang, Platform } from '../types';

export function popupContactLink(policy: Policy, lang: Lang, platform?: Platform, account?: string): ContactLink {
  const sup = policy.supervisor;
  if (!sup) return { kind: 'none' };
  if (platform) return buildContactLink(policy, { schoolName: policy.schoolName, platform, account, text: '', findings: [], lang });
  const subject = lang === 'en' ? 'Question about social media (Postwijs)' : 'Vraag over social media (Postwijs)';
  const body = lang === 'en' ? `Dear ${sup.name},\n\n` : `Beste ${sup.name},\n\n`;
  if (sup.teams)
    return { kind: 'teams', truncated: false, url: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(sup.teams)}&message=${encodeURIComponent(subject)}` };
  return { kind: 'mailto', truncated: false, url: `mailto:${encodeURIComponent(sup.email).replace(/%40/g, '@')}?subject=${encodeMailtoPart(subject)}&body=${encodeMailtoPart(body)}` };
}
