// Everything Postwijs shows on a page, rendered into our one Shadow DOM host.
import type { PageView, UiActions } from '../lib/content/view';
import { Badge } from './Badge';
import { FindingPanel } from './FindingPanel';
import { ConfirmDialog } from './ConfirmDialog';
import { HighlightOverlay, PhotoMarkers } from './Overlay';
import { FailureNotice, NewPageBanner } from './Notices';

export function App(props: { view: PageView; actions: UiActions }) {
  const { view, actions } = props;
  const { lang } = view;
  return (
    <div class="pw">
      {/* Present from the first checked box on, so changes of the count are announced. */}
      <div class="pw-sr" aria-live="polite">
        {view.announce ?? ''}
      </div>
      {view.pageCreation ? <NewPageBanner lang={lang} onClose={actions.closeNewPage} /> : null}
      {view.boxes.map((b) => (
        <div key={b.id} data-postwijs-box={b.id}>
          <HighlightOverlay highlights={b.highlights} />
          <PhotoMarkers photos={b.photos} />
          {b.failure ? <FailureNotice anchor={b.anchor} lang={lang} /> : null}
          {/* While the stop is open it says it all: no badge or panel competing with it. */}
          {!b.failure && !b.hold && b.findings.length > 0 ? (
            <Badge id={b.id} anchor={b.anchor} findings={b.findings} lang={lang} expanded={b.panelOpen} onToggle={() => actions.togglePanel(b.id)} />
          ) : null}
          {b.panelOpen && !b.hold && b.findings.length > 0 ? (
            <FindingPanel
              id={b.id}
              anchor={b.anchor}
              findings={b.findings}
              lang={lang}
              contact={b.contact}
              notice={b.notice}
              onDismiss={(f) => actions.dismiss(b.id, f)}
              onClose={() => actions.closePanel(b.id)}
              onOpenOptions={actions.openOptions}
            />
          ) : null}
          {b.hold ? (
            <ConfirmDialog
              id={b.id}
              hold={b.hold}
              lang={lang}
              contact={b.contact}
              onConfirm={(reason) => actions.confirm(b.id, reason)}
              onCancel={() => actions.cancel(b.id)}
              onDismiss={(f) => actions.dismiss(b.id, f)}
              onOpenOptions={actions.openOptions}
            />
          ) : null}
        </div>
      ))}
    </div>
  );
}
