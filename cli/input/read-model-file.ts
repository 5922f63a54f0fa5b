import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentModel } from '../../rules/model/document';
import { readTextFile } from '../read-text-file';
import { modelFromHtml, type HtmlParser } from './model-from-html';
import { modelFromJson } from './model-from-json';

export interface ModelFileOptions {
  cwd: string;
  /** The page URL for HTML files (picks a URL-matched site adapter); default: the file's file:// URL. */
  url?: string;
  vocabulary?: Record<string, string[]>;
  /** Loaded on demand, so JSON-only runs (and unit tests in Vitest's VM pool) never load jsdom. */
  loadHtmlParser: () => Promise<HtmlParser>;
}

export interface ModelFile {
  /** The file as the user gave it. */
  file: string;
  model: DocumentModel;
  /** How it was read: `json`, or the page adapter's id for an HTML page. */
  source: string;
}

/** Reads one FILE argument: a JSON document model or an HTML page with a filled form. */
export async function readModelFile(file: string, opts: ModelFileOptions): Promise<ModelFile> {
  const path = resolve(opts.cwd, file);
  const text = await readTextFile(path, file);
  if (kindOf(path, text) === 'json') return { file, model: modelFromJson(text, file), source: 'json' };
  const parseHtml = await opts.loadHtmlParser();
  const url = opts.url ?? pathToFileURL(path).href;
  const { model, adapterId } = modelFromHtml(text, file, { url, parseHtml, vocabulary: opts.vocabulary });
  return { file, model, source: adapterId };
}

/** By extension; otherwise by the first character: `{` is JSON, `<` is HTML. */
function kindOf(path: string, text: string): 'json' | 'html' {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  return text.trimStart().startsWith('<') ? 'html' : 'json';
}
