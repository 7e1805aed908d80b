// The list of findings of one compose box, opened from the badge. Esc closes it.
import type { Finding, Lang } from '../lib/types';
import type { ContactLink } from '../lib/contact';
import { strings } from '../lib/i18n/strings';
import type { Rect } from '../lib/content/view';
import { FindingItem } from './FindingItem';
import { groupFindings } from './group';
import { ContactButton } from './ContactButton';
import { panelStyle } from './place';

export interface FindingPanelProps {
  id: string;
  anchor: Rect;
  findings: Finding[];
  lang: Lang;
  contact: ContactLink;
  notice?: string;
  onDismiss: (f: Finding) => void;
  onClose: () => void;
  onOpenOptions: () => void;
}

export function FindingPanel(props: FindingPanelProps) {
  const s = strings(props.lang);
  const style = panelStyle(props.anchor, globalThis.innerHeight ?? 800);
  return (
    <section
      id={`pw-panel-${props.id}`}
      class="pw-fixed pw-panel"
      style={style}
      role="region"
      aria-label={s.panelTitle}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <h2>{s.panelTitle}</h2>
      {props.notice ? <p class="pw-article">{props.notice}</p> : null}
      <ul class="pw-list">
        {groupFindings(props.findings).map(({ finding: f, count }) => (
          <FindingItem key={`${f.rule}:${f.start}:${f.image}`} finding={f} count={count} lang={props.lang} onDismiss={props.onDismiss} />
        ))}
      </ul>
      <div class="pw-actions">
        <ContactButton link={props.contact} lang={props.lang} onOpenOptions={props.onOpenOptions} />
        <button type="button" onClick={props.onClose}>
          {s.close}
        </button>
      </div>
    </section>
  );
}
