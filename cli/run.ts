import { processIO } from './io';
import { main } from './main';

/** The process entry (started by bin/vedtakslos.mjs): real stdio, jsdom for HTML pages, the clock. */
export async function run(argv: string[]): Promise<number> {
  return main(argv, processIO(), {
    loadHtmlParser: async () => (await import('./input/jsdom-page')).parseHtmlWithJsdom,
    now: () => new Date(),
    columns: process.stdout.columns,
  });
}
