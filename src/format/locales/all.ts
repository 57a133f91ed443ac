/**
 * Adds the Ukrainian and Russian strings, for code that needs every language at once: the package's modules, the
 * prerenderer, the command line. The script-tag bundle leaves this out and fetches a language when a widget needs it.
 */
import { addLanguage } from '../strings.js';
import { ru } from './ru.js';
import { uk } from './uk.js';

addLanguage('uk', uk);
addLanguage('ru', ru);
