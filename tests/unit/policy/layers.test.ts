import { describe, expect, it } from 'vitest';
import { effectivePolicy } from '../../../lib/policy/layers';
import { defaultPolicy } from '../../../lib/policy/defaults';
import { examplePolicyJson } from './fixtures';

const none = { managed: undefined, managedAvailable: false, local: undefined };

describe('effective policy from enterprise, local and default', () => {
  it('with nothing configured: the defaults, every field from "default", all fields locally editable', () => {
    const e = effectivePolicy(none);
    expect(e.policy).toEqual(defaultPolicy());
    expect(new Set(Object.values(e.sources))).toEqual(new Set(['default']));
    expect(e.enterprisePresent).toBe(false);
    expect(e.localEditable).toContain('rules');
    expect(e.problems).toEqual([]);
  });

  it('Chrome without policy (storage.managed resolves {}) counts as no enterprise policy', () => {
    const e = effectivePolicy({ managed: {}, managedAvailable: true, local: { schoolName: 'Lokaal' } });
    expect(e.enterprisePresent).toBe(false);
    expect(e.policy.schoolName).toBe('Lokaal');
    expect(e.sources.schoolName).toBe('local');
  });

  it('enterprise beats local; local is ignored (and reported) when allowLocalEdits is not true', () => {
    const e = effectivePolicy({ managed: examplePolicyJson, managedAvailable: true, local: { schoolName: 'Lokaal', staffNames: ['Piet'] } });
    expect(e.policy.schoolName).toBe('OBS De Wierde');
    expect(e.sources.schoolName).toBe('enterprise');
    expect(e.policy.staffNames).toEqual(['Eline de Boer', 'Pieter Smit']);
    expect(e.localEditable).toEqual([]);
    expect(e.problems.filter((p) => p.source === 'local').map((p) => p.path).sort()).toEqual(['schoolName', 'staffNames']);
  });

  it('with allowLocalEdits: local fills what the enterprise policy left out, per rule too', () => {
    const e = effectivePolicy({
      managed: { schoolName: 'OBS', allowLocalEdits: true, rules: { discussion: 'block' } },
      managedAvailable: true,
      local: { schoolName: 'Lokaal', groupMinFaces: 5, rules: { discussion: 'off', tagging: 'block' } },
    });
    expect(e.policy.schoolName).toBe('OBS');
    expect(e.policy.groupMinFaces).toBe(5);
    expect(e.sources.groupMinFaces).toBe('local');
    expect(e.policy.rules.discussion).toBe('block');
    expect(e.policy.rules.tagging).toBe('block');
    expect(e.ruleSources.discussion).toBe('enterprise');
    expect(e.ruleSources.tagging).toBe('local');
    expect(e.ruleSources['child-portrait']).toBe('default');
  });

  it('local settings cannot grant themselves allowLocalEdits', () => {
    const e = effectivePolicy({ managed: { schoolName: 'OBS' }, managedAvailable: true, local: { allowLocalEdits: true, schoolName: 'X' } });
    expect(e.policy.allowLocalEdits).toBe(false);
    expect(e.policy.schoolName).toBe('OBS');
  });

  it('an invalid enterprise value is reported with source and path, falls back, and keeps the checks on', () => {
    const e = effectivePolicy({
      managed: { ...examplePolicyJson, mode: 'uit', rules: { 'child-portrait': 'weg' }, allowLocalEdits: 'ja' },
      managedAvailable: true,
      local: { mode: 'audit' },
    });
    expect(e.problems.map((p) => [p.source, p.path])).toEqual(
      expect.arrayContaining([
        ['enterprise', 'mode'],
        ['enterprise', 'rules.child-portrait'],
        ['enterprise', 'allowLocalEdits'],
      ]),
    );
    expect(e.policy.mode).toBe('enforce');
    expect(e.policy.rules['child-portrait']).toBe('block');
    // An invalid allowLocalEdits does not open local edits.
    expect(e.localEditable).toEqual([]);
    expect(e.sources.mode).toBe('default');
  });

  it('a managed value that is not an object is one problem, not a crash', () => {
    const e = effectivePolicy({ managed: 'kapot', managedAvailable: true, local: undefined });
    expect(e.problems).toEqual([expect.objectContaining({ path: '(policy)', source: 'enterprise' })]);
    expect(e.policy).toEqual(defaultPolicy());
  });
});
