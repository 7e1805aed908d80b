import { describe, expect, it } from 'vitest';
import { parse } from 'plist';
import { EXPORT_FORMATS, importPolicy } from '../../../lib/policy/exports';
import { DEFAULT_IDS, isChromeId } from '../../../lib/policy/exports/ids';
import { decodeRegBytes, parseRegFile, RegParseError } from '../../../lib/policy/exports/reg-file';
import { CHROME_REG_ROOT, EDGE_REG_ROOT } from '../../../lib/policy/exports/windows';
import { resolvePolicy } from '../../../lib/policy/validate';
import { managedSchema, type ManagedSchemaNode } from '../../../lib/policy/managed-schema';
import { awkwardPolicy, examplePolicy } from './fixtures';

const ids = DEFAULT_IDS;
const build = (id: string, policy = examplePolicy) => EXPORT_FORMATS.find((f) => f.id === id)!.build(policy, ids);

// Chrome drops a policy value whose type differs from the managed schema: check every exported
// value against it the way Chrome does (one type per node).
function conforms(value: unknown, node: ManagedSchemaNode, path: string): string[] {
  const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (!(actual === node.type || (node.type === 'number' && actual === 'integer'))) return [`${path}: ${actual} ≠ ${node.type}`];
  if (node.type === 'array') return (value as unknown[]).flatMap((v, i) => conforms(v, node.items!, `${path}.${i}`));
  if (node.type === 'object')
    return Object.entries(value as object).flatMap(([k, v]) => {
      const child = node.properties?.[k] ?? node.additionalProperties;
      return child ? conforms(v, child, `${path}.${k}`) : [`${path}.${k}: not in schema`];
    });
  return [];
}

describe('policy exports', () => {
  it('the documented Chrome id is a valid extension id', () => {
    expect(isChromeId(ids.chrome)).toBe(true);
  });

  it.each(EXPORT_FORMATS.map((f) => [f.id]))('%s round-trips the example and an awkward policy', (id) => {
    for (const policy of [examplePolicy, awkwardPolicy]) {
      const format = EXPORT_FORMATS.find((f) => f.id === id)!;
      const bytes = format.encode(format.build(policy, ids));
      const imported = importPolicy(bytes, ids);
      expect(imported.error).toBeUndefined();
      expect(imported.format).toBe(id);
      const back = resolvePolicy(imported.policy);
      expect(back.problems).toEqual([]);
      expect(back.policy).toEqual(policy);
    }
  });

  it.each(EXPORT_FORMATS.map((f) => [f.id]))('%s has Dutch and English install steps', (id) => {
    const format = EXPORT_FORMATS.find((f) => f.id === id)!;
    expect(format.steps.nl.length).toBeGreaterThanOrEqual(3);
    expect(format.steps.en.length).toBe(format.steps.nl.length);
  });

  it('Chrome/Edge Linux JSON puts the policy under 3rdparty.extensions.<id> and matches the managed schema', () => {
    const data = JSON.parse(build('chrome-linux', awkwardPolicy));
    const policy = data['3rdparty'].extensions[ids.chrome];
    expect(policy.schoolName).toBe(awkwardPolicy.schoolName);
    expect(conforms(policy, { type: 'object', properties: managedSchema().properties }, '')).toEqual([]);
  });

  it('Google Admin JSON wraps every value as {"Value": …}', () => {
    const data = JSON.parse(build('google-admin'));
    for (const entry of Object.values(data)) expect(Object.keys(entry as object)).toEqual(['Value']);
    expect(data.groupMinFaces.Value).toBe(3);
  });

  it('Firefox policies.json has the policies → 3rdparty → Extensions → gecko id shape', () => {
    const data = JSON.parse(build('firefox'));
    expect(Object.keys(data)).toEqual(['policies']);
    expect(Object.keys(data.policies)).toEqual(['3rdparty']);
    expect(Object.keys(data.policies['3rdparty'].Extensions)).toEqual(['postwijs@lauwerseneems.nl']);
    expect(data.policies['3rdparty'].Extensions['postwijs@lauwerseneems.nl'].mode).toBe('enforce');
  });

  it('the .reg file parses, writes Chrome and Edge keys with DWORDs for numbers and booleans, and deletes the old key first', () => {
    const text = build('windows-reg', awkwardPolicy);
    expect(text.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    const file = parseRegFile(text);
    const chromeKey = `${CHROME_REG_ROOT}\\${ids.chrome}\\policy`;
    const edgeKey = `${EDGE_REG_ROOT}\\${ids.edge}\\policy`;
    expect(file.deleted).toEqual([chromeKey, edgeKey]);
    const root = file.keys.find((k) => k.path === chromeKey)!;
    expect(root.values.get('groupMinFaces')).toEqual({ type: 'dword', value: 3 });
    expect(root.values.get('allowLocalEdits')).toEqual({ type: 'dword', value: 1 });
    expect(root.values.get('schoolName')).toEqual({ type: 'sz', value: 'CBS "De Eén" \\ Zoutkamp' });
    expect(file.keys.find((k) => k.path === `${edgeKey}\\accounts\\1`)!.values.get('handle')).toEqual({ type: 'sz', value: '@cbs_de_een' });
    // Line breaks cannot be quoted: the address goes as hex(1).
    expect(text).toMatch(/"address"=hex\(1\):/);
  });

  it('the .reg download is UTF-16LE with a byte-order mark and decodes back', () => {
    const format = EXPORT_FORMATS.find((f) => f.id === 'windows-reg')!;
    const text = format.build(awkwardPolicy, ids);
    const bytes = format.encode(text);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(decodeRegBytes(bytes)).toBe(text);
  });

  it.each([
    ['no header', '[HKEY_LOCAL_MACHINE\\X]\r\n"a"="b"', 1],
    ['unclosed key', 'Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\X\r\n', 2],
    ['value outside a key', 'Windows Registry Editor Version 5.00\r\n"a"="b"', 2],
    ['unknown type', 'Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\X]\r\n"a"=qword:1', 3],
    ['open quote', 'Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\X]\r\n"a"="b', 3],
  ])('the .reg parser rejects %s with its line number', (_name, text, line) => {
    try {
      parseRegFile(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RegParseError);
      expect((e as RegParseError).line).toBe(line);
    }
  });

  it('reads .reg files with JSON-string lists, REGEDIT continuation lines and comments, as Chrome does', () => {
    const text = [
      'Windows Registry Editor Version 5.00',
      '; written by hand',
      `[${CHROME_REG_ROOT}\\abc\\policy]`,
      '"staffNames"="[\\"Eline de Boer\\"]"',
      '"schoolName"=hex(1):4f,00,42,00,\\',
      '  53,00,00,00',
      '"mode"="audit"',
    ].join('\r\n');
    const got = importPolicy(text);
    expect(got.policy).toEqual({ staffNames: ['Eline de Boer'], schoolName: 'OBS', mode: 'audit' });
  });

  it('the .mobileconfig is a valid plist with a Chrome and an Edge payload with unique UUIDs', () => {
    const profile = parse(build('macos', awkwardPolicy)) as Record<string, any>;
    expect(profile.PayloadType).toBe('Configuration');
    expect(profile.PayloadVersion).toBe(1);
    const types = profile.PayloadContent.map((p: any) => p.PayloadType);
    expect(types).toEqual([`com.google.Chrome.extensions.${ids.chrome}`, `com.microsoft.Edge.extensions.${ids.edge}`]);
    const uuids = [profile.PayloadUUID, ...profile.PayloadContent.map((p: any) => p.PayloadUUID)];
    expect(new Set(uuids).size).toBe(3);
    for (const u of uuids) expect(u).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(profile.PayloadContent[0].groupMinFaces).toBe(3);
    expect(profile.PayloadContent[0].allowLocalEdits).toBe(true);
  });

  it.each([
    ['not JSON', '{schoolName:'],
    ['a JSON list', '[1,2]'],
    ['Firefox file without 3rdparty', '{"policies":{"DisableTelemetry":true}}'],
    ['a plist without Chrome payload', '<?xml version="1.0"?><plist version="1.0"><dict><key>PayloadContent</key><array/></dict></plist>'],
    ['a .reg without Postwijs key', 'Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\X]\r\n"a"="b"'],
  ])('import of %s gives a Dutch error, no throw', (_name, text) => {
    const got = importPolicy(text);
    expect(got.policy).toBeUndefined();
    expect(got.error?.nl.length).toBeGreaterThan(5);
  });

  it('import of a bare policy JSON keeps it as is, for validation', () => {
    expect(importPolicy('{"schoolName":"X","mode":"streng"}')).toEqual({ format: 'policy-json', policy: { schoolName: 'X', mode: 'streng' } });
  });
});

describe('.reg lists as Chrome reads them', () => {
  it('takes any numeric names, in numeric order, values or subkeys', () => {
    const root = `${CHROME_REG_ROOT}\\abc\\policy`;
    const text = [
      'Windows Registry Editor Version 5.00',
      `[${root}\\staffNames]`,
      '"10"="Tien"',
      '"2"="Twee"',
      '"x"="genegeerd"',
      `[${root}\\accounts\\3]`,
      '"platform"="x"',
      '"handle"="school"',
    ].join('\r\n');
    expect(importPolicy(text).policy).toEqual({ staffNames: ['Twee', 'Tien'], accounts: [{ platform: 'x', handle: 'school' }] });
  });
});

describe('extension ids for the exports', () => {
  it('recognises Chrome and Firefox ids and names the bad ones', async () => {
    const { idProblems, isGeckoId } = await import('../../../lib/policy/exports/ids');
    expect(idProblems(DEFAULT_IDS)).toEqual([]);
    expect(idProblems({ chrome: 'abc', edge: DEFAULT_IDS.edge, firefox: 'geen id' })).toEqual(['chrome', 'firefox']);
    expect(isGeckoId('{12345678-1234-1234-1234-123456789012}')).toBe(true);
  });
});
