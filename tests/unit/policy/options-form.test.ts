import { describe, expect, it } from 'vitest';
import { checkForm, formToPolicyInput, localDiff, policyToForm, problemsFor } from '../../../lib/options/form';
import { summarizeField } from '../../../lib/options/summary';
import { defaultPolicy } from '../../../lib/policy/defaults';
import { POLICY_FIELDS } from '../../../lib/policy/schema';
import { resolvePolicy } from '../../../lib/policy/validate';
import { awkwardPolicy, examplePolicy } from './fixtures';

describe('policy builder form', () => {
  it.each([
    ['the example', examplePolicy],
    ['an awkward policy', awkwardPolicy],
    ['the default', defaultPolicy()],
  ])('policy → form → policy gives %s back, without problems', (_name, policy) => {
    const { problems, policy: back } = checkForm(policyToForm(policy));
    expect(problems).toEqual([]);
    expect(back).toEqual(policy);
  });

  it('writes every policy field', () => {
    expect(Object.keys(formToPolicyInput(policyToForm(examplePolicy))).sort()).toEqual([...POLICY_FIELDS].sort());
  });

  it('keeps what an invalid import said, so the problem points at it', () => {
    const form = policyToForm({ groupMinFaces: 'drie', mode: 'streng', accounts: [{ platform: 'tiktok', handle: 'school' }], lessonHours: { days: [1], from: '8:30', to: '14:30' } });
    expect(form.groupMinFaces).toBe('drie');
    expect(form.mode).toBe('streng');
    const { problems, policy } = checkForm(form);
    expect(problems.map((p) => p.path).sort()).toEqual(['accounts.0.platform', 'groupMinFaces', 'lessonHours.from', 'mode']);
    // The rest still makes a complete policy with defaults for the bad fields.
    expect(policy.groupMinFaces).toBe(3);
    expect(policy.mode).toBe('enforce');
  });

  it('reads numbers typed as text, lists per line or comma, and leaves out an empty supervisor', () => {
    const form = { ...policyToForm(defaultPolicy()), groupMinFaces: ' 4 ', allowedMentions: '@ggd, @bibliotheek\n@gemeente', emailDomains: 'School.NL' };
    const input = formToPolicyInput(form);
    expect(input.groupMinFaces).toBe(4);
    expect(input.allowedMentions).toEqual(['@ggd', '@bibliotheek', '@gemeente']);
    expect('supervisor' in input).toBe(false);
    expect(resolvePolicy(input).policy.schoolContact.emailDomains).toEqual(['school.nl']);
  });

  it('a half-filled supervisor is a problem, not silently dropped', () => {
    const { problems } = checkForm({ ...policyToForm(defaultPolicy()), supervisorName: 'Marieke' });
    expect(problems.map((p) => p.path)).toContain('supervisor.email');
  });

  it('empty account rows are ignored; a row with a name is kept', () => {
    const form = { ...policyToForm(defaultPolicy()), accounts: [{ platform: 'facebook', name: '', handle: '' }, { platform: 'x', name: '', handle: 'school' }] };
    expect(formToPolicyInput(form).accounts).toEqual([{ platform: 'x', handle: 'school' }]);
  });

  it('problemsFor matches a field and its sub-paths only', () => {
    const problems = [
      { path: 'supervisor.email', reason: { nl: 'x', en: 'x' } },
      { path: 'supervisorX', reason: { nl: 'x', en: 'x' } },
      { path: 'rules.discussion', reason: { nl: 'x', en: 'x' } },
    ];
    expect(problemsFor(problems, 'supervisor').map((p) => p.path)).toEqual(['supervisor.email']);
  });

  it('localDiff stores only what differs from the default and what may be edited', () => {
    const p = { ...defaultPolicy(), schoolName: 'OBS', groupMinFaces: 4, rules: { ...defaultPolicy().rules, discussion: 'block' as const } };
    expect(localDiff(p, ['schoolName', 'rules'])).toEqual({ schoolName: 'OBS', rules: { discussion: 'block' } });
    expect(localDiff(p, [])).toEqual({});
  });
});

describe('active policy summary', () => {
  it('says "Geen schoolaccounts ingesteld" for an empty account list and "proefperiode (audit)" in audit mode', () => {
    const p = { ...defaultPolicy(), mode: 'audit' as const };
    expect(summarizeField(p, 'accounts', 'nl')).toContain('Geen schoolaccounts ingesteld');
    expect(summarizeField(p, 'mode', 'nl')).toBe('proefperiode (audit)');
    expect(summarizeField(p, 'mode', 'en')).toBe('trial period (audit)');
  });

  it('summarises every field of the example in one non-empty line', () => {
    for (const f of POLICY_FIELDS) {
      const line = summarizeField(examplePolicy, f, 'nl');
      expect(line.length).toBeGreaterThan(0);
      expect(line).not.toContain('undefined');
      expect(line).not.toContain('[object');
    }
    expect(summarizeField(examplePolicy, 'lessonHours', 'nl')).toBe('ma di wo do vr 08:30–14:30');
  });
});

describe('saving local settings under an enterprise policy', () => {
  it('leaves out the rules the enterprise policy sets', () => {
    const p = { ...defaultPolicy(), rules: { ...defaultPolicy().rules, discussion: 'block' as const, tagging: 'off' as const } };
    expect(localDiff(p, ['rules'], ['discussion'])).toEqual({ rules: { tagging: 'off' } });
  });
});
