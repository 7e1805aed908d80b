// The policy builder's form state and its conversion to and from a policy. The form keeps what the
// director typed (text for lists and numbers), so an invalid value stays visible with its problem
// instead of being silently corrected; formToPolicyInput hands the raw object to validatePolicy.
import { PLATFORMS, RULE_IDS, type Platform, type RuleId, type Severity } from '../types';
import { defaultPolicy } from '../policy/defaults';
import type { PartialPolicy, Policy } from '../policy/schema';
import { mergePolicies, validatePolicy, type PolicyProblem } from '../policy/validate';

export interface AccountRow {
  platform: string;
  name: string;
  handle: string;
}

export interface PolicyForm {
  schoolName: string;
  board: string;
  codeOfConductUrl: string;
  supervisorName: string;
  supervisorEmail: string;
  supervisorTeams: string;
  address: string;
  phone: string;
  emailDomains: string;
  staffNames: string;
  accounts: AccountRow[];
  allowedMentions: string;
  applyTo: string;
  groupMinFaces: string;
  days: number[];
  from: string;
  to: string;
  rules: Record<RuleId, string>;
  allowLocalEdits: boolean;
  mode: string;
}

const str = (x: unknown) => (typeof x === 'string' ? x : x === undefined || x === null ? '' : JSON.stringify(x));
const lines = (x: unknown) => (Array.isArray(x) ? x.map(str).join('\n') : str(x));
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const rec = (x: unknown): Record<string, unknown> => (isRecord(x) ? x : {});

/**
 * Fills the form from a policy object. Tolerant: an imported file may be invalid, and what it said
 * is kept (as text) so the problem list can point at it. Missing fields take the default.
 */
export function policyToForm(input: unknown): PolicyForm {
  const d = defaultPolicy();
  const p = { ...d, ...rec(input) } as Record<string, unknown>;
  const sup = rec(p.supervisor);
  const contact = { ...d.schoolContact, ...rec(p.schoolContact) };
  const hours = { ...d.lessonHours, ...rec(p.lessonHours) };
  const rules = { ...d.rules, ...rec(p.rules) } as Record<string, unknown>;
  return {
    schoolName: str(p.schoolName),
    board: str(p.board),
    codeOfConductUrl: str(p.codeOfConductUrl),
    supervisorName: str(sup.name),
    supervisorEmail: str(sup.email),
    supervisorTeams: str(sup.teams),
    address: str(contact.address),
    phone: str(contact.phone),
    emailDomains: lines(contact.emailDomains),
    staffNames: lines(p.staffNames),
    accounts: (Array.isArray(p.accounts) ? p.accounts : []).map((a) => {
      const r = rec(a);
      return { platform: str(r.platform), name: str(r.name), handle: str(r.handle) };
    }),
    allowedMentions: lines(p.allowedMentions),
    applyTo: str(p.applyTo),
    groupMinFaces: str(typeof p.groupMinFaces === 'number' ? String(p.groupMinFaces) : p.groupMinFaces),
    days: Array.isArray(hours.days) ? hours.days.filter((n): n is number => typeof n === 'number') : [],
    from: str(hours.from),
    to: str(hours.to),
    rules: Object.fromEntries(RULE_IDS.map((id) => [id, str(rules[id])])) as Record<RuleId, string>,
    allowLocalEdits: p.allowLocalEdits === true,
    mode: str(p.mode),
  };
}

const splitLines = (s: string) =>
  s
    .split(/[\n,;]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** A number when the text is one, else the text itself (so validation names the bad value). */
const numberOrText = (s: string): number | string => (/^\s*-?\d+(\.\d+)?\s*$/.test(s) ? Number(s) : s);

/** The raw policy object the form describes, for validatePolicy and the exports. */
export function formToPolicyInput(f: PolicyForm): Record<string, unknown> {
  const supervisor =
    f.supervisorName.trim() || f.supervisorEmail.trim() || f.supervisorTeams.trim()
      ? { name: f.supervisorName, email: f.supervisorEmail, ...(f.supervisorTeams.trim() ? { teams: f.supervisorTeams } : {}) }
      : undefined;
  return {
    schoolName: f.schoolName,
    board: f.board,
    codeOfConductUrl: f.codeOfConductUrl.trim(),
    ...(supervisor ? { supervisor } : {}),
    schoolContact: { address: f.address, phone: f.phone, emailDomains: splitLines(f.emailDomains) },
    staffNames: f.staffNames
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean),
    accounts: f.accounts
      .filter((a) => a.name.trim() || a.handle.trim() || !PLATFORMS.includes(a.platform as Platform))
      .map((a) => ({ platform: a.platform, ...(a.name.trim() ? { name: a.name } : {}), ...(a.handle.trim() ? { handle: a.handle } : {}) })),
    allowedMentions: splitLines(f.allowedMentions),
    applyTo: f.applyTo,
    groupMinFaces: numberOrText(f.groupMinFaces),
    lessonHours: { days: [...f.days].sort((a, b) => a - b), from: f.from, to: f.to },
    rules: Object.fromEntries(RULE_IDS.map((id) => [id, f.rules[id]])),
    allowLocalEdits: f.allowLocalEdits,
    mode: f.mode,
  };
}

export interface BuilderCheck {
  input: Record<string, unknown>;
  problems: PolicyProblem[];
  /** The complete policy (invalid fields at their default) — what would apply. */
  policy: Policy;
  valid: PartialPolicy;
}

export function checkForm(f: PolicyForm): BuilderCheck {
  const input = formToPolicyInput(f);
  const { valid, problems } = validatePolicy(input);
  return { input, problems, valid, policy: mergePolicies(valid) };
}

/** Problems that belong to a form field (path starts with the field), for showing them beside it. */
export function problemsFor(problems: readonly PolicyProblem[], prefix: string): PolicyProblem[] {
  return problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`));
}

/**
 * What "Opslaan op deze computer" stores: only fields that differ from the defaults (rules per
 * rule), and only those the policy lets staff change — so a field set locally shows as "lokale
 * instelling" and everything else keeps following the policy.
 */
export function localDiff(policy: Policy, editable: readonly string[], enterpriseRules: readonly string[] = []): PartialPolicy {
  const d = defaultPolicy() as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(policy)) {
    if (!editable.includes(field)) continue;
    if (field === 'rules') {
      // Rules the enterprise policy sets are not copied: they are not the user's, and would
      // linger as "local" if the director later dropped them from the policy.
      const changed = Object.entries(value as Record<RuleId, Severity>).filter(
        ([id, sev]) => !enterpriseRules.includes(id) && (d.rules as Record<string, Severity>)[id] !== sev,
      );
      if (changed.length) out.rules = Object.fromEntries(changed);
    } else if (JSON.stringify(value) !== JSON.stringify(d[field])) out[field] = value;
  }
  return out as PartialPolicy;
}
