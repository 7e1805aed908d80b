// "Postwijs kon dit bericht niet controleren" beside the compose box (fail open, visibly), and
// the Schooluren 3 reminder when a page-creation flow is open.
import type { Lang } from '../lib/types';
import type { Rect } from '../lib/content/view';
import { strings } from '../lib/i18n/strings';
import { badgeTop } from './place';

export function FailureNotice(props: { anchor: Rect; lang: Lang }) {
  const s = strings(props.lang);
  const style = { top: `${badgeTop(props.anchor)}px`, left: `${props.anchor.left}px` };
  return (
    <div class="pw-fixed pw-notice" style={style} role="status" data-postwijs-failure="" title={s.failureDetail}>
      <strong>{s.failure}</strong>
      <span class="pw-sr"> {s.failureDetail}</span>
    </div>
  );
}

export function NewPageBanner(props: { lang: Lang; onClose: () => void }) {
  const s = strings(props.lang);
  return (
    <div class="pw-fixed pw-banner" role="status" data-postwijs-new-page="">
      <strong>{s.newPageTitle}</strong> {s.newPage}{' '}
      <button type="button" onClick={props.onClose}>
        {s.close}
      </button>
    </div>
  );
}
