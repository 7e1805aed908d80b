// Postwijs on the X replica (draft-js): home composer, compose dialog, inline reply and reply
// dialog, each by click and Ctrl+Enter. Needs `npm run build` first (.output/chrome-mv3).
import { defineSiteSuite } from './compose/suite.ts';

defineSiteSuite('x');
