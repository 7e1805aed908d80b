// Schooluren 1: during lessons, only with an educational goal.
import { defineRule } from './rule';

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export const lessonTime = defineRule({
  meta: {
    id: 'lesson-time',
    article: 'Schooluren 1',
    quote:
      'Het is betrokkenen toegestaan om tijdens de lessen actief te zijn op Social Media zolang dit een onderwijskundige doelstelling heeft.',
    defaultSeverity: 'info',
    description: {
      nl: 'Meldt berichten die tijdens de lesuren geplaatst worden.',
      en: 'Notes posts made during lesson hours.',
    },
    message: {
      nl: 'Je plaatst dit tijdens de lesuren ({from}–{to}).',
      en: 'You are posting this during lesson hours ({from}–{to}).',
    },
    advice: {
      nl: 'Plaats het na de les, tenzij het bericht een onderwijsdoel heeft.',
      en: 'Post it after class, unless the post serves an educational goal.',
    },
    input: 'draft',
  },
  check({ draft, policy }) {
    if (draft.educational) return [];
    const now = draft.now ?? new Date();
    const { days, from, to } = policy.lessonHours;
    // Days follow ISO: 1 = Monday … 7 = Sunday (0 is accepted for Sunday too).
    const day = now.getDay();
    if (!days.includes(day) && !(day === 0 && days.includes(7))) return [];
    const t = now.getHours() * 60 + now.getMinutes();
    if (t < minutes(from) || t >= minutes(to)) return [];
    return [{ params: { from, to } }];
  },
});
