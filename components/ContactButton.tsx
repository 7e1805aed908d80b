// "Neem contact op met je leidinggevende": an ordinary link (mailto:/Teams) the user clicks; with
// no supervisor in the policy it says so and points to the options page.
import type { ContactLink } from '../lib/contact';
import type { Lang } from '../lib/types';
import { strings } from '../lib/i18n/strings';

export function ContactButton(props: { link: ContactLink; lang: Lang; onOpenOptions: () => void }) {
  const s = strings(props.lang);
  const { link } = props;
  if (link.kind === 'none') {
    return (
      <span class="pw-contact-none">
        <span>{s.noSupervisor}</span>{' '}
        <button type="button" class="pw-open-options" onClick={props.onOpenOptions}>
          {s.openOptions}
        </button>
      </span>
    );
  }
  return (
    <a
      class="pw-btn pw-contact"
      data-kind={link.kind}
      href={link.url}
      target={link.kind === 'teams' ? '_blank' : undefined}
      rel="noopener noreferrer"
    >
      {link.kind === 'teams' ? s.contactTeams : s.contact}
    </a>
  );
}
