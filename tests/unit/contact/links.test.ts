import { describe, expect, it } from 'vitest';
import { buildContactLink, encodeMailtoPart } from '../../../lib/contact';
import type { ContactRequest } from '../../../lib/contact';
import { resolvePolicy } from '../../../lib/policy/validate';
import type { Finding } from '../../../lib/types';

const policy = (supervisor?: object) =>
  resolvePolicy({ schoolName: 'OBS De Wierde', ...(supervisor ? { supervisor } : {}) }).policy;

const finding: Finding = {
  rule: 'child-name',
  severity: 'warn',
  source: 'text',
  start: 13,
  end: 18,
  message: 'Naam van een leerling',
  article: 'Afspraken 3',
  excerpt: 'Sanne',
};

const req = (text = 'Gefeliciteerd Sanne & co!\nTot morgen', findings: Finding[] = [finding]): ContactRequest => ({
  schoolName: 'OBS De Wierde',
  platform: 'facebook',
  account: 'OBS De Wierde',
  text,
  findings,
  lang: 'nl',
});

function parseMailto(url: string) {
  const u = new URL(url);
  return { to: decodeURIComponent(u.pathname), subject: u.searchParams.get('subject')!, body: u.searchParams.get('body')! };
}

describe('buildContactLink', () => {
  it('builds a mailto with school and platform in the subject, draft and findings with articles in the body', () => {
    const link = buildContactLink(policy({ name: 'Marieke Jansen', email: 'directie@obsdewierde.nl' }), req());
    expect(link.kind).toBe('mailto');
    if (link.kind === 'none') throw new Error();
    expect(link.truncated).toBe(false);
    expect(link.url.startsWith('mailto:directie@obsdewierde.nl?subject=')).toBe(true);
    const { to, subject, body } = parseMailto(link.url);
    expect(to).toBe('directie@obsdewierde.nl');
    expect(subject).toBe('Vraag over een bericht op Facebook voor OBS De Wierde');
    expect(body).toContain('Beste Marieke Jansen,');
    expect(body).toContain('- Naam van een leerling "Sanne" [Afspraken 3]');
    expect(body).toContain('Gefeliciteerd Sanne & co!\r\nTot morgen');
  });

  it('encodes spaces as %20 (not +) and line breaks as CRLF, per RFC 6068', () => {
    expect(encodeMailtoPart('a b\nc&d')).toBe('a%20b%0D%0Ac%26d');
    const link = buildContactLink(policy({ name: 'M', email: 'd@s.nl' }), req());
    if (link.kind === 'none') throw new Error();
    expect(link.url).not.toContain('+');
    expect(link.url).not.toMatch(/[ \n]/);
  });

  it('builds a Teams chat link when the supervisor has a Teams address', () => {
    const link = buildContactLink(policy({ name: 'M', email: 'd@s.nl', teams: 'm.jansen@obsdewierde.nl' }), req());
    expect(link.kind).toBe('teams');
    if (link.kind === 'none') throw new Error();
    const u = new URL(link.url);
    expect(`${u.origin}${u.pathname}`).toBe('https://teams.microsoft.com/l/chat/0/0');
    expect(u.searchParams.get('users')).toBe('m.jansen@obsdewierde.nl');
    expect(u.searchParams.get('message')).toContain('Gefeliciteerd Sanne & co!');
  });

  it('caps long drafts, says "(ingekort)", and never breaks an escape or a surrogate pair', () => {
    const long = '😀 Een heel lang bericht over de schoolreis. '.repeat(200);
    const link = buildContactLink(policy({ name: 'M', email: 'd@s.nl' }), req(long), 2000);
    if (link.kind === 'none') throw new Error();
    expect(link.truncated).toBe(true);
    expect(link.url.length).toBeLessThanOrEqual(2000);
    const { body } = parseMailto(link.url); // throws on a broken escape
    expect(body).toContain('(ingekort)');
    expect(body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(body).toContain('Een heel lang bericht');
  });

  it('drops findings that do not fit and marks the list as shortened', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ ...finding, excerpt: `naam${i}` }));
    const link = buildContactLink(policy({ name: 'M', email: 'd@s.nl' }), req('kort', many), 2000);
    if (link.kind === 'none') throw new Error();
    expect(link.url.length).toBeLessThanOrEqual(2000);
    expect(parseMailto(link.url).body).toContain('- … (ingekort)');
  });

  it('says there is no link when the policy has no supervisor', () => {
    expect(buildContactLink(policy(), req())).toEqual({ kind: 'none' });
  });

  it('writes English when asked', () => {
    const link = buildContactLink(policy({ name: 'M', email: 'd@s.nl' }), { ...req(), lang: 'en', platform: 'x' });
    if (link.kind === 'none') throw new Error();
    expect(parseMailto(link.url).subject).toBe('Question about a post on X for OBS De Wierde');
  });
});
