// One line per policy field for "Wat nu geldt": the value as a director reads it.
import type { Lang } from '../types';
import type { Policy, PolicyField } from '../policy/schema';
import { UI_STRINGS } from './strings';

export function summarizeField(policy: Policy, field: PolicyField, lang: Lang): string {
  const s = UI_STRINGS[lang];
  const none = s.fieldNone;
  const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : none);
  switch (field) {
    case 'supervisor': {
      const sup = policy.supervisor;
      return sup ? `${sup.name} <${sup.email}>${sup.teams ? ` · Teams ${sup.teams}` : ''}` : none;
    }
    case 'schoolContact': {
      const c = policy.schoolContact;
      const parts = [c.address, c.phone, ...(c.emailDomains ?? []).map((d) => `@${d}`)].filter(Boolean);
      return parts.length ? parts.join(' · ') : none;
    }
    case 'staffNames':
      return policy.staffNames.length ? `${policy.staffNames.length}: ${policy.staffNames.join(', ')}` : none;
    case 'accounts':
      return policy.accounts.length ? policy.accounts.map((a) => `${a.platform}: ${a.name ?? a.handle}`).join(', ') : s.noAccounts;
    case 'allowedMentions':
      return list(policy.allowedMentions);
    case 'applyTo':
      return s.applyTo[policy.applyTo];
    case 'lessonHours': {
      const h = policy.lessonHours;
      return `${h.days.map((d) => s.dayNames[d]).join(' ')} ${h.from}–${h.to}`;
    }
    case 'rules':
      return Object.values(policy.rules).filter((v) => v !== 'off').length + ' / ' + Object.keys(policy.rules).length;
    case 'allowLocalEdits':
      return policy.allowLocalEdits ? s.yes : s.no;
    case 'mode':
      return policy.mode === 'audit' ? s.auditShort : s.enforceShort;
    case 'groupMinFaces':
      return String(policy.groupMinFaces);
    default: {
      const v = policy[field];
      return typeof v === 'string' && v ? v : none;
    }
  }
}
