/** @jsxImportSource react */
// X's compose dialog (/compose/post): a new post, a reply (?in_reply_to=) or a quote (?quote=).
import { t } from '../shared/i18n.ts';
import { Composer } from './Composer.tsx';
import type { Tweet, XAccount } from './data.ts';

export function ComposeDialog(props: {
  account: XAccount;
  replyTo: Tweet | undefined;
  quote: Tweet | undefined;
  onClose(): void;
  onPosted(t: Tweet): void;
}) {
  const { replyTo, quote } = props;
  return (
    <div className="mask">
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="dialog">
        <div className="dialog-bar">
          <button type="button" data-testid="app-bar-close" aria-label={t('Sluiten', 'Close')} onClick={props.onClose}>
            ×
          </button>
          <h2 id="modal-header" className="sr-only">
            {replyTo ? t('Antwoord posten', 'Post your reply') : quote ? t('Post citeren', 'Quote') : t('Post opstellen', 'Compose post')}
          </h2>
        </div>
        {replyTo && (
          <div className="dialog-original">
            <b>{replyTo.author.name}</b> <span>@{replyTo.author.handle}</span>
            <div>{replyTo.text}</div>
          </div>
        )}
        <Composer
          key={`${props.account.handle}-${replyTo?.id ?? quote?.id ?? 'new'}`}
          account={props.account}
          kind={replyTo ? 'reply' : quote ? 'quote' : 'post'}
          flow={replyTo ? 'reply-dialog' : quote ? 'quote' : 'dialog'}
          buttonTestId="tweetButton"
          buttonLabel={replyTo ? t('Beantwoorden', 'Reply') : t('Posten', 'Post')}
          placeholder={replyTo ? t('Post je antwoord', 'Post your reply') : quote ? t('Voeg een reactie toe', 'Add a comment') : t('Wat gebeurt er?', 'What is happening?!')}
          replyTo={replyTo}
          quote={quote}
          autoFocus
          onPosted={props.onPosted}
        />
      </div>
    </div>
  );
}
