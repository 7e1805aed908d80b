import { describe, expect, it } from 'vitest';
import { mergePolicies, resolvePolicy, validatePolicy } from '../../../lib/policy/validate';
import { defaultPolicy, DEFAULT_SEVERITIES } from '../../../lib/policy/defaults';
import { RULES } from '../../../lib/rules';
import { readFileSync } from 'node:fs';

const example = JSON.parse(readFileSync(new URL('../../../../shared/policy/example-policy.json', import.meta.url), 'utf8'));

describe('policy validation', () => {
  it('accepts the example policy without problems', () => {
    const { policy, problems } = resolvePolicy(example);
    expect(problems).toEqual([]);
    expect(policy.schoolName).toBe('OBS De Wierde');
    expect(policy.rules['child-portrait']).toBe('block');
    expect(policy.rules['tagging']).toBe(DEFAULT_SEVERITIES.tagging);
  });

  it.each([
    [{ groupMinFaces: 'drie' }, 'groupMinFaces'],
    [{ groupMinFaces: 1 }, 'groupMinFaces'],
    [{ mode: 'strict' }, 'mode'],
    [{ applyTo: 'everyone' }, 'applyTo'],
    [{ supervisor: { name: 'M', email: 'geen-adres' } }, 'supervisor.email'],
    [{ lessonHours: { days: [1], from: '8:30', to: '14:30' } }, 'lessonHours.from'],
    [{ rules: { 'child-portret': 'block' } }, 'rules.child-portret'],
    [{ rules: { discussion: 'hard' } }, 'rules.discussion'],
    [{ accounts: [{ platform: 'tiktok', handle: 'school' }] }, 'accounts.0.platform'],
    [{ colour: 'blue' }, 'colour'],
    [{ codeOfConductUrl: 'http://insecure.example' }, 'codeOfConductUrl'],
  ])('reports %j at its path and keeps the default', (input, path) => {
    const { policy, problems } = resolvePolicy({ ...example, ...input });
    expect(problems.map((p) => p.path)).toContain(path);
    for (const p of problems) {
      expect(p.reason.nl.length).toBeGreaterThan(3);
      expect(p.reason.en.length).toBeGreaterThan(3);
    }
    // The rest of the policy still applies.
    expect(policy.schoolName).toBe('OBS De Wierde');
  });

  it('keeps valid rule entries when one is wrong', () => {
    const { policy } = resolvePolicy({ rules: { discussion: 'block', 'child-portret': 'off' } });
    expect(policy.rules.discussion).toBe('block');
    expect(policy.rules['child-portrait']).toBe('block');
  });

  it('rejects a non-object policy without throwing', () => {
    expect(validatePolicy('tekst').problems[0]!.path).toBe('(policy)');
    expect(validatePolicy([1, 2]).problems).toHaveLength(1);
  });

  it('merges strongest first', () => {
    const merged = mergePolicies({ schoolName: 'A', rules: { discussion: 'block' } }, { schoolName: 'B', groupMinFaces: 5, rules: { discussion: 'off', tagging: 'off' } });
    expect(merged.schoolName).toBe('A');
    expect(merged.groupMinFaces).toBe(5);
    expect(merged.rules.discussion).toBe('block');
    expect(merged.rules.tagging).toBe('off');
    expect(merged.rules['child-name']).toBe(defaultPolicy().rules['child-name']);
  });

  it('has a default severity for every registered rule, equal to its meta', () => {
    for (const rule of RULES) expect(DEFAULT_SEVERITIES[rule.meta.id]).toBe(rule.meta.defaultSeverity);
  });
});
