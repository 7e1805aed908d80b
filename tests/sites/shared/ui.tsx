/** @jsxImportSource react */
// Small pieces of markup the Facebook and Instagram replicas share.
import type { KeyboardEvent } from 'react';
import { useObjectUrls } from './client.ts';
import { t } from './i18n.ts';

/** Props of a `div[role="button"]` as Facebook/Instagram render them: keyboard-activatable by
 *  Enter/Space (which re-dispatches a click, so one click handler sees every activation). */
export function divButton(onActivate: () => void, options: { label?: string; disabled?: boolean } = {}) {
  return {
    role: 'button',
    tabIndex: 0,
    ...(options.label ? { 'aria-label': options.label } : {}),
    ...(options.disabled ? { 'aria-disabled': true } : {}),
    onClick: () => {
      if (!options.disabled) onActivate();
    },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.currentTarget.click();
      }
    },
  } as const;
}

/** Thumbnails of attached files, each with a remove button. */
export function Thumbnails(props: { files: File[]; onRemove(index: number): void; label?: string }) {
  const urls = useObjectUrls(props.files);
  if (props.files.length === 0) return null;
  return (
    <div className="attachments" role="group" aria-label={props.label ?? t('Bijlagen', 'Attachments')}>
      {urls.map((url, i) => (
        <div className="attachment" key={url}>
          <img src={url} alt={props.files[i]?.name ?? ''} />
          <div {...divButton(() => props.onRemove(i), { label: t('Verwijderen', 'Remove') })} className="remove">
            ×
          </div>
        </div>
      ))}
    </div>
  );
}
