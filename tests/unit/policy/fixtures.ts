// Policies shared by the policy tests: the example from shared/, and one with every awkward value
// the export formats must carry (quotes, backslashes, a line break, accents, empty lists).
import { readFileSync } from 'node:fs';
import { resolvePolicy } from '../../../lib/policy/validate';
import type { Policy } from '../../../lib/policy/schema';

export const examplePolicyJson = JSON.parse(readFileSync(new URL('../../../../shared/policy/example-policy.json', import.meta.url), 'utf8')) as Record<string, unknown>;

export const examplePolicy: Policy = resolvePolicy(examplePolicyJson).policy;

export const awkwardPolicy: Policy = resolvePolicy({
  ...examplePolicyJson,
  schoolName: 'CBS "De Eén" \\ Zoutkamp',
  schoolContact: { address: 'Hoofdstraat 1\n9974 PA Zoutkamp', phone: '', emailDomains: [] },
  staffNames: [],
  supervisor: { name: 'Jan-Willem ’t Hart', email: 'jw@school.nl' },
  accounts: [{ platform: 'x', handle: '@cbs_de_een' }],
  allowedMentions: ['@ggd', 'gemeentehetHogeland'],
  lessonHours: { days: [1, 2, 4], from: '08:15', to: '12:00' },
  rules: { discussion: 'off', 'child-name': 'block' },
  allowLocalEdits: true,
  mode: 'audit',
}).policy;
