// Combines the three policy sources (DESIGN §3), strongest first: enterprise policy, local
// settings (only where allowed), built-in default. Pure, so Node tests cover every case; the
// browser side (reading storage, watching changes) is in ./sources.ts.
import { RULE_IDS, type RuleId } from '../types';
import { LOCAL_EDITABLE_FIELDS, POLICY_FIELDS, type PartialPolicy, type Policy, type PolicyField } from './schema';
import { mergePolicies, validatePolicy, type PolicyProblem } from './validate';

export type PolicySource = 'enterprise' | 'local' | 'default';

export interface EffectivePolicy {
  policy: Policy;
  /** Problems of every source, each tagged with the source it came from. */
  problems: PolicyProblem[];
  /** Where each field's active value comes from. */
  sources: Record<PolicyField, PolicySource>;
  /** Where each rule's severity comes from. */
  ruleSources: Record<RuleId, PolicySource>;
  /** True when the browser could read its managed storage (an enterprise policy could apply). */
  managedAvailable: boolean;
  /** True when the enterprise policy set at least one field (valid or not). */
  enterprisePresent: boolean;
  /** The fields staff may change on this computer (options page → local settings). */
  localEditable: PolicyField[];
}

export interface RawSources {
  /** What storage.managed returned; undefined when it threw or is missing. */
  managed: unknown;
  managedAvailable: boolean;
  /** The stored local settings object (storage.local, key LOCAL_POLICY_KEY). */
  local: unknown;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Which fields local settings may change. Without any enterprise policy the person at this
 * computer is the administrator (a small school configuring each laptop by hand), so everything
 * is editable. With an enterprise policy, its `allowLocalEdits` decides — false when it is
 * missing or invalid, so a broken policy never opens up more than the director meant.
 */
export function localEditableFields(enterprisePresent: boolean, enterprise: PartialPolicy): PolicyField[] {
  if (!enterprisePresent) return [...LOCAL_EDITABLE_FIELDS];
  const allow = enterprise.allowLocalEdits;
  return allow === true ? [...LOCAL_EDITABLE_FIELDS] : [];
}

const tag = (problems: PolicyProblem[], source: 'enterprise' | 'local') => problems.map((p) => ({ ...p, source }));

export function effectivePolicy(raw: RawSources): EffectivePolicy {
  // Chrome without a policy resolves storage.managed to {}; Firefox rejects (sources.ts → undefined).
  const enterpriseRaw = raw.managed ?? {};
  const enterprisePresent = !isRecord(enterpriseRaw) || Object.keys(enterpriseRaw).length > 0;
  const enterprise = validatePolicy(enterpriseRaw);
  const editable = localEditableFields(enterprisePresent, enterprise.valid);

  const local = validatePolicy(raw.local);
  const localProblems = tag(local.problems, 'local');
  const allowedLocal: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(local.valid) as [PolicyField, unknown][]) {
    if (editable.includes(field)) allowedLocal[field] = value;
    else
      localProblems.push({
        path: field,
        source: 'local',
        reason: {
          nl: 'lokale instelling niet toegestaan door het organisatiebeleid, genegeerd',
          en: 'local setting not allowed by the organisation policy, ignored',
        },
      });
  }

  const policy = mergePolicies(enterprise.valid, allowedLocal as PartialPolicy);
  const sources = {} as Record<PolicyField, PolicySource>;
  for (const field of POLICY_FIELDS) {
    sources[field] = field in enterprise.valid ? 'enterprise' : field in allowedLocal ? 'local' : 'default';
  }
  // Rules merge rule by rule, so each rule has its own source.
  const entRules = enterprise.valid.rules ?? {};
  const locRules = (allowedLocal.rules ?? {}) as Record<string, unknown>;
  const ruleSources = {} as Record<RuleId, PolicySource>;
  for (const rule of RULE_IDS) ruleSources[rule] = rule in entRules ? 'enterprise' : rule in locRules ? 'local' : 'default';
  return {
    policy,
    problems: [...tag(enterprise.problems, 'enterprise'), ...localProblems],
    sources,
    ruleSources,
    managedAvailable: raw.managedAvailable,
    enterprisePresent,
    localEditable: editable,
  };
}
