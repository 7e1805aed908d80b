import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { managedSchema, renderManagedSchema, toManagedNode, type ManagedSchemaNode } from '../../../lib/policy/managed-schema';
import { fieldSchemas, LOCAL_EDITABLE_FIELDS, POLICY_FIELDS, type Policy } from '../../../lib/policy/schema';
import { defaultPolicy } from '../../../lib/policy/defaults';
import { FIELD_DOCS } from '../../../lib/policy/field-docs';
import * as v from 'valibot';

const onDisk = JSON.parse(readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8'));

// Every key path a schema node describes, e.g. "supervisor.email", "accounts[].platform".
function paths(node: ManagedSchemaNode, prefix: string): string[] {
  const here = prefix ? [prefix] : [];
  if (node.type === 'object' && node.properties)
    return [...here, ...Object.entries(node.properties).flatMap(([k, n]) => paths(n, prefix ? `${prefix}.${k}` : k))];
  if (node.type === 'array') return [...here, ...paths(node.items!, `${prefix}[]`)];
  if (node.additionalProperties) return [...here, ...paths(node.additionalProperties, `${prefix}.*`)];
  return here;
}

describe('managed schema ↔ policy schema', () => {
  it('public/managed_schema.json is the generated file (run npm run policy:schema after changing lib/policy/schema.ts)', () => {
    expect(readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8')).toBe(renderManagedSchema());
  });

  it('every policy field is in the managed schema and every managed field is a policy field', () => {
    expect(Object.keys(onDisk.properties).sort()).toEqual([...POLICY_FIELDS].sort());
    // The Policy type has the same keys (defaultPolicy() is a complete Policy).
    const typed: Record<keyof Policy, true> = Object.fromEntries(Object.keys(defaultPolicy()).map((k) => [k, true])) as Record<keyof Policy, true>;
    expect(Object.keys(typed).sort()).toEqual([...POLICY_FIELDS].sort());
  });

  it('nested fields match too (supervisor.teams, accounts[].handle, lessonHours.days[] …)', () => {
    const fromFile = paths({ type: 'object', properties: onDisk.properties }, '');
    for (const p of ['supervisor.teams', 'schoolContact.emailDomains[]', 'accounts[].platform', 'accounts[].handle', 'lessonHours.days[]', 'rules.*'])
      expect(fromFile).toContain(p);
    expect(fromFile).toEqual(paths({ type: 'object', properties: managedSchema().properties }, ''));
  });

  it('follows Chrome’s rules: top level object without additionalProperties, exactly one type per node', () => {
    expect(onDisk.type).toBe('object');
    expect(onDisk.additionalProperties).toBeUndefined();
    const check = (n: ManagedSchemaNode) => {
      expect(['string', 'integer', 'number', 'boolean', 'array', 'object']).toContain(n.type);
      Object.values(n.properties ?? {}).forEach(check);
      if (n.items) check(n.items);
      if (n.additionalProperties) check(n.additionalProperties);
    };
    Object.values(onDisk.properties as Record<string, ManagedSchemaNode>).forEach(check);
    expect(onDisk.properties.groupMinFaces.type).toBe('integer');
    expect(onDisk.properties.lessonHours.properties.days.items.type).toBe('integer');
  });

  it('refuses a union of two JSON types (Chrome cannot express it)', () => {
    expect(() => toManagedNode(v.union([v.string(), v.boolean()]) as never)).toThrow(/union/);
  });

  it('every field has Dutch and English docs, and local edits cover every field but allowLocalEdits', () => {
    for (const f of POLICY_FIELDS) {
      expect(FIELD_DOCS[f].label.nl).not.toBe('');
      expect(FIELD_DOCS[f].help.en).not.toBe('');
      expect(onDisk.properties[f].title).toBe(FIELD_DOCS[f].label.nl);
    }
    expect([...LOCAL_EDITABLE_FIELDS, 'allowLocalEdits'].sort()).toEqual([...POLICY_FIELDS].sort());
    expect(Object.keys(fieldSchemas)).toEqual(POLICY_FIELDS);
  });
});
