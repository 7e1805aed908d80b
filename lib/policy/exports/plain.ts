// The policy as plain JSON data, the common input of every export format: fields in schema order,
// undefined fields left out (JSON, the registry and plists have no "undefined").
import { POLICY_FIELDS, type PartialPolicy } from '../schema';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type PolicyJson = Record<string, JsonValue>;

export function policyToJson(policy: PartialPolicy): PolicyJson {
  const out: PolicyJson = {};
  for (const field of POLICY_FIELDS) {
    const value = (policy as Record<string, unknown>)[field];
    if (value !== undefined) out[field] = JSON.parse(JSON.stringify(value)) as JsonValue;
  }
  return out;
}

export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
