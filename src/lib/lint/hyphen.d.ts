/** Types for the `hyphen` package's German patterns (Liang's algorithm, TeX patterns de-1996). */
declare module 'hyphen/de/index.js' {
  interface HyphenOptions {
    /** The character put at each break; default the soft hyphen. */
    hyphenChar?: string;
    /** Shorter words stay as they are; default 5. */
    minWordLength?: number;
    /** Words with their own breaks, written with "-". */
    exceptions?: string[];
  }
  const german: {
    hyphenateSync(text: string, options?: HyphenOptions): string;
  };
  export default german;
}
