// Windows: the policy as registry keys under HKLM for Chrome and Edge ("3rdparty" extension
// policy, read by storage.managed). Layout as Chrome reads it with the managed schema: strings as
// REG_SZ, booleans and integers as REG_DWORD, objects as subkeys, lists as subkeys with values
// (or subkeys) named 1, 2, 3…
import { managedSchema, type ManagedSchemaNode } from '../managed-schema';
import type { PartialPolicy } from '../schema';
import { policyToJson, type JsonValue, type PolicyJson } from './plain';
import { formatRegFile, hexToString, parseRegFile, type RegFile, type RegKey, type RegValue } from './reg-file';

export const CHROME_REG_ROOT = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions';
export const EDGE_REG_ROOT = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions';

export const policyKeyPath = (root: string, extensionId: string) => `${root}\\${extensionId}\\policy`;

function scalarValue(value: JsonValue, node: ManagedSchemaNode | undefined): RegValue {
  if (typeof value === 'boolean') return { type: 'dword', value: value ? 1 : 0 };
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && node?.type !== 'string') return { type: 'dword', value };
  return { type: 'sz', value: String(value) };
}

// Writes one object (the policy or a nested object/list) as a key with values and subkeys.
function writeKey(path: string, data: Record<string, JsonValue>, schema: Record<string, ManagedSchemaNode> | undefined, out: RegKey[], itemSchema?: ManagedSchemaNode) {
  const key: RegKey = { path, values: new Map() };
  out.push(key);
  const later: [string, JsonValue, ManagedSchemaNode | undefined][] = [];
  for (const [name, value] of Object.entries(data)) {
    const node = itemSchema ?? schema?.[name];
    if (value === null) continue;
    if (typeof value === 'object') later.push([name, value, node]);
    else key.values.set(name, scalarValue(value, node));
  }
  for (const [name, value, node] of later) {
    const sub = `${path}\\${name}`;
    if (Array.isArray(value)) writeKey(sub, Object.fromEntries(value.map((v, i) => [String(i + 1), v])), undefined, out, node?.items);
    else writeKey(sub, value as Record<string, JsonValue>, node?.properties ?? (node?.additionalProperties ? {} : undefined), out, node?.additionalProperties);
  }
}

export interface RegTargets {
  chrome?: string;
  edge?: string;
}

/** The .reg text: for each browser, first remove the old policy key, then write the new one. */
export function toWindowsReg(policy: PartialPolicy, targets: RegTargets, comment?: string): string {
  const json = policyToJson(policy);
  const props = managedSchema().properties;
  const file: RegFile = { keys: [], deleted: [] };
  const roots = [targets.chrome && policyKeyPath(CHROME_REG_ROOT, targets.chrome), targets.edge && policyKeyPath(EDGE_REG_ROOT, targets.edge)].filter(Boolean) as string[];
  for (const root of roots) {
    file.deleted.push(root);
    writeKey(root, json, props, file.keys);
  }
  const comments = ['Postwijs-beleid (gemaakt met de beleidsbouwer op de optiepagina van Postwijs).'];
  if (comment) comments.push(comment);
  comments.push('Dubbelklik of: reg import postwijs-beleid.reg (als beheerder). Daarna Chrome/Edge herstarten of chrome://policy → "Beleid opnieuw laden".');
  return formatRegFile(file, comments);
}

// --- reading back (as Chrome does: the schema says what each value is) --------------------------

function regToScalar(value: RegValue, node: ManagedSchemaNode | undefined): JsonValue {
  const text = value.type === 'sz' ? value.value : value.type === 'hex' ? hexToString(value.bytes) : undefined;
  const num = value.type === 'dword' ? value.value : undefined;
  switch (node?.type) {
    case 'boolean':
      return num !== undefined ? num !== 0 : text === 'true' || text === '1';
    case 'integer':
    case 'number':
      return num ?? Number(text);
    case 'array':
    case 'object':
      // Chrome also accepts a list or object written as one JSON string.
      try {
        return JSON.parse(text ?? '') as JsonValue;
      } catch {
        return text ?? num ?? null;
      }
    case 'string':
      return text ?? String(num);
    default:
      return num ?? text ?? null;
  }
}

interface Tree {
  values: Map<string, RegValue>;
  children: Map<string, Tree>;
}

function readTree(tree: Tree, node: ManagedSchemaNode | undefined): JsonValue {
  if (node?.type === 'array') {
    // Chrome takes every numerically named value or subkey (in its own key order, which does not
    // matter here: every list in the policy is a set); we read them in numeric order.
    const numeric = (m: Map<string, unknown>) => [...m.keys()].filter((k) => /^\d+$/.test(k));
    const names = [...new Set([...numeric(tree.values), ...numeric(tree.children)])].sort((a, b) => Number(a) - Number(b));
    return names.map((n) => {
      const v = tree.values.get(n);
      return v ? regToScalar(v, node.items) : readTree(tree.children.get(n)!, node.items);
    });
  }
  const out: Record<string, JsonValue> = {};
  const child = (name: string) => node?.properties?.[name] ?? node?.additionalProperties;
  for (const [name, value] of tree.values) out[name] = regToScalar(value, child(name));
  for (const [name, sub] of tree.children) out[name] = readTree(sub, child(name));
  return out;
}

function findCase<T>(map: Map<string, T>, name: string): T | undefined {
  for (const [k, v] of map) if (k.toLowerCase() === name.toLowerCase()) return v;
  return undefined;
}

/**
 * Reads the policy of one extension back from .reg text (the first Chrome or Edge policy key in
 * the file, or the one for `extensionId`). Throws RegParseError on malformed files; returns
 * undefined when the file has no Postwijs policy key.
 */
export function fromWindowsReg(text: string, extensionId?: string): PolicyJson | undefined {
  const file = parseRegFile(text);
  // The policy key itself may be absent from the file when only its subkeys are written.
  let base: string | undefined;
  for (const k of file.keys) {
    const m = /^(.*\\3rdparty\\extensions\\([^\\]+)\\policy)(?:\\|$)/i.exec(k.path);
    if (m && (!extensionId || m[2]!.toLowerCase() === extensionId.toLowerCase())) {
      base = m[1]!.toLowerCase();
      break;
    }
  }
  if (base === undefined) return undefined;
  const policyKey = file.keys.find((k) => k.path.toLowerCase() === base);
  const root: Tree = { values: policyKey?.values ?? new Map(), children: new Map() };
  for (const key of file.keys) {
    const lower = key.path.toLowerCase();
    if (!lower.startsWith(`${base}\\`)) continue;
    const parts = key.path.slice(base.length + 1).split('\\');
    let tree = root;
    for (const part of parts) {
      let next = findCase(tree.children, part);
      if (!next) tree.children.set(part, (next = { values: new Map(), children: new Map() }));
      tree = next;
    }
    for (const [n, v] of key.values) tree.values.set(n, v);
  }
  return readTree(root, { type: 'object', properties: managedSchema().properties }) as PolicyJson;
}
