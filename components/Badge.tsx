// "Postwijs: 2 aandachtspunten", at the lower edge of the compose box; opens the finding panel.
import type { Finding, Lang } from '../lib/types';
import { strings } from '../lib/i18n/strings';
import { strongest } from '../lib/engine';
import type { Rect } from '../lib/content/view';
import { badgeTop } from './place';

export function Badge(props: { id: string; anchor: Rect; findings: Finding[]; lang: Lang; expanded: boolean; onToggle: () => void }) {
  const s = strings(props.lang);
  const n = props.findings.length;
  const severity = strongest(props.findings) ?? 'info';
  const style = { top: `${badgeTop(props.anchor)}px`, left: `${props.anchor.left + props.anchor.width}px`, transform: 'translateX(-100%)' };
  return (
    <div class="pw-fixed" style={style}>
      <button
        type="button"
        class={`pw-badge pw-sev-${severity}`}
        data-postwijs-badge={props.id}
        aria-expanded={props.expanded}
        aria-controls={`pw-panel-${props.id}`}
        onClick={props.onToggle}
      >
        {s.badge(n)}
      </button>
    </div>
  );
}
