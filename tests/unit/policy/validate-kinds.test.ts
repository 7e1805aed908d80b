// One bad value of every kind the validator knows, each with the path and a Dutch reason that
// names what was wrong — and the field falls back to its default while the rest applies.
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../../lib/policy/validate';
import { defaultPolicy } from '../../../lib/policy/defaults';
import { examplePolicyJson } from './fixtures';

describe('validation: every kind of bad value', () => {
  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['text where a number belongs', { groupMinFaces: 'drie' }, 'groupMinFaces', /verwacht getal/],
    ['number where text belongs', { schoolName: 12 }, 'schoolName', /verwacht tekst/],
    ['text where true/false belongs', { allowLocalEdits: 'ja' }, 'allowLocalEdits', /verwacht true of false/],
    ['object where a list belongs', { staffNames: { a: 1 } }, 'staffNames', /verwacht lijst/],
    ['list where an object belongs', { lessonHours: [1, 2] }, 'lessonHours', /verwacht object, kreeg lijst/],
    ['number below the minimum', { groupMinFaces: 1 }, 'groupMinFaces', /ongeldig getal 1/],
    ['number above the maximum', { groupMinFaces: 51 }, 'groupMinFaces', /ongeldig getal 51/],
    ['fraction where a whole number belongs', { groupMinFaces: 2.5 }, 'groupMinFaces', /ongeldig getal 2.5/],
    ['day out of range', { lessonHours: { days: [1, 8], from: '08:30', to: '14:30' } }, 'lessonHours.days.1', /ongeldig getal 8/],
    ['unknown choice', { applyTo: 'everyone' }, 'applyTo', /ongeldige waarde "everyone"/],
    ['unknown mode', { mode: 'streng' }, 'mode', /ongeldige waarde "streng"/],
    ['bad e-mail', { supervisor: { name: 'M', email: 'geen-adres' } }, 'supervisor.email', /geen geldig e-mailadres/],
    ['bad Teams address', { supervisor: { name: 'M', email: 'm@school.nl', teams: 'teams' } }, 'supervisor.teams', /geen geldig e-mailadres/],
    ['missing supervisor name', { supervisor: { email: 'm@school.nl' } }, 'supervisor.name', /ontbreekt/],
    ['empty supervisor name', { supervisor: { name: ' ', email: 'm@school.nl' } }, 'supervisor.name', /mag niet leeg zijn/],
    ['http link', { codeOfConductUrl: 'http://bestuur.nl/code' }, 'codeOfConductUrl', /ongeldige waarde|https/],
    ['not a link', { codeOfConductUrl: 'gedragscode' }, 'codeOfConductUrl', /ongeldige waarde|https/],
    ['bad time format', { lessonHours: { days: [1], from: '8.30', to: '14:30' } }, 'lessonHours.from', /ongeldige notatie "8.30"/],
    ['impossible time', { lessonHours: { days: [1], from: '08:30', to: '25:00' } }, 'lessonHours.to', /ongeldige notatie "25:00"/],
    ['bad e-mail domain', { schoolContact: { emailDomains: ['school'] } }, 'schoolContact.emailDomains.0', /ongeldige notatie "school"/],
    ['handle with spaces', { allowedMentions: ['@g g d'] }, 'allowedMentions.0', /ongeldige notatie/],
    ['empty staff name', { staffNames: ['Eline', ''] }, 'staffNames.1', /mag niet leeg zijn/],
    ['too long school name', { schoolName: 'x'.repeat(201) }, 'schoolName', /te lang/],
    ['account without name or handle', { accounts: [{ platform: 'x' }] }, 'accounts.0', /name of handle ontbreekt/],
    ['unknown platform', { accounts: [{ platform: 'tiktok', handle: 'school' }] }, 'accounts.0.platform', /ongeldige waarde "tiktok"/],
    ['rules not an object', { rules: ['block'] }, 'rules', /verwacht een object/],
    ['unknown rule', { rules: { 'child-portret': 'block' } }, 'rules.child-portret', /onbekende regel/],
    ['unknown severity', { rules: { discussion: 'hard' } }, 'rules.discussion', /ongeldige ernst "hard"/],
    ['unknown field', { kleur: 'blauw' }, 'kleur', /onbekend veld/],
  ])('%s', (_kind, bad, path, reason) => {
    const { policy, problems } = resolvePolicy({ ...examplePolicyJson, ...bad });
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.reason.nl).toMatch(reason);
    expect(problem!.reason.en.length).toBeGreaterThan(5);
    // The bad field falls back to its default; the rest of the policy still applies.
    const field = path.split('.')[0]!;
    if (field in defaultPolicy() && field !== 'rules') expect(policy[field as keyof typeof policy]).toEqual(defaultPolicy()[field as keyof typeof policy]);
    expect(policy.schoolName).toBe(field === 'schoolName' ? '' : 'OBS De Wierde');
    // Checks never switch off because of a bad policy.
    expect(policy.rules['child-portrait']).toBe('block');
  });
});
