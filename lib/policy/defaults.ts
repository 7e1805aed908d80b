// The built-in policy: the L&E code as written, with no school configured yet. With no
// accounts, Postwijs checks every account ("Geen schoolaccounts ingesteld").
import { RULE_IDS, type RuleId, type Severity } from '../types';
import type { Policy } from './schema';

/** Default severity per rule (DESIGN §1); kept beside the rule metas and checked against them in tests. */
export const DEFAULT_SEVERITIES: Record<RuleId, Severity> = {
  'child-portrait': 'block',
  'named-photo': 'block',
  'child-name': 'warn',
  'personal-data': 'block',
  'sensitive-data': 'block',
  'offensive-language': 'block',
  discussion: 'warn',
  unprofessional: 'info',
  tagging: 'warn',
  'lesson-time': 'info',
  'new-page': 'info',
  'photo-consent': 'warn',
  'unchecked-image': 'warn',
};

export function defaultPolicy(): Policy {
  return {
    schoolName: '',
    board: 'Lauwers en Eems',
    codeOfConductUrl: '',
    supervisor: undefined,
    schoolContact: { address: '', phone: '', emailDomains: [] },
    staffNames: [],
    accounts: [],
    allowedMentions: [],
    applyTo: 'school-accounts',
    groupMinFaces: 3,
    lessonHours: { days: [1, 2, 3, 4, 5], from: '08:30', to: '14:30' },
    rules: { ...DEFAULT_SEVERITIES },
    allowLocalEdits: false,
    mode: 'enforce',
  };
}

export { RULE_IDS };
