// Postwijs on the Instagram replica: the caption step of the create flow (Lexical, "Delen") and
// comment textareas (Enter sends), each by click and by keyboard. Needs `npm run build` first.
import { defineSiteSuite } from './compose/suite.ts';

defineSiteSuite('instagram');
