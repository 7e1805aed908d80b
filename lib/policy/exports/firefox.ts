// Firefox enterprise policy: policies.json (policies → 3rdparty → Extensions → gecko id). Firefox
// hands that object to the extension as storage.managed.
import type { PartialPolicy } from '../schema';
import { isRecord, policyToJson, type PolicyJson } from './plain';

export function toFirefoxPoliciesJson(policy: PartialPolicy, geckoId: string): string {
  const file = { policies: { '3rdparty': { Extensions: { [geckoId]: policyToJson(policy) } } } };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function fromFirefoxPoliciesJson(data: unknown, geckoId?: string): PolicyJson | undefined {
  const policies = isRecord(data) ? data.policies : undefined;
  const third = isRecord(policies) ? policies['3rdparty'] : undefined;
  const extensions = isRecord(third) ? third.Extensions : undefined;
  if (!isRecord(extensions)) return undefined;
  const id = geckoId && geckoId in extensions ? geckoId : Object.keys(extensions)[0];
  const policy = id === undefined ? undefined : extensions[id];
  return isRecord(policy) ? (policy as PolicyJson) : undefined;
}
