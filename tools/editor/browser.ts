/**
 * The editing page's own parts, on top of Decap CMS (bundled by server.ts with esbuild):
 * - `mdx`: the text of a page, with buttons that insert <Wort>, <Merke> and <Bild>, and the easy-read
 *   linter's findings beside it, live, as the editor writes;
 * - `bild`: a picture picker with previews (the Fluent Emoji names the site uses);
 * - the preview in the site's own styles (Decap shows it beside the form: split mode).
 * Decap CMS gives React as `h` and `createClass`; no JSX, no framework of our own. Its German texts come
 * with its bundle (config.ts sets `locale: 'de'`).
 */
export {}; // a module: its names stay its own
type Props = Record<string, unknown> & {
  value?: string;
  forID?: string;
  onChange: (value: string) => void;
  classNameWrapper?: string;
};
type Element = unknown;
type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;
interface Component {
  props: Props;
  state: Record<string, unknown>;
  setState: (state: Record<string, unknown>) => void;
}
interface Cms {
  registerWidget: (name: string, control: unknown, preview?: unknown) => void;
  registerPreviewStyle: (url: string) => void;
  registerPreviewTemplate: (name: string, template: unknown) => void;
  init: (options: { config: unknown }) => void;
}
const global = window as unknown as { CMS: Cms; h: H; createClass: (spec: Record<string, unknown>) => unknown };
const { CMS, h, createClass } = global;

interface LintFinding {
  line: number;
  severity: 'error' | 'warning';
  message: string;
  words: string;
}

/** The easy-read findings for a text, from the linter (tools/lint) behind /api/pruefen. */
async function lint(raw: string): Promise<LintFinding[]> {
  const response = await fetch('/api/pruefen', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ file: 'content/entwurf.mdx', raw }),
  });
  return response.ok ? ((await response.json()) as LintFinding[]) : [];
}

let pictureList: Promise<string[]> | undefined;
const pictures = () => (pictureList ??= fetch('/bilder.json').then((r) => r.json() as Promise<string[]>));
let wordList: Promise<{ id: string; wort: string }[]> | undefined;
const glossaryWords = () => (wordList ??= fetch('/woerter.json').then((r) => r.json() as Promise<{ id: string; wort: string }[]>));

/** A picture picker: type part of a name, choose one of the pictures shown. */
function picturePicker(component: Component, id: string, value: string, choose: (name: string) => void): Element {
  const query = (component.state['query'] as string | undefined) ?? '';
  const names = (component.state['names'] as string[] | undefined) ?? [];
  const matches = query.length < 2 ? [] : names.filter((name) => name.includes(query)).slice(0, 12);
  return h(
    'div',
    { className: 'll-editor-picture' },
    h('input', {
      id,
      type: 'search',
      value: query,
      placeholder: 'Bild suchen, zum Beispiel book',
      'aria-describedby': `${id}-gewaehlt`,
      onChange: (event: { target: { value: string } }) => {
        component.setState({ query: event.target.value });
      },
    }),
    h(
      'p',
      { id: `${id}-gewaehlt`, role: 'status' },
      value ? h('span', null, h('img', { src: `/bild/${value}.svg`, alt: '' }), `Gewählt: ${value}`) : 'Noch kein Bild gewählt.',
    ),
    h(
      'div',
      { className: 'll-editor-pictures', role: 'group', 'aria-label': 'Passende Bilder' },
      ...matches.map((name) =>
        h(
          'button',
          {
            type: 'button',
            key: name,
            'aria-pressed': name === value,
            onClick: () => {
              choose(name);
            },
          },
          h('img', { src: `/bild/${name}.svg`, alt: '' }),
          name,
        ),
      ),
    ),
  );
}

const PictureControl = createClass({
  getInitialState: () => ({ query: '', names: [] }),
  componentDidMount(this: Component) {
    void pictures().then((names) => {
      this.setState({ names });
    });
  },
  render(this: Component) {
    return picturePicker(this, this.props.forID ?? 'bild', this.props.value ?? '', (name) => {
      this.props.onChange(name);
    });
  },
});

/** The text of a page: a plain text area (MDX stays exactly as written), blocks to insert, findings beside it. */
const MdxControl = createClass({
  getInitialState: () => ({ open: '', findings: [], names: [], words: [], query: '', picture: '', alt: '', word: '' }),
  componentDidMount(this: Component & { check: () => void }) {
    void pictures().then((names) => {
      this.setState({ names });
    });
    void glossaryWords().then((words) => {
      this.setState({ words, word: words[0]?.id ?? '' });
    });
    this.check();
  },
  check(this: Component & { timer?: number }) {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      void lint(this.props.value ?? '').then((findings) => {
        this.setState({ findings });
      });
    }, 400);
  },
  insert(this: Component & { check: () => void; area?: HTMLTextAreaElement | undefined }, text: string) {
    const value = this.props.value ?? '';
    const at = this.area?.selectionStart ?? value.length;
    this.props.onChange(value.slice(0, at) + text + value.slice(at));
    this.setState({ open: '' });
    this.check();
  },
  render(this: Component & { insert: (text: string) => void; check: () => void; area?: HTMLTextAreaElement | undefined }) {
    const id = this.props.forID ?? 'text';
    const open = String(this.state['open']);
    const findings = this.state['findings'] as LintFinding[];
    const words = this.state['words'] as { id: string; wort: string }[];
    const toggle = (name: string) => () => {
      this.setState({ open: open === name ? '' : name });
    };
    const field = (label: string, control: Element) => h('label', null, label, control);
    const forms: Record<string, () => Element> = {
      wort: () =>
        h(
          'div',
          { className: 'll-editor-insert' },
          field(
            'Wort aus dem Wörter·buch',
            h(
              'select',
              {
                value: this.state['word'],
                onChange: (event: { target: { value: string } }) => {
                  this.setState({ word: event.target.value });
                },
              },
              ...words.map((word) => h('option', { key: word.id, value: word.id }, `${word.wort} (${word.id})`)),
            ),
          ),
          h(
            'button',
            {
              type: 'button',
              onClick: () => {
                const word = words.find((w) => w.id === this.state['word']);
                if (word) this.insert(`<Wort id="${word.id}">${word.wort}</Wort>`);
              },
            },
            'Wort einfügen',
          ),
        ),
      bild: () =>
        h(
          'div',
          { className: 'll-editor-insert' },
          picturePicker(this, `${id}-bild`, String(this.state['picture']), (name) => {
            this.setState({ picture: name });
          }),
          field(
            'Text für das Bild (leer lassen, wenn das Bild nur die Überschrift wiederholt)',
            h('input', {
              value: this.state['alt'],
              onChange: (event: { target: { value: string } }) => {
                this.setState({ alt: event.target.value });
              },
            }),
          ),
          h(
            'button',
            {
              type: 'button',
              onClick: () => {
                this.insert(`<Bild name="${String(this.state['picture'])}" alt="${String(this.state['alt'])}" />\n`);
              },
            },
            'Bild einfügen',
          ),
        ),
    };
    return h(
      'div',
      { className: this.props.classNameWrapper },
      h(
        'div',
        { className: 'll-editor-tools', role: 'toolbar', 'aria-label': 'Bausteine einfügen' },
        h('button', { type: 'button', 'aria-expanded': open === 'wort', onClick: toggle('wort') }, 'Schweres Wort'),
        h(
          'button',
          {
            type: 'button',
            onClick: () => {
              this.insert('\n<Merke>\nDas Wichtigste in einem Satz.\n</Merke>\n');
            },
          },
          'Merke-Kasten',
        ),
        h('button', { type: 'button', 'aria-expanded': open === 'bild', onClick: toggle('bild') }, 'Bild'),
      ),
      forms[open]?.() ?? null,
      h('textarea', {
        id,
        className: 'll-editor-text',
        value: this.props.value ?? '',
        ref: (area: HTMLTextAreaElement | null) => {
          this.area = area ?? undefined;
        },
        onChange: (event: { target: { value: string } }) => {
          this.props.onChange(event.target.value);
          this.check();
        },
      }),
      h(
        'section',
        { className: 'll-editor-findings', 'aria-label': 'Hinweise zur Leichten Sprache' },
        h('h3', null, `Leichte Sprache: ${findings.length === 0 ? 'keine Hinweise' : `${findings.length} Hinweise`}`),
        h(
          'ul',
          { role: 'status' },
          ...findings.map((finding, index) =>
            h(
              'li',
              { key: index },
              `Zeile ${finding.line}, ${finding.severity === 'error' ? 'Fehler' : 'Hinweis'}: ${finding.message}${finding.words ? ` („${finding.words}“)` : ''}`,
            ),
          ),
        ),
      ),
    );
  },
});

const TextPreview = createClass({
  render(this: Component) {
    return h('pre', { style: { whiteSpace: 'pre-wrap', fontFamily: 'inherit' } }, this.props.value ?? '');
  },
});

/** The preview beside the form, in the site's styles: title, summary, the text. */
const EntryPreview = createClass({
  render(this: Component) {
    const entry = this.props['entry'] as { getIn: (path: string[]) => unknown };
    const widgetFor = this.props['widgetFor'] as (name: string) => Element;
    const titel = entry.getIn(['data', 'titel']) ?? entry.getIn(['data', 'name']) ?? entry.getIn(['data', 'wort']);
    const summary = entry.getIn(['data', 'zusammenfassung']) ?? entry.getIn(['data', 'erklaerung']);
    return h(
      'main',
      { className: 'll-text', lang: 'de' },
      h('h1', null, typeof titel === 'string' ? titel : ''),
      h('p', { className: 'll-panel' }, typeof summary === 'string' ? summary : ''),
      widgetFor('body'),
    );
  },
});

CMS.registerWidget('bild', PictureControl);
CMS.registerWidget('mdx', MdxControl, TextPreview);
CMS.registerPreviewStyle('/seite.css');
void fetch('/config.json')
  .then((response) => response.json())
  .then((config: { collections: { name: string }[] }) => {
    for (const collection of config.collections) CMS.registerPreviewTemplate(collection.name, EntryPreview);
    CMS.init({ config });
  });
