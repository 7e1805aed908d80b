// The export formats of the policy builder, with their install steps, and import of any of them
// back into a policy object (validated by the caller with validatePolicy).
import type { Localized } from '../../types';
import type { PartialPolicy } from '../schema';
import { fromChromeLinuxJson, fromGoogleAdminJson, toChromeLinuxJson, toGoogleAdminJson } from './chrome';
import { fromFirefoxPoliciesJson, toFirefoxPoliciesJson } from './firefox';
import type { ExtensionIds } from './ids';
import { fromMobileconfig, toMobileconfig } from './macos';
import { isRecord, type PolicyJson } from './plain';
import { decodeRegBytes, encodeUtf16le } from './reg-file';
import { fromWindowsReg, toWindowsReg } from './windows';

export type ExportId = 'chrome-linux' | 'google-admin' | 'windows-reg' | 'macos' | 'firefox';

export interface ExportFormat {
  id: ExportId;
  label: Localized;
  fileName: string;
  mime: string;
  build(policy: PartialPolicy, ids: ExtensionIds): string;
  /** Bytes to download (the .reg goes as UTF-16LE, which regedit expects). */
  encode(text: string): Uint8Array;
  steps: Record<'nl' | 'en', string[]>;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'chrome-linux',
    label: { nl: 'Chrome/Edge op Linux (JSON)', en: 'Chrome/Edge on Linux (JSON)' },
    fileName: 'postwijs-beleid.json',
    mime: 'application/json',
    build: (p, ids) => toChromeLinuxJson(p, ids.chrome),
    encode: utf8,
    steps: {
      nl: [
        'Kopieer het bestand als beheerder naar /etc/opt/chrome/policies/managed/ (Google Chrome), /etc/chromium/policies/managed/ (Chromium) of /etc/opt/edge/policies/managed/ (Edge). Maak de map aan als die ontbreekt.',
        'Zorg dat alleen root kan schrijven: sudo chmod 644 postwijs-beleid.json.',
        'Herstart de browser of kies "Beleid opnieuw laden" op chrome://policy; Postwijs neemt het beleid direct over.',
        'Controle: chrome://policy toont het beleid onder de extensie; de optiepagina van Postwijs toont "organisatiebeleid" als bron.',
      ],
      en: [
        'Copy the file as root to /etc/opt/chrome/policies/managed/ (Chrome), /etc/chromium/policies/managed/ (Chromium) or /etc/opt/edge/policies/managed/ (Edge).',
        'Make it writable by root only: sudo chmod 644 postwijs-beleid.json.',
        'Restart the browser or "Reload policies" on chrome://policy.',
        'Check: the Postwijs options page shows "enterprise policy" as the source.',
      ],
    },
  },
  {
    id: 'google-admin',
    label: { nl: 'Google Admin / Chromebooks (JSON)', en: 'Google Admin / Chromebooks (JSON)' },
    fileName: 'postwijs-google-admin.json',
    mime: 'application/json',
    build: (p) => toGoogleAdminJson(p),
    encode: utf8,
    steps: {
      nl: [
        'Google Admin-console → Apparaten → Chrome → Apps en extensies → Gebruikers en browsers (of Kiosken/Apparaten) → kies de organisatie-eenheid.',
        'Voeg Postwijs toe (via de Chrome Web Store of als aangepaste app) en kies "Installatie afdwingen".',
        'Open Postwijs in de lijst → "Beleid voor extensies" → plak de inhoud van dit bestand of upload het → Opslaan.',
        'Chromebooks halen het beleid binnen enkele minuten op; chrome://policy → "Beleid opnieuw laden" versnelt dat.',
      ],
      en: [
        'Google Admin console → Devices → Chrome → Apps & extensions → Users & browsers → choose the organisational unit.',
        'Add Postwijs and set it to "Force install".',
        'Open Postwijs → "Policy for extensions" → paste or upload this file → Save.',
        'Devices fetch the policy within minutes; "Reload policies" on chrome://policy speeds it up.',
      ],
    },
  },
  {
    id: 'windows-reg',
    label: { nl: 'Windows: Chrome en Edge (.reg)', en: 'Windows: Chrome and Edge (.reg)' },
    fileName: 'postwijs-beleid.reg',
    mime: 'text/plain',
    build: (p, ids) => toWindowsReg(p, { chrome: ids.chrome, edge: ids.edge }),
    encode: encodeUtf16le,
    steps: {
      nl: [
        'Eén computer: dubbelklik het bestand als beheerder en bevestig, of voer uit: reg import postwijs-beleid.reg.',
        'Veel computers: zet het bestand op een share en voer reg import uit via een opstartscript, of neem de sleutels over in een Groepsbeleid-voorkeur (Computerconfiguratie → Voorkeuren → Register) of Intune (aangepast script).',
        'Het bestand verwijdert eerst het oude Postwijs-beleid en schrijft dan het nieuwe onder HKLM\\SOFTWARE\\Policies\\Google\\Chrome en \\Microsoft\\Edge (3rdparty\\extensions\\<id>\\policy).',
        'Herstart Chrome/Edge of kies "Beleid opnieuw laden" op chrome://policy of edge://policy.',
      ],
      en: [
        'One computer: double-click the file as administrator, or run: reg import postwijs-beleid.reg.',
        'Many computers: run reg import from a startup script, or copy the keys into a Group Policy registry preference or Intune script.',
        'The file first removes the old Postwijs policy, then writes the new one for Chrome and Edge.',
        'Restart the browser or "Reload policies" on chrome://policy / edge://policy.',
      ],
    },
  },
  {
    id: 'macos',
    label: { nl: 'macOS: Chrome en Edge (.mobileconfig)', en: 'macOS: Chrome and Edge (.mobileconfig)' },
    fileName: 'postwijs-beleid.mobileconfig',
    mime: 'application/x-apple-aspen-config',
    build: (p, ids) => toMobileconfig(p, { chrome: ids.chrome, edge: ids.edge }),
    encode: utf8,
    steps: {
      nl: [
        'Met een MDM (Jamf, Intune, Mosyle…): upload het profiel als aangepast configuratieprofiel en wijs het toe aan de Macs van de school.',
        'Eén Mac: dubbelklik het bestand, open Systeeminstellingen → Privacy en beveiliging → Profielen en installeer "Postwijs-beleid".',
        'Herstart Chrome/Edge; chrome://policy toont het beleid onder de extensie.',
      ],
      en: [
        'With an MDM (Jamf, Intune, Mosyle…): upload as a custom configuration profile and assign it.',
        'One Mac: double-click the file, then System Settings → Privacy & Security → Profiles → install.',
        'Restart Chrome/Edge; chrome://policy shows the policy.',
      ],
    },
  },
  {
    id: 'firefox',
    label: { nl: 'Firefox (policies.json)', en: 'Firefox (policies.json)' },
    fileName: 'policies.json',
    mime: 'application/json',
    build: (p, ids) => toFirefoxPoliciesJson(p, ids.firefox),
    encode: utf8,
    steps: {
      nl: [
        'Windows: zet policies.json in de map distribution naast firefox.exe (C:\\Program Files\\Mozilla Firefox\\distribution\\), of gebruik de Firefox-groepsbeleidssjablonen.',
        'macOS: Firefox.app/Contents/Resources/distribution/policies.json. Linux: /etc/firefox/policies/policies.json.',
        'Heeft de computer al een policies.json? Voeg dan alleen het onderdeel "3rdparty" toe aan het bestaande bestand.',
        'Herstart Firefox; about:policies toont het beleid en de optiepagina van Postwijs toont "organisatiebeleid" als bron.',
      ],
      en: [
        'Windows: put policies.json in the distribution folder next to firefox.exe.',
        'macOS: Firefox.app/Contents/Resources/distribution/. Linux: /etc/firefox/policies/.',
        'If a policies.json already exists, merge only the "3rdparty" part into it.',
        'Restart Firefox; about:policies shows the policy.',
      ],
    },
  },
];

export type ImportFormat = ExportId | 'policy-json';

export interface ImportResult {
  format?: ImportFormat;
  /** The raw policy object, to be validated with validatePolicy. */
  policy?: PolicyJson;
  error?: Localized;
}

/** Reads a policy from any export format, or a bare policy JSON object. Never throws. */
export function importPolicy(input: string | Uint8Array, ids?: Partial<ExtensionIds>): ImportResult {
  const text = (typeof input === 'string' ? input : decodeRegBytes(input)).replace(/^\uFEFF/, '').trim();
  try {
    if (/^(Windows Registry Editor|REGEDIT4)/.test(text)) {
      const policy = fromWindowsReg(text, ids?.chrome);
      return policy ? { format: 'windows-reg', policy } : { error: { nl: 'geen Postwijs-beleid gevonden in dit .reg-bestand', en: 'no Postwijs policy found in this .reg file' } };
    }
    if (text.startsWith('<')) {
      const policy = fromMobileconfig(text);
      return policy ? { format: 'macos', policy } : { error: { nl: 'geen Chrome- of Edge-onderdeel gevonden in dit profiel', en: 'no Chrome or Edge payload in this profile' } };
    }
    const data = JSON.parse(text) as unknown;
    if (!isRecord(data)) return { error: { nl: 'het bestand is geen JSON-object', en: 'the file is not a JSON object' } };
    if ('policies' in data) {
      const policy = fromFirefoxPoliciesJson(data, ids?.firefox);
      return policy ? { format: 'firefox', policy } : { error: { nl: 'policies.json bevat geen 3rdparty → Extensions-onderdeel', en: 'policies.json has no 3rdparty → Extensions part' } };
    }
    if ('3rdparty' in data) {
      const policy = fromChromeLinuxJson(data, ids?.chrome);
      return policy ? { format: 'chrome-linux', policy } : { error: { nl: 'het bestand bevat geen 3rdparty → extensions-onderdeel', en: 'the file has no 3rdparty → extensions part' } };
    }
    const admin = fromGoogleAdminJson(data);
    if (admin) return { format: 'google-admin', policy: admin };
    return { format: 'policy-json', policy: data as PolicyJson };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { error: { nl: `kon het bestand niet lezen: ${msg}`, en: `could not read the file: ${msg}` } };
  }
}
