// @ts-check
/**
 * html-validate over every built page (`npm run check:html`): the recommended rules, with these changes.
 * A JavaScript file rather than .htmlvalidate.json, so each change can say why.
 * @type {import('html-validate').ConfigData}
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The title is the page's own heading plus the site name, in the same words the reader sees on the
    // page (easy-read: one name for one thing). Long headings of workshops make long titles.
    'long-title': 'off',
    // Authors end a line with a linter switch, {/* leichte-sprache-disable-next-line … */} (README).
    // MDX drops the comment and keeps the space before it; a space at a line end inside text
    // changes nothing on the page.
    'no-trailing-whitespace': 'off',
    // A question with several right answers is a group of checkboxes with one name, as HTML means it.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // Heading ids are slugs of the heading's text, and HTML allows one that starts with a digit
    // ("3 Arten von Rechten"); no script of ours looks ids up as CSS selectors.
    'valid-id': ['error', { relaxed: true }],
  },
};
