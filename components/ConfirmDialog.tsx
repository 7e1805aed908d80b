// The stop at submit: a confirm step for `warn` ("Toch plaatsen" + optional reason), a hard stop
// for `block`, or a wait while photos are still being checked. role=alertdialog, focus moves in
// (to the safe choice, "Bericht aanpassen"), Tab stays inside, Esc goes back to the editor.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Lang } from '../lib/types';
import type { ContactLink } from '../lib/contact';
import type { HoldView } from '../lib/content/view';
import { strings } from '../lib/i18n/strings';
import { FindingItem } from './FindingItem';
import { groupFindings } from './group';
import { ContactButton } from './ContactButton';

export interface ConfirmDialogProps {
  id: string;
  hold: HoldView;
  lang: Lang;
  contact: ContactLink;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
  onDismiss: (f: Finding) => void;
  onOpenOptions: () => void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const s = strings(props.lang);
  const { hold } = props;
  const [reason, setReason] = useState('');
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  // Layout effect: focus moves in synchronously with the stop appearing, before the next key.
  useLayoutEffect(() => {
    cancel.current?.focus();
  }, [hold.kind]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onCancel();
    } else if (e.key === 'Tab' && dialog.current) {
      const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>('button, a[href], textarea'));
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      const active = (dialog.current.getRootNode() as ShadowRoot).activeElement;
      if (e.shiftKey && active === first) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && active === last) {
        e.preventDefault();
        first?.focus();
      }
    }
  };

  const title = hold.kind === 'waiting' ? s.waitingTitle : hold.kind === 'block' ? s.blockTitle : s.warnTitle;
  const titleId = `pw-stop-title-${props.id}`;
  const descId = `pw-stop-desc-${props.id}`;
  return (
    <div class="pw-backdrop">
      <div
        ref={dialog}
        class="pw-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descId}
        data-postwijs-stop={hold.kind}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        {hold.kind === 'waiting' ? (
          <div id={descId}>
            <p>{s.waitingProgress(hold.done, hold.total)}</p>
            <progress class="pw-progress" max={hold.total} value={hold.done} />
          </div>
        ) : (
          <>
            <p id={descId}>{hold.kind === 'block' ? s.blockIntro : s.warnIntro}</p>
            <ul class="pw-list">
              {groupFindings(hold.findings).map(({ finding: f, count }) => (
                <FindingItem
                  key={`${f.rule}:${f.start}:${f.image}`}
                  finding={f}
                  count={count}
                  lang={props.lang}
                  onDismiss={f.severity === 'block' ? undefined : props.onDismiss}
                />
              ))}
            </ul>
          </>
        )}
        {hold.kind === 'warn' ? (
          <label>
            {s.reasonLabel}
            <textarea class="pw-reason" value={reason} onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)} />
          </label>
        ) : null}
        <div class="pw-actions">
          <button type="button" ref={cancel} class="pw-cancel" onClick={props.onCancel}>
            {s.edit}
          </button>
          {hold.kind === 'warn' ? (
            <button type="button" class="pw-confirm pw-primary" onClick={() => props.onConfirm(reason)}>
              {s.confirm}
            </button>
          ) : null}
          {hold.kind !== 'waiting' ? <ContactButton link={props.contact} lang={props.lang} onOpenOptions={props.onOpenOptions} /> : null}
        </div>
      </div>
    </div>
  );
}
