// What the Chromium and Firefox policy tests both use: the X replica's hooks, two drafts with a
// known verdict, and a valid and an invalid policy.
export const X_EDITOR = '[data-testid="tweetTextarea_0"][contenteditable="true"]';
export const X_POST = 'button[data-testid="tweetButtonInline"]';
// Fires `unprofessional` (default severity info: shown, never held) and nothing else.
export const UNPROFESSIONAL = 'Na het personeelsfeest waren we allemaal dronken.';
// Fires `personal-data` (default severity block).
export const PHONE = 'Bel gerust: 06-12345678.';

export const validPolicy = {
  schoolName: 'OBS De Wierde',
  board: 'Lauwers en Eems',
  supervisor: { name: 'Marieke Jansen', email: 'directie@obsdewierde.nl' },
  accounts: [],
  rules: { unprofessional: 'block' },
  mode: 'enforce',
};

export const invalidPolicy = {
  schoolName: 'OBS De Wierde',
  mode: 'streng',
  supervisor: { name: 'Marieke Jansen', email: 'geen-adres' },
  rules: { unprofessional: 'hard', 'child-portret': 'block' },
};
