// Pieces the options page and the popup both show: the policy problems and the audit banner.
import type { PolicyProblem } from '@/lib/policy/validate';
import type { Lang } from '@/lib/types';
import { UI_STRINGS } from '@/lib/options/strings';

export function ProblemList(props: { problems: readonly PolicyProblem[]; lang: Lang; showEmpty?: boolean }) {
  const s = UI_STRINGS[props.lang];
  if (!props.problems.length) return props.showEmpty ? <p class="ok" data-testid="no-problems">{s.noProblems}</p> : null;
  return (
    <div class="problems" role="alert" data-testid="problems">
      <p>{s.problemsIntro}</p>
      <ul>
        {props.problems.map((p) => (
          <li key={`${p.source}:${p.path}`} data-path={p.path}>
            <code>{p.path}</code>
            {p.source ? <span class="src"> ({s.problemFrom[p.source]})</span> : null}: {p.reason[props.lang]}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function AuditBanner(props: { mode: string; lang: Lang }) {
  if (props.mode !== 'audit') return null;
  return (
    <p class="audit" data-testid="audit">
      {UI_STRINGS[props.lang].audit}
    </p>
  );
}

/** The UI language: Dutch unless the browser asks for English. */
export { detectLang } from '@/lib/i18n/locale';
