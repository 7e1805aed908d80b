// Validation in one place (DESIGN §3): each invalid field is reported with its path and a Dutch
// and English reason and falls back to its default; the rest of the policy still applies.
import * as v from 'valibot';
import { RULE_IDS, SEVERITIES, type Localized, type RuleId, type Severity } from '../types';
import { defaultPolicy } from './defaults';
import { fieldSchemas, POLICY_FIELDS, type PartialPolicy, type Policy, type PolicyField } from './schema';

export interface PolicyProblem {
  /** Dotted path of the field, e.g. "supervisor.email" or "rules.child-portrait". */
  path: string;
  reason: Localized;
  /** Which source the bad value came from (set by lib/policy/sources.ts). */
  source?: 'enterprise' | 'local';
}

export interface ValidatedPolicy {
  /** Only the fields that were valid (to merge over weaker sources). */
  valid: PartialPolicy;
  problems: PolicyProblem[];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function issuePath(base: string, issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((p) => String(p.key));
  return [base, ...keys].join('.');
}

function describe(issue: v.BaseIssue<unknown>): Localized {
  const got = issue.received;
  // A required key that is not there (valibot reports it as an object issue on the key's path).
  if (issue.type === 'object' && got === 'undefined' && issue.path?.length)
    return { nl: 'ontbreekt', en: 'missing' };
  switch (issue.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'array':
    case 'object':
      return { nl: `verwacht ${dutchType[issue.type]}, kreeg ${got}`, en: `expected ${issue.type}, got ${got}` };
    case 'picklist':
    case 'literal':
    case 'union':
      return { nl: `ongeldige waarde ${got}; toegestaan: ${issue.expected}`, en: `invalid value ${got}; allowed: ${issue.expected}` };
    case 'email':
      return { nl: `geen geldig e-mailadres: ${got}`, en: `not a valid e-mail address: ${got}` };
    case 'url':
    case 'starts_with':
      return { nl: `geen geldige https-link: ${got}`, en: `not a valid https link: ${got}` };
    case 'regex':
      return { nl: `ongeldige notatie ${got}, verwacht ${issue.expected}`, en: `invalid format ${got}, expected ${issue.expected}` };
    case 'min_value':
    case 'max_value':
    case 'integer':
      return { nl: `ongeldig getal ${got} (${issue.expected})`, en: `invalid number ${got} (${issue.expected})` };
    case 'min_length':
      return { nl: 'mag niet leeg zijn', en: 'must not be empty' };
    case 'max_length':
      return { nl: `te lang (${issue.expected})`, en: `too long (${issue.expected})` };
    default:
      return { nl: `ongeldig: ${issue.message}`, en: `invalid: ${issue.message}` };
  }
}

const dutchType: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  boolean: 'true of false',
  array: 'lijst',
  object: 'object',
};

function isObjectSchema(schema: { type: string; wrapped?: unknown }): boolean {
  return schema.type === 'object' || (schema.type === 'optional' && (schema.wrapped as { type: string }).type === 'object');
}

/** Validates an untrusted policy object field by field. Never throws. */
export function validatePolicy(input: unknown): ValidatedPolicy {
  const problems: PolicyProblem[] = [];
  const valid: Record<string, unknown> = {};
  if (input === undefined || input === null) return { valid: {}, problems };
  if (!isRecord(input)) {
    problems.push({ path: '(policy)', reason: { nl: 'het beleid is geen JSON-object', en: 'the policy is not a JSON object' } });
    return { valid: {}, problems };
  }
  for (const [key, value] of Object.entries(input)) {
    if (key === '$schema' || key === 'comment') continue;
    if (!(POLICY_FIELDS as string[]).includes(key)) {
      problems.push({ path: key, reason: { nl: 'onbekend veld, genegeerd', en: 'unknown field, ignored' } });
      continue;
    }
    const field = key as PolicyField;
    if (field === 'rules') {
      valid.rules = validateRules(value, problems);
      continue;
    }
    // valibot's object schema accepts arrays; a list where an object belongs gets its own message.
    if (Array.isArray(value) && isObjectSchema(fieldSchemas[field])) {
      problems.push({ path: field, reason: { nl: 'verwacht object, kreeg lijst', en: 'expected object, got list' } });
      continue;
    }
    const result = v.safeParse(fieldSchemas[field], value);
    if (result.success) valid[field] = result.output;
    else for (const issue of result.issues) problems.push({ path: issuePath(field, issue), reason: describe(issue) });
  }
  return { valid: valid as PartialPolicy, problems };
}

// Rules are validated per entry, so one misspelt rule id does not reset the others.
function validateRules(value: unknown, problems: PolicyProblem[]): Partial<Record<RuleId, Severity>> {
  const out: Partial<Record<RuleId, Severity>> = {};
  if (!isRecord(value)) {
    problems.push({ path: 'rules', reason: { nl: 'verwacht een object { regel: ernst }', en: 'expected an object { rule: severity }' } });
    return out;
  }
  for (const [rule, severity] of Object.entries(value)) {
    if (!(RULE_IDS as readonly string[]).includes(rule)) {
      problems.push({ path: `rules.${rule}`, reason: { nl: `onbekende regel; bekend zijn: ${RULE_IDS.join(', ')}`, en: `unknown rule; known rules: ${RULE_IDS.join(', ')}` } });
    } else if (!(SEVERITIES as readonly unknown[]).includes(severity)) {
      problems.push({ path: `rules.${rule}`, reason: { nl: `ongeldige ernst ${JSON.stringify(severity)}; toegestaan: ${SEVERITIES.join(', ')}`, en: `invalid severity ${JSON.stringify(severity)}; allowed: ${SEVERITIES.join(', ')}` } });
    } else out[rule as RuleId] = severity as Severity;
  }
  return out;
}

/** Merges partial policies over the defaults, strongest first. Rules merge per rule. */
export function mergePolicies(...layers: PartialPolicy[]): Policy {
  const result = defaultPolicy();
  for (const layer of [...layers].reverse()) {
    const { rules, ...rest } = layer;
    Object.assign(result, Object.fromEntries(Object.entries(rest).filter(([, val]) => val !== undefined)));
    if (rules) Object.assign(result.rules, rules);
  }
  return result;
}

/** Convenience: validate one source and merge it over the defaults. */
export function resolvePolicy(input: unknown): { policy: Policy; problems: PolicyProblem[] } {
  const { valid, problems } = validatePolicy(input);
  return { policy: mergePolicies(valid), problems };
}
