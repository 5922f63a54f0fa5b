import { JSDOM } from 'jsdom';
import type { HtmlParser } from './model-from-html';

/**
 * Parses an HTML file with jsdom as a static page: no scripts run and nothing is fetched (no network),
 * so only what the markup holds is read (value attributes, textarea text, selected options, checked
 * boxes, contenteditable text).
 */
export const parseHtmlWithJsdom: HtmlParser = (html, url) => new JSDOM(html, { url }).window.document;
