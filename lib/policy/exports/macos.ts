// macOS: a configuration profile (.mobileconfig) with one payload per browser. Chrome and Edge
// read extension policy from the preference domains com.google.Chrome.extensions.<id> and
// com.microsoft.Edge.extensions.<id>; the payload's own keys are the policy fields.
import { build, parse } from 'plist';
import type { PartialPolicy } from '../schema';
import { isRecord, policyToJson, type PolicyJson } from './plain';

export const chromeDomain = (id: string) => `com.google.Chrome.extensions.${id}`;
export const edgeDomain = (id: string) => `com.microsoft.Edge.extensions.${id}`;
const PROFILE_ID = 'nl.postwijs.policy';

export interface MobileconfigOptions {
  chrome?: string;
  edge?: string;
  /** Shown in System Settings → Profiles. */
  organization?: string;
  /** For tests: fixed UUIDs instead of random ones. */
  uuid?: () => string;
}

function randomUuid(): string {
  return globalThis.crypto.randomUUID().toUpperCase();
}

export function toMobileconfig(policy: PartialPolicy, options: MobileconfigOptions): string {
  const uuid = options.uuid ?? randomUuid;
  const json = policyToJson(policy);
  const payloads: Record<string, unknown>[] = [];
  const add = (domain: string, browserName: string) =>
    payloads.push({
      PayloadType: domain,
      PayloadVersion: 1,
      PayloadIdentifier: `${PROFILE_ID}.${domain}`,
      PayloadUUID: uuid(),
      PayloadDisplayName: `Postwijs-beleid voor ${browserName}`,
      PayloadEnabled: true,
      ...json,
    });
  if (options.chrome) add(chromeDomain(options.chrome), 'Google Chrome');
  if (options.edge) add(edgeDomain(options.edge), 'Microsoft Edge');
  const org = options.organization || String(json.schoolName || json.board || 'Postwijs');
  const profile = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: PROFILE_ID,
    PayloadUUID: uuid(),
    PayloadDisplayName: 'Postwijs-beleid',
    PayloadDescription: 'Gedragscode social media: instellingen van Postwijs voor deze Mac.',
    PayloadOrganization: org,
    PayloadScope: 'System',
    PayloadContent: payloads,
  };
  return build(profile as Parameters<typeof build>[0]);
}

/** Reads the policy back from the first Chrome or Edge payload; undefined when there is none. */
export function fromMobileconfig(text: string): PolicyJson | undefined {
  const profile = parse(text) as unknown;
  const content = isRecord(profile) ? profile.PayloadContent : undefined;
  if (!Array.isArray(content)) return undefined;
  const payload = content.find(
    (p): p is Record<string, unknown> => isRecord(p) && typeof p.PayloadType === 'string' && /^com\.(google\.Chrome|microsoft\.Edge)\.extensions\./.test(p.PayloadType),
  );
  if (!payload) return undefined;
  return Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith('Payload'))) as PolicyJson;
}
