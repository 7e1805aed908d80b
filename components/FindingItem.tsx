// One finding: what is wrong, the article quoted, what to do, and "Dit klopt niet".
import type { Finding, Lang } from '../lib/types';
import { strings } from '../lib/i18n/strings';
import { ruleQuote } from '../lib/content/rule-info';

export function FindingItem(props: { finding: Finding; lang: Lang; count?: number; onDismiss?: (f: Finding) => void }) {
  const { finding: f, lang } = props;
  const s = strings(lang);
  const quote = ruleQuote(f.rule);
  return (
    <li class={`pw-item pw-${f.severity}`} data-rule={f.rule} data-severity={f.severity}>
      <p>
        {f.message}
        {f.excerpt && !f.message.includes(f.excerpt) ? (
          <>
            {' '}
            <span class="pw-excerpt">“{f.excerpt}”</span>
          </>
        ) : null}
        {props.count && props.count > 1 ? <span class="pw-article"> ({props.count}×)</span> : null}
      </p>
      <p class="pw-article">
        {s.article} {f.article}
        {quote ? <span class="pw-quote">: “{quote}”</span> : null}
      </p>
      {f.advice ? <p>{f.advice}</p> : null}
      {props.onDismiss ? (
        <button type="button" class="pw-dismiss" aria-label={s.dismissLabel(f.excerpt ?? f.message)} onClick={() => props.onDismiss!(f)}>
          {s.dismiss}
        </button>
      ) : null}
    </li>
  );
}
