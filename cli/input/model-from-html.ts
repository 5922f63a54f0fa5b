import type { DocumentModel } from '../../rules/model/document';
import { readDocument } from '../../adapters/read';
import { BUILT_IN_ADAPTERS } from '../../adapters/sites';
import { InputError } from '../input-error';

/** Turns HTML text into a DOM document whose URL is `url` (jsdom in the CLI; the test DOM in unit tests). */
export type HtmlParser = (html: string, url: string) => Document;

export interface HtmlReadOptions {
  url: string;
  parseHtml: HtmlParser;
  /** Label synonyms from the pack (its `vocabulary`), as the content script passes them. */
  vocabulary?: Record<string, string[]>;
}

export interface HtmlModel {
  model: DocumentModel;
  /** The site adapter that read the page, or `generic`. */
  adapterId: string;
}

/** Reads the vedtak / tiltaksplan / evaluering in an HTML page through the content script's own adapters. */
export function modelFromHtml(html: string, name: string, opts: HtmlReadOptions): HtmlModel {
  const doc = opts.parseHtml(html, opts.url);
  const read = readDocument(doc, { url: opts.url, adapters: BUILT_IN_ADAPTERS, vocabulary: opts.vocabulary });
  doc.defaultView?.close(); // a jsdom window per file; the model is plain data
  if (!read) {
    throw new InputError(
      `${name}: fant ikke et vedtak, en tiltaksplan eller en evaluering på siden.`,
      ['Siden må inneholde et utfylt skjema med feltene fra et slikt dokument (se README for støttede fagsystemer).'],
    );
  }
  return { model: read.model, adapterId: read.adapterId };
}
