/** The German texts of Decap CMS's interface (the package has no types of its own). */
declare module 'decap-cms-locales/dist/esm/de' {
  const de: Record<string, unknown>;
  export default de;
}
