// The policy: one JSON object (DESIGN §3). Each top-level field has its own valibot schema so
// validation can reject one field, report it, and keep the rest.
import * as v from 'valibot';
import { PLATFORMS, RULE_IDS, SEVERITIES, type RuleId, type Severity } from '../types';

const time = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM'));
const email = v.pipe(v.string(), v.trim(), v.email());

/** Fields local settings may change when allowed (allowLocalEdits itself never: no one grants themselves rights). */
export const LOCAL_EDITABLE_FIELDS = [
  'schoolName', 'board', 'codeOfConductUrl', 'supervisor', 'schoolContact', 'staffNames', 'accounts',
  'allowedMentions', 'applyTo', 'groupMinFaces', 'lessonHours', 'rules', 'mode',
] as const;

export const fieldSchemas = {
  schoolName: v.pipe(v.string(), v.trim(), v.maxLength(200)),
  board: v.pipe(v.string(), v.trim(), v.maxLength(200)),
  codeOfConductUrl: v.union([v.literal(''), v.pipe(v.string(), v.url(), v.startsWith('https://'))]),
  supervisor: v.optional(
    v.object({
      name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
      email,
      teams: v.optional(email),
    }),
  ),
  schoolContact: v.object({
    address: v.optional(v.pipe(v.string(), v.maxLength(300)), ''),
    phone: v.optional(v.pipe(v.string(), v.maxLength(40)), ''),
    emailDomains: v.optional(v.array(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'domein'))), []),
  }),
  staffNames: v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
  accounts: v.array(
    v.pipe(
      v.object({
        platform: v.picklist(PLATFORMS),
        name: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1))),
        handle: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^@?[A-Za-z0-9_.]{1,50}$/, 'handle'))),
      }),
      v.check((a) => Boolean(a.name || a.handle), 'name of handle ontbreekt'),
    ),
  ),
  /** Public organisations that may be tagged (@ggd, @gemeentehetHogeland). */
  allowedMentions: v.array(v.pipe(v.string(), v.trim(), v.regex(/^@?[A-Za-z0-9_.]{1,50}$/, 'handle'))),
  applyTo: v.picklist(['school-accounts', 'all-accounts'] as const),
  groupMinFaces: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(50)),
  lessonHours: v.object({
    days: v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7))),
    from: time,
    to: time,
  }),
  rules: v.record(v.picklist(RULE_IDS), v.picklist(SEVERITIES)),
  /**
   * true: staff may change the policy fields on this computer (options page); false: none. A
   * boolean only: Chrome's managed schema allows exactly one type per field.
   */
  allowLocalEdits: v.boolean(),
  mode: v.picklist(['enforce', 'audit'] as const),
} as const;

export type PolicyField = keyof typeof fieldSchemas;
export const POLICY_FIELDS = Object.keys(fieldSchemas) as PolicyField[];

type FieldOutput = { [K in PolicyField]: v.InferOutput<(typeof fieldSchemas)[K]> };
export type Policy = Omit<FieldOutput, 'rules'> & {
  /** Severity per rule; complete after merge with the defaults. */
  rules: Record<RuleId, Severity>;
};
export type PartialPolicy = Partial<Omit<FieldOutput, 'rules'>> & { rules?: Partial<Record<RuleId, Severity>> };
export type SchoolAccount = Policy['accounts'][number];
