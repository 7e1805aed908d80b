// Every sentence the content-script UI shows, in Dutch and English. Labels the brief fixes
// ("Toch plaatsen", "Dit klopt niet", …) are written here once and nowhere else.
import type { Lang, Platform } from '../types';

const nl = {
  badge: (n: number) => (n === 1 ? 'Postwijs: 1 aandachtspunt' : `Postwijs: ${n} aandachtspunten`),
  badgeOk: 'Postwijs: geen aandachtspunten',
  badgeChecking: 'Postwijs controleert…',
  panelTitle: 'Aandachtspunten van Postwijs',
  close: 'Sluiten',
  article: 'Gedragscode',
  dismiss: 'Dit klopt niet',
  dismissLabel: (what: string) => `Dit klopt niet: ${what}`,
  confirm: 'Toch plaatsen',
  edit: 'Bericht aanpassen',
  reasonLabel: 'Reden (niet verplicht, wordt niet opgeslagen)',
  contact: 'Neem contact op met je leidinggevende',
  contactTeams: 'Neem contact op met je leidinggevende (Teams)',
  noSupervisor: 'Er is geen leidinggevende ingesteld. Open de instellingen van Postwijs.',
  openOptions: 'Instellingen openen',
  warnTitle: 'Weet je zeker dat je dit wilt plaatsen?',
  warnIntro: 'Postwijs vond iets in dit bericht waar de gedragscode iets over zegt.',
  blockTitle: 'Dit bericht kan zo niet geplaatst worden',
  blockIntro: 'De gedragscode van het bestuur staat dit niet toe. Pas het bericht aan of vraag je leidinggevende.',
  waitingTitle: 'Foto’s worden nog gecontroleerd…',
  waitingProgress: (done: number, total: number) => `${done} van ${total} foto’s gecontroleerd`,
  photoChecking: 'wordt gecontroleerd…',
  photoOk: 'Foto gecontroleerd',
  failure: 'Postwijs kon dit bericht niet controleren',
  failureDetail: 'Je kunt het bericht plaatsen; controleer het zelf op de gedragscode.',
  newPageTitle: 'Nieuwe pagina of account?',
  newPage:
    'Schooluren 3: een pagina of account op naam van de school wordt eerst met je leidinggevende besproken.',
  noAccounts: 'Geen schoolaccounts ingesteld: Postwijs controleert elk account.',
  truncated: '(ingekort)',
  mailSubject: (school: string, platform: string) =>
    school ? `Vraag over een bericht op ${platform} voor ${school}` : `Vraag over een bericht op ${platform}`,
  mailGreeting: (name: string | undefined) => (name ? `Beste ${name},` : 'Hallo,'),
  mailIntro: (platform: string, account: string | undefined) =>
    `Ik wil dit bericht plaatsen op ${platform}${account ? ` (account ${account})` : ''}. Postwijs gaf deze aandachtspunten:`,
  mailDraft: 'Het bericht:',
  mailNoFindings: '(geen aandachtspunten)',
  mailQuestion: 'Kun je meekijken?',
};

export type Strings = typeof nl;

const en: Strings = {
  badge: (n) => (n === 1 ? 'Postwijs: 1 point of attention' : `Postwijs: ${n} points of attention`),
  badgeOk: 'Postwijs: nothing to note',
  badgeChecking: 'Postwijs is checking…',
  panelTitle: 'Postwijs points of attention',
  close: 'Close',
  article: 'Code of conduct',
  dismiss: 'This is wrong',
  dismissLabel: (what) => `This is wrong: ${what}`,
  confirm: 'Post anyway',
  edit: 'Edit the post',
  reasonLabel: 'Reason (optional, not stored)',
  contact: 'Contact your supervisor',
  contactTeams: 'Contact your supervisor (Teams)',
  noSupervisor: 'No supervisor has been set. Open the Postwijs settings.',
  openOptions: 'Open settings',
  warnTitle: 'Are you sure you want to post this?',
  warnIntro: 'Postwijs found something in this post that the code of conduct addresses.',
  blockTitle: 'This post cannot be published like this',
  blockIntro: "The board's code of conduct does not allow this. Edit the post or ask your supervisor.",
  waitingTitle: 'Photos are still being checked…',
  waitingProgress: (done, total) => `${done} of ${total} photos checked`,
  photoChecking: 'being checked…',
  photoOk: 'Photo checked',
  failure: 'Postwijs could not check this post',
  failureDetail: 'You can post it; check it against the code of conduct yourself.',
  newPageTitle: 'New page or account?',
  newPage: 'Schooluren 3: a page or account in the school’s name is discussed with your supervisor first.',
  noAccounts: 'No school accounts set: Postwijs checks every account.',
  truncated: '(shortened)',
  mailSubject: (school, platform) => (school ? `Question about a post on ${platform} for ${school}` : `Question about a post on ${platform}`),
  mailGreeting: (name) => (name ? `Dear ${name},` : 'Hello,'),
  mailIntro: (platform, account) =>
    `I would like to post this on ${platform}${account ? ` (account ${account})` : ''}. Postwijs noted these points:`,
  mailDraft: 'The post:',
  mailNoFindings: '(no points of attention)',
  mailQuestion: 'Could you have a look?',
};

export const STRINGS: Record<Lang, Strings> = { nl, en };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

export const PLATFORM_NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' };
