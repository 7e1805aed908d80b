import { describe, expect, it } from 'vitest';
import { lessonTime } from '../../../lib/rules/lesson-time';
import { mergePolicies } from '../../../lib/policy/validate';
import type { PartialPolicy } from '../../../lib/policy/schema';
import { prepareText } from '../../../lib/text/prepare';

// Local wall-clock times (the browser's clock is the teacher's clock), so the tests do not depend on TZ.
// 2026-03-02 is a Monday.
const at = (day: number, hh: number, mm = 0) => new Date(2026, 2, 2 + (day - 1), hh, mm);

function fires(now: Date, policy: PartialPolicy = {}, educational = false) {
  const text = 'Groep 5 is op excursie.';
  return lessonTime.check({
    policy: mergePolicies(policy),
    text: prepareText(text),
    draft: { text, context: 'post', hasImages: false, now, educational },
    source: 'text',
    earlier: new Map(),
    imageTextHits: new Map(),
  });
}

describe('lesson-time: must fire (default lesson hours Mon–Fri 08:30–14:30)', () => {
  it.each<[string, Date, PartialPolicy?]>([
    ['Monday 08:30 (start is inside)', at(1, 8, 30)],
    ['Monday 10:00', at(1, 10)],
    ['Tuesday 12:15', at(2, 12, 15)],
    ['Wednesday 08:31', at(3, 8, 31)],
    ['Wednesday 11:59', at(3, 11, 59)],
    ['Thursday 13:00', at(4, 13)],
    ['Friday 14:29', at(5, 14, 29)],
    ['Friday 09:45', at(5, 9, 45)],
    ['custom hours 07:45–12:00 at 07:45', at(1, 7, 45), { lessonHours: { days: [1, 2, 3, 4, 5], from: '07:45', to: '12:00' } }],
    ['custom hours at 11:59', at(2, 11, 59), { lessonHours: { days: [1, 2, 3, 4, 5], from: '07:45', to: '12:00' } }],
    ['Saturday school (day 6 listed)', at(6, 10), { lessonHours: { days: [6], from: '09:00', to: '12:00' } }],
    ['Sunday written as 7', at(7, 10), { lessonHours: { days: [7], from: '09:00', to: '12:00' } }],
    ['Sunday written as 0', at(7, 10), { lessonHours: { days: [0], from: '09:00', to: '12:00' } }],
    ['only Wednesday listed', at(3, 9), { lessonHours: { days: [3], from: '08:30', to: '12:30' } }],
    ['long day until 17:00', at(4, 16, 30), { lessonHours: { days: [1, 2, 3, 4, 5], from: '08:00', to: '17:00' } }],
  ])('%s', (_label, now, policy) => {
    const hits = fires(now, policy);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.params?.from).toMatch(/^\d\d:\d\d$/);
  });
});

describe('lesson-time: must NOT fire', () => {
  it.each<[string, Date, PartialPolicy?, boolean?]>([
    ['Monday 08:29 (before)', at(1, 8, 29)],
    ['Monday 14:30 (end is outside)', at(1, 14, 30)],
    ['Tuesday 18:00', at(2, 18)],
    ['Wednesday 07:00', at(3, 7)],
    ['Thursday 23:59', at(4, 23, 59)],
    ['Friday 00:00', at(5, 0)],
    ['Saturday 10:00', at(6, 10)],
    ['Sunday 10:00', at(7, 10)],
    ['marked educational, Monday 10:00', at(1, 10), {}, true],
    ['marked educational, Friday 13:00', at(5, 13), {}, true],
    ['Wednesday afternoon off (custom to 12:30)', at(3, 13), { lessonHours: { days: [1, 2, 3, 4, 5], from: '08:30', to: '12:30' } }],
    ['day not listed', at(3, 10), { lessonHours: { days: [1, 2, 4, 5], from: '08:30', to: '14:30' } }],
    ['no lesson days at all', at(1, 10), { lessonHours: { days: [], from: '08:30', to: '14:30' } }],
    ['Sunday not listed as 0 or 7', at(7, 10), { lessonHours: { days: [1, 2, 3, 4, 5, 6], from: '08:30', to: '14:30' } }],
    ['rule switched off is the engine\'s job, but custom empty window', at(1, 10), { lessonHours: { days: [1], from: '10:00', to: '10:00' } }],
  ])('%s', (_label, now, policy, educational) => {
    expect(fires(now, policy, educational)).toEqual([]);
  });
});
