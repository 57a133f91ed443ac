/**
 * The script-tag entry: `<script type="module" src="strike-widgets.js">` registers every element, with the
 * embedded dataset inside.
 */
export * from './data/index.js';
