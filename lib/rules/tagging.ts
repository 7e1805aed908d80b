// Schooluren 4: be careful with tagging and linking. An @mention of a private person (a parent, a
// pupil, a teacher's own account) links the school's post to that person's profile, so it is
// reported. Not reported: the school's own accounts (policy.accounts, the acting account, the
// school name written as a handle), handles in policy.allowedMentions, and handles that plainly
// belong to a public organisation (@gemeente…, @ggd…, @bibliotheek…) — decision documented in
// assets/wordlists/organisation-handles.json; a person word (juf, vader, official) always wins.
import { fold } from '../text/normalize';
import type { Policy } from '../policy/schema';
import { lazy, lists } from '../lists';
import { defineRule, type Hit } from './rule';

interface Part {
  part: string;
  note: string;
}

/** Folded handle parts, compiled on first use from the list registry (lib/lists). */
const parts = lazy(() => {
  const handles = lists().organisationHandles;
  return { ORGANISATION: (handles.organisation as Part[]).map((p) => fold(p.part)), PERSON: (handles.person as Part[]).map((p) => fold(p.part)) };
});
/** Parts shorter than this only count at a boundary of the handle (so "obs" is not found in "@jacobs"). */
const SHORT_PART = 5;

/** Lower case, no diacritics, no "@", no separators: "@OBS_De.Wierde" → "obsdewierde". */
export function handleKey(handle: string): string {
  return fold(handle.replace(/^@/, '')).replace(/[^\p{L}\p{N}]/gu, '');
}

function containsPart(handle: string, part: string): boolean {
  if (part.length >= SHORT_PART) return handle.replace(/[_.]/g, '').includes(part);
  // Short parts: the handle starts with it (@obsdewierde) or it is a piece of its own (@cbs_de_borg).
  if (handle.startsWith(part)) return true;
  return handle.split(/[_.\d]+/).includes(part);
}

export function looksLikeOrganisation(handle: string): boolean {
  const h = fold(handle.replace(/^@/, ''));
  if (parts().PERSON.some((p) => containsPart(h, p))) return false;
  return parts().ORGANISATION.some((p) => containsPart(h, p));
}

// Built once per policy object (the policy changes rarely, the text on every keystroke).
const allowedCache = new WeakMap<Policy, Set<string>>();
function allowedHandles(policy: Policy): Set<string> {
  let set = allowedCache.get(policy);
  if (!set) {
    set = new Set<string>();
    for (const a of policy.accounts) {
      if (a.handle) set.add(handleKey(a.handle));
      if (a.name) set.add(handleKey(a.name));
    }
    for (const m of policy.allowedMentions ?? []) set.add(handleKey(m));
    if (policy.schoolName) set.add(handleKey(policy.schoolName));
    set.delete('');
    allowedCache.set(policy, set);
  }
  return set;
}

export const tagging = defineRule({
  meta: {
    id: 'tagging',
    article: 'Schooluren 4',
    quote:
      "Elke betrokkene is zich bewust van het feit dat (op sommige Social Media) ook anderen informatie kunnen plaatsen op (profiel) pagina's (taggen, linken, posten, etc.). Bij het posten van informatie wordt hiermee rekening gehouden.",
    defaultSeverity: 'warn',
    description: {
      nl: 'Meldt @vermeldingen van privépersonen (ouders, leerlingen, privéaccounts van collega\'s). Schoolaccounts, toegestane organisaties en duidelijke organisatie-accounts mogen.',
      en: 'Reports @mentions of private persons (parents, pupils, colleagues\' private accounts). School accounts, allowed organisations and plain organisation accounts are fine.',
    },
    message: {
      nl: '{word} lijkt een privépersoon: taggen koppelt dit bericht aan zijn of haar profiel.',
      en: '{word} looks like a private person: tagging links this post to their profile.',
    },
    advice: {
      nl: 'Haal de tag weg, of schrijf zonder @ (bijvoorbeeld "dank aan de ouders die reden").',
      en: 'Remove the tag, or write without @ (for example "thanks to the parents who drove").',
    },
    input: 'text',
  },
  check({ text, policy, draft }) {
    const mentions = text.tokens.filter((t) => t.kind === 'mention');
    if (mentions.length === 0) return [];
    const allowed = allowedHandles(policy);
    const own = draft.account ? handleKey(draft.account) : '';
    const hits: Hit[] = [];
    // The same handle is judged once per check, however often it is repeated.
    const verdicts = new Map<string, boolean>();
    for (const m of mentions) {
      let reported = verdicts.get(m.text);
      if (reported === undefined) {
        const key = handleKey(m.text);
        // "@12" (a time or number) is no account.
        reported = !(!/\p{L}/u.test(key) || key === own || allowed.has(key) || looksLikeOrganisation(m.text));
        verdicts.set(m.text, reported);
      }
      if (reported) hits.push({ start: m.start, end: m.end, params: { word: m.text } });
    }
    return hits;
  },
});
