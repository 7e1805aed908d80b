/** @jsxImportSource react */
// Instagram's create flow: upload (file input or drop) → "Bijsnijden" → "Bewerken" → caption step
// with the Lexical editor "Schrijf een bijschrift..." and "Delen". The file input stays mounted in
// the dialog through all steps, as on the real site.
import { useRef, useState, type DragEvent } from 'react';
import { attachmentInfo, mediaFiles, recordPost, useAttachments, useObjectUrls } from '../shared/client.ts';
import { LexicalBox, type LexicalBoxHandle } from '../shared/LexicalBox.tsx';
import { divButton } from '../shared/ui.tsx';
import { newId, type IgPost } from './data.ts';
import { t } from '../shared/i18n.ts';

type Step = 'upload' | 'crop' | 'edit' | 'caption' | 'shared';

const TITLES: Record<Step, string> = {
  upload: t('Nieuw bericht maken', 'Create new post'),
  crop: t('Bijsnijden', 'Crop'),
  edit: t('Bewerken', 'Edit'),
  caption: t('Nieuw bericht maken', 'Create new post'),
  shared: t('Bericht gedeeld', 'Post shared'),
};

export function CreateDialog(props: { handle: string; onClose(): void; onShared(post: IgPost): void }) {
  const [step, setStep] = useState<Step>('upload');
  const media = useAttachments();
  const urls = useObjectUrls(media.files);
  const [caption, setCaption] = useState('');
  const editor = useRef<LexicalBoxHandle | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const addFiles = (files: File[]) => {
    if (files.length === 0) return;
    media.add(files);
    setStep((s) => (s === 'upload' ? 'crop' : s));
  };
  const onDrop = (e: DragEvent) => {
    const files = mediaFiles(e.dataTransfer?.files);
    if (files.length === 0) return;
    e.preventDefault();
    addFiles(files);
  };
  const share = () => {
    const text = editor.current?.getText() ?? caption;
    recordPost({ kind: 'post', text, account: props.handle, attachments: attachmentInfo(media.files), flow: 'create', via: 'click' });
    props.onShared({ id: newId('C'), author: props.handle, caption: text, images: media.files.map((f) => URL.createObjectURL(f)), comments: [] });
    setStep('shared');
  };
  const back = () => setStep((s) => (s === 'caption' ? 'edit' : s === 'edit' ? 'crop' : 'upload'));
  const next = () => setStep((s) => (s === 'crop' ? 'edit' : 'caption'));

  return (
    <div className="ig-mask">
      <div {...divButton(props.onClose, { label: t('Sluiten', 'Close') })} className="ig-close">
        ✕
      </div>
      <div role="dialog" aria-label={TITLES[step]} aria-modal="true" className={`ig-dialog step-${step}`} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <div className="ig-dialog-head">
          {(step === 'crop' || step === 'edit' || step === 'caption') && (
            <div {...divButton(back, { label: t('Terug', 'Back') })} className="ig-head-left">
              ←
            </div>
          )}
          <h1>{TITLES[step]}</h1>
          {(step === 'crop' || step === 'edit') && (
            <div {...divButton(next)} className="ig-head-right">
              {t('Volgende', 'Next')}
            </div>
          )}
          {step === 'caption' && (
            <div {...divButton(share)} className="ig-head-right">
              {t('Delen', 'Share')}
            </div>
          )}
        </div>
        <div className="ig-dialog-body">
          {step === 'upload' && (
            <div className="ig-upload">
              <svg aria-label={t("Pictogram om media zoals afbeeldingen of video's weer te geven", 'Icon to represent media such as images or videos')} role="img" width="96" height="77" viewBox="0 0 97.6 77.3">
                <rect x="10" y="10" width="70" height="55" rx="8" fill="none" stroke="currentColor" strokeWidth="4" />
              </svg>
              <p>{t("Sleep hier foto's en video's naartoe", 'Drag photos and videos here')}</p>
              <button type="button" className="ig-blue-button" onClick={() => fileInput.current?.click()}>
                {t('Selecteren op computer', 'Select from computer')}
              </button>
            </div>
          )}
          {(step === 'crop' || step === 'edit' || step === 'caption') && (
            <div className="ig-preview" aria-label={t('Media', 'Media')} role="group">
              {urls.map((url, i) => (
                <img key={url} src={url} alt={media.files[i]?.name ?? ''} style={i > 0 ? { display: 'none' } : undefined} />
              ))}
            </div>
          )}
          {step === 'edit' && (
            <div className="ig-side">
              <div role="tablist">
                <div role="tab" aria-selected="true">
                  {t('Filters', 'Filters')}
                </div>
                <div role="tab" aria-selected="false">
                  {t('Aanpassingen', 'Adjustments')}
                </div>
              </div>
            </div>
          )}
          {step === 'caption' && (
            <div className="ig-side">
              <div className="ig-user">
                <span className="ig-avatar" aria-hidden="true" />
                <b>{props.handle}</b>
              </div>
              <LexicalBox ariaLabel={t('Schrijf een bijschrift...', 'Write a caption...')} placeholder={t('Schrijf een bijschrift...', 'Write a caption...')} onText={setCaption} handle={editor} className="ig-caption-editor" autoFocus />
              <div className="ig-count">{caption.length.toLocaleString('nl-NL')}/2.200</div>
              <div {...divButton(() => undefined)} className="ig-row">
                {t('Locatie toevoegen', 'Add location')}
              </div>
            </div>
          )}
          {step === 'shared' && (
            <div className="ig-upload">
              <p>{t('Je bericht is gedeeld.', 'Your post has been shared.')}</p>
            </div>
          )}
        </div>
        <form encType="multipart/form-data" method="POST" role="presentation" className="ig-hidden-form">
          <input
            ref={fileInput}
            accept="image/jpeg,image/png,image/heic,image/heif,video/mp4,video/quicktime"
            multiple
            type="file"
            className="file-input"
            onChange={(e) => addFiles(mediaFiles(e.currentTarget.files))}
          />
        </form>
      </div>
    </div>
  );
}
