// Chrome and Edge policy as JSON: the managed-policy file for Linux (/etc/opt/chrome/policies/
// managed/, /etc/chromium/policies/managed/, /etc/opt/edge/policies/managed/) and the JSON that
// Google Admin console takes under "Beleid voor extensies" (each value wrapped as {"Value": …}).
import type { PartialPolicy } from '../schema';
import { isRecord, policyToJson, type JsonValue, type PolicyJson } from './plain';

export function toChromeLinuxJson(policy: PartialPolicy, extensionId: string): string {
  const file = { '3rdparty': { extensions: { [extensionId]: policyToJson(policy) } } };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function toGoogleAdminJson(policy: PartialPolicy): string {
  const wrapped: Record<string, { Value: JsonValue }> = {};
  for (const [key, value] of Object.entries(policyToJson(policy))) wrapped[key] = { Value: value };
  return `${JSON.stringify(wrapped, null, 2)}\n`;
}

/** Reads the policy back from a Linux managed-policy file; `undefined` when the shape does not fit. */
export function fromChromeLinuxJson(data: unknown, extensionId?: string): PolicyJson | undefined {
  const extensions = isRecord(data) && isRecord(data['3rdparty']) ? data['3rdparty'].extensions : undefined;
  if (!isRecord(extensions)) return undefined;
  const id = extensionId && extensionId in extensions ? extensionId : Object.keys(extensions)[0];
  const policy = id === undefined ? undefined : extensions[id];
  return isRecord(policy) ? (policy as PolicyJson) : undefined;
}

/** Reads the policy back from Google Admin JSON; `undefined` when not every value is {"Value": …}. */
export function fromGoogleAdminJson(data: unknown): PolicyJson | undefined {
  if (!isRecord(data)) return undefined;
  const entries = Object.entries(data);
  if (entries.length === 0 || !entries.every(([, v]) => isRecord(v) && 'Value' in v)) return undefined;
  return Object.fromEntries(entries.map(([k, v]) => [k, (v as { Value: JsonValue }).Value]));
}
