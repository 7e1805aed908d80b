// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { holdFor, refreshedHold, stopFindings } from '../../../lib/content/hold';
import { BoxSession, type Evaluation } from '../../../lib/content/session';
import type { SiteAdapter } from '../../../lib/platforms/types';
import type { Finding } from '../../../lib/types';

const f = (severity: Finding['severity'], rule: Finding['rule'] = 'child-name'): Finding => ({ rule, severity, source: 'text', message: 'm', article: 'a' });
const session = (pending = 0) => {
  const s = new BoxSession({ platform: 'x' } as SiteAdapter, { editor: document.createElement('div'), scope: document.createElement('div'), context: 'post' });
  for (let i = 0; i < pending; i++) s.images.push({ id: `i${i}`, file: new File([], 'a.png'), analysis: { id: `i${i}`, status: 'pending' } });
  return s;
};
const ev = (findings: Finding[], over: Partial<Evaluation> = {}): Evaluation => ({ status: { checked: true, reason: 'school-account' }, text: 't', findings, failure: false, ...over });

describe('holdFor', () => {
  it('passes clean drafts and info-only drafts', () => {
    expect(holdFor([session()], () => ev([]))).toBeUndefined();
    expect(holdFor([session()], () => ev([f('info', 'lesson-time')]))).toBeUndefined();
  });

  it('warn → confirm step, block → hard stop, with only the stopping findings', () => {
    expect(holdFor([session()], () => ev([f('warn'), f('info', 'lesson-time')]))).toEqual({ kind: 'warn', findings: [f('warn')] });
    expect(holdFor([session()], () => ev([f('warn'), f('block', 'personal-data')]))).toMatchObject({ kind: 'block' });
  });

  it('waits for photos still being checked, unless a block is known already', () => {
    expect(holdFor([session(2)], () => ev([f('warn')]))).toEqual({ kind: 'waiting', done: 0, total: 2 });
    expect(holdFor([session(2)], () => ev([f('block', 'personal-data')]))).toMatchObject({ kind: 'block' });
  });

  it('fails open for a box that could not be checked, and ignores other accounts', () => {
    expect(holdFor([session()], () => ev([], { failure: true }))).toBeUndefined();
    expect(holdFor([session()], () => ev([f('block')], { status: { checked: false, reason: 'other-account' } }))).toBeUndefined();
  });

  it('one button for several editors (X thread): the worst of them decides', () => {
    const a = session();
    const b = session();
    expect(holdFor([a, b], (x) => (x === a ? ev([]) : ev([f('warn')])))).toMatchObject({ kind: 'warn' });
  });
});

describe('refreshedHold / stopFindings', () => {
  it('an open stop follows the findings, and ends when none stop any more', () => {
    expect(refreshedHold(ev([f('warn'), f('block', 'personal-data')]))).toMatchObject({ kind: 'block' });
    expect(refreshedHold(ev([f('info', 'lesson-time')]))).toBeUndefined();
    expect(stopFindings([f('off'), f('info'), f('warn'), f('block')]).map((x) => x.severity)).toEqual(['warn', 'block']);
  });
});
