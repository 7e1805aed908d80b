// What each policy field means, in Dutch and English. One table for the options page (labels and
// help in the policy builder) and the managed schema (titles Google Admin and chrome://policy show),
// so the two never drift. A Record over PolicyField: adding a field without docs fails to compile.
import type { Localized } from '../types';
import type { PolicyField } from './schema';

export interface FieldDoc {
  label: Localized;
  help: Localized;
}

export const FIELD_DOCS: Record<PolicyField, FieldDoc> = {
  schoolName: {
    label: { nl: 'Naam van de school', en: 'School name' },
    help: { nl: 'Zoals in de popup en in e-mails aan de leidinggevende.', en: 'As shown in the popup and in e-mails to the supervisor.' },
  },
  board: {
    label: { nl: 'Schoolbestuur', en: 'School board' },
    help: { nl: 'Het bestuur waarvan de gedragscode geldt.', en: 'The board whose code of conduct applies.' },
  },
  codeOfConductUrl: {
    label: { nl: 'Link naar de gedragscode', en: 'Link to the code of conduct' },
    help: { nl: 'Een https-link; leeg = de meegeleverde tekst van de gedragscode.', en: 'An https link; empty = the bundled text of the code.' },
  },
  supervisor: {
    label: { nl: 'Leidinggevende', en: 'Supervisor' },
    help: {
      nl: 'Naam, e-mail en (optioneel) Teams-adres; de knop "Neem contact op met je leidinggevende" gebruikt dit.',
      en: 'Name, e-mail and (optional) Teams address; the "contact your supervisor" button uses it.',
    },
  },
  schoolContact: {
    label: { nl: 'Contactgegevens van de school', en: 'School contact details' },
    help: {
      nl: 'Adres, telefoon en e-maildomeinen van de school: die mogen in berichten staan (geen persoonsgegevens).',
      en: "The school's address, phone and e-mail domains: these may appear in posts (not personal data).",
    },
  },
  staffNames: {
    label: { nl: 'Namen van medewerkers', en: 'Staff names' },
    help: { nl: 'Eén naam per regel; deze namen gelden niet als kindernamen.', en: 'One name per line; these are not treated as children’s names.' },
  },
  accounts: {
    label: { nl: 'Schoolaccounts per platform', en: 'School accounts per platform' },
    help: {
      nl: 'Facebook-pagina (naam) en Instagram/X (handle). Leeg = alle accounts worden gecontroleerd.',
      en: 'Facebook page (name) and Instagram/X (handle). Empty = every account is checked.',
    },
  },
  allowedMentions: {
    label: { nl: 'Toegestane vermeldingen', en: 'Allowed mentions' },
    help: { nl: 'Openbare organisaties die getagd mogen worden, bijv. @ggd.', en: 'Public organisations that may be tagged, e.g. @ggd.' },
  },
  applyTo: {
    label: { nl: 'Controleren voor', en: 'Check for' },
    help: {
      nl: '"school-accounts": alleen de schoolaccounts hierboven; "all-accounts": ook privé-accounts van medewerkers.',
      en: '"school-accounts": only the school accounts above; "all-accounts": staff’s private accounts too.',
    },
  },
  groupMinFaces: {
    label: { nl: 'Groepsfoto vanaf (gezichten)', en: 'Group photo from (faces)' },
    help: { nl: 'Vanaf zoveel gezichten is een foto een groepsfoto in plaats van een portret (2–50).', en: 'From this many faces a photo is a group photo, not a portrait (2–50).' },
  },
  lessonHours: {
    label: { nl: 'Lestijden', en: 'Lesson hours' },
    help: { nl: 'Dagen (1 = maandag … 7 = zondag) en tijden (UU:MM) waarin de les loopt.', en: 'Days (1 = Monday … 7 = Sunday) and times (HH:MM) of lessons.' },
  },
  rules: {
    label: { nl: 'Ernst per regel', en: 'Severity per rule' },
    help: {
      nl: 'off = uit, info = alleen melden, warn = vragen "Toch plaatsen", block = tegenhouden.',
      en: 'off, info = show only, warn = ask "Toch plaatsen", block = hold the post.',
    },
  },
  allowLocalEdits: {
    label: { nl: 'Lokale aanpassingen toestaan', en: 'Allow local changes' },
    help: {
      nl: 'true: medewerkers mogen dit beleid op hun eigen computer aanpassen; false: het organisatiebeleid ligt vast.',
      en: 'true: staff may adjust this policy on their own computer; false: the organisation policy is fixed.',
    },
  },
  mode: {
    label: { nl: 'Modus', en: 'Mode' },
    help: {
      nl: '"enforce": regels gelden; "audit": proefperiode, alles wordt alleen gemeld en niets tegengehouden.',
      en: '"enforce": rules apply; "audit": trial period, everything is only shown and nothing held.',
    },
  },
};
