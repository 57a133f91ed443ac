/**
 * `strike-widgets-uk.js`: the script-tag bundle with Ukrainian in the same load, for a page whose widgets read in
 * Ukrainian. From `strike-widgets.js` alone a widget fetches its language when it first renders, after the page's
 * first paint, and what is below it moves when it appears. From this file the language arrives with the bundle,
 * before any widget renders: render-blocking, with its tag before the bundle's, it keeps the page still. It exports
 * what the bundle exports, and a page that loads both files gets one copy of each.
 */
import { strings, translations } from './languages/uk.js';
import { addLanguageModule } from './languages/add.js';

addLanguageModule('uk', { strings, translations });

export * from './bundle.js';
