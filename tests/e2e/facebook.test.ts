// Postwijs on the Facebook replica (Lexical): post dialog, comment and reply boxes, each by click
// and by keyboard (Enter in comment boxes; Enter on the focused "Posten" button). Needs
// `npm run build` first (.output/chrome-mv3).
import { defineSiteSuite } from './compose/suite.ts';

defineSiteSuite('facebook');
