// The part of jsdom's API the CLI uses (the project has no @types/jsdom).
declare module 'jsdom' {
  export interface ConstructorOptions {
    url?: string;
  }
  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: Window & typeof globalThis;
  }
}
