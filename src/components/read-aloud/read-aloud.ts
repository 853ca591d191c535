/**
 * The <ll-read-aloud> island: reads a text aloud with the browser's own German voice, one sentence
 * at a time, highlights the sentence being spoken, and moves on to the next section.
 * Each section (<section class="ll-abschnitt">) has its button, put there by on-demand.ts, which loads
 * this code at the first press and names the section pressed (data-first). Where the browser has no
 * German voice (voices arrive late in some browsers: it waits a moment for them), the section's bar
 * says so instead, and where the help page explains it.
 */
import { sentencesByLine } from '../../lib/text/speech-sentences.ts';

const HIGHLIGHT = 'll-vorlesen';
/** How long to wait for the browser's voices before saying there is no German one. */
const VOICE_WAIT_MS = 2000;
const BLOCKS = 'h2, p, li';
const BAR = '[data-read-aloud-bar]';

interface Piece {
  node: Text;
  start: number;
}

/** Joins the visible text of a block; <br> counts as a line break. Returns the pieces to map offsets back. */
function visibleText(block: Element): { joined: string; pieces: Piece[] } {
  const pieces: Piece[] = [];
  let joined = '';
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode(node) {
      if (node instanceof Element) {
        if (!node.checkVisibility()) return NodeFilter.FILTER_REJECT;
        return node.tagName === 'BR' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      pieces.push({ node, start: joined.length });
      joined += node.data;
    } else {
      joined += '\n';
    }
  }
  return { joined, pieces };
}

function rangeFor(pieces: Piece[], start: number, end: number): Range | undefined {
  const locate = (offset: number) => {
    const piece = [...pieces].reverse().find((p) => p.start <= offset);
    return piece ? { node: piece.node, offset: Math.min(offset - piece.start, piece.node.length) } : undefined;
  };
  const from = locate(start);
  const to = locate(end);
  if (!from || !to) return undefined;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

interface Line {
  text: string;
  range: Range | undefined;
}

function linesOf(section: Element): Line[] {
  const blocks = [...section.querySelectorAll(BLOCKS)].filter(
    (block) => block.checkVisibility() && !block.closest(`.ll-erklaerung, ${BAR}`) && !block.parentElement?.closest(BLOCKS),
  );
  return blocks.flatMap((block) => {
    const { joined, pieces } = visibleText(block);
    return sentencesByLine(joined).map((s) => ({ text: s.text, range: rangeFor(pieces, s.start, s.end) }));
  });
}

function germanVoice(): SpeechSynthesisVoice | undefined {
  return speechSynthesis.getVoices().find((voice) => voice.lang.toLowerCase().startsWith('de'));
}

class LlReadAloud extends HTMLElement {
  private sections: Element[] = [];
  private buttons = new Map<Element, HTMLButtonElement>();
  private stopButton = document.createElement('button');
  private voice: SpeechSynthesisVoice | undefined;
  /** True once the browser has listed its voices, or after waiting for them (VOICE_WAIT_MS). */
  private voicesKnown = false;
  /** The section pressed before the voices were known. */
  private waiting: number | undefined;
  private current: { section: number; line: number } | undefined;
  private paused = false;

  connectedCallback() {
    this.sections = [...this.querySelectorAll('section.ll-abschnitt')];
    for (const section of this.sections) {
      const button = section.querySelector<HTMLButtonElement>(`${BAR} button[data-section]`);
      if (button) this.buttons.set(section, button);
    }
    this.stopButton.type = 'button';
    this.stopButton.className = 'll-button ll-button-secondary';
    this.stopButton.textContent = this.label('stop');
    this.stopButton.addEventListener('click', () => {
      this.stop();
    });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('button[data-section]');
      if (button) this.onButton(Number(button.dataset['section']));
    });
    const setUp = () => {
      this.voice = germanVoice();
      // An empty list may still fill; a list without German is the answer.
      if (this.voice || speechSynthesis.getVoices().length > 0) this.voicesKnown = true;
      if (this.voicesKnown) this.startWaiting();
    };
    speechSynthesis.addEventListener('voiceschanged', setUp);
    // Chrome lists its voices a little after the page loads; only then is "no German voice" the truth.
    setTimeout(() => {
      this.voicesKnown = true;
      this.startWaiting();
    }, VOICE_WAIT_MS);
    const first = this.dataset['first'];
    delete this.dataset['first'];
    if (first !== undefined) this.waiting = Number(first);
    setUp();
  }

  /** Starts the section pressed while the voices were not known yet. */
  private startWaiting() {
    const index = this.waiting;
    this.waiting = undefined;
    if (index !== undefined) this.onButton(index);
  }

  /**
   * Under the section's button, in its live region (on-demand.ts): this device has no German voice, and
   * where the help page explains it.
   */
  private showNoVoice(index: number) {
    const said = this.sections[index]?.querySelector(`${BAR} [data-said]`);
    const hint = this.querySelector<HTMLElement>('[data-no-voice]');
    if (!said || !hint || said.querySelector('[data-no-voice]')) return;
    const copy = hint.cloneNode(true) as HTMLElement;
    copy.hidden = false;
    said.append(copy);
  }

  disconnectedCallback() {
    this.stop();
  }

  private label(key: 'start' | 'pause' | 'resume' | 'stop') {
    return this.dataset[key] ?? key;
  }

  private onButton(index: number) {
    if (!this.voice) {
      if (this.voicesKnown) this.showNoVoice(index);
      else this.waiting = index;
      return;
    }
    if (this.current?.section === index) {
      if (this.paused) {
        speechSynthesis.resume();
        this.paused = false;
      } else {
        speechSynthesis.pause();
        this.paused = true;
      }
      this.showState();
      return;
    }
    this.stop();
    this.current = { section: index, line: 0 };
    this.speakCurrent();
  }

  private speakCurrent() {
    if (!this.current) return;
    const section = this.sections[this.current.section];
    if (!section) {
      this.stop();
      return;
    }
    const line = linesOf(section)[this.current.line];
    if (!line) {
      // This section is done: go on with the next one.
      this.current = { section: this.current.section + 1, line: 0 };
      this.speakCurrent();
      return;
    }
    this.showState();
    if (line.range) CSS.highlights.set(HIGHLIGHT, new Highlight(line.range));
    const utterance = new SpeechSynthesisUtterance(line.text);
    utterance.lang = 'de-DE';
    if (this.voice) utterance.voice = this.voice;
    const position = this.current;
    utterance.addEventListener('end', () => {
      if (this.current !== position) return;
      this.current = { section: position.section, line: position.line + 1 };
      this.speakCurrent();
    });
    speechSynthesis.speak(utterance);
  }

  private stop() {
    this.current = undefined;
    this.paused = false;
    if ('speechSynthesis' in window) speechSynthesis.cancel();
    if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
    this.showState();
  }

  private showState() {
    for (const [index, section] of this.sections.entries()) {
      const button = this.buttons.get(section);
      if (!button) continue;
      const active = this.current?.section === index;
      button.textContent = active ? this.label(this.paused ? 'resume' : 'pause') : this.label('start');
      button.setAttribute('aria-pressed', String(active && !this.paused));
      if (active) button.after(this.stopButton);
    }
    if (!this.current) this.stopButton.remove();
  }
}

export function mountReadAloud() {
  if (!customElements.get('ll-read-aloud')) customElements.define('ll-read-aloud', LlReadAloud);
}
