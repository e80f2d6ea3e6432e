// Waymark's embed script. A page adds
//   <script type="module" src="https://…/waymark.js"></script>
//   <waymark-guide service="dibao" lang="zh-CN"></waymark-guide>
// or calls `mount(element, options)` from its own module. Each guide lives in a shadow root of
// its own (the host's styles stay out, ours stay in) and never touches the rest of the page.
// Attributes and options: docs/embedding.md.
import init, { mount_guide, unmount_guide, set_guide_lang, styles } from './core/waymark.js';

const here = new URL('./', import.meta.url).href;
const ready = init({ module_or_path: new URL('./core/waymark_bg.wasm', import.meta.url) });
let sheet = null;

// One style sheet for every guide on the page: a constructed sheet, which a strict
// `style-src` allows (a <style> element would need 'unsafe-inline').
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles());
    // Sizes in the reader's default text size, whatever the host sets on <html>.
    try {
      CSS.registerProperty({ name: '--wm-base', syntax: '<length>', inherits: true, initialValue: '16px' });
    } catch {
      // Registered already (another copy of this script), or an older browser: sizes follow em.
    }
  }
  return sheet;
}

/**
 * Mount a guide into `element` (in a shadow root of its own) and return a handle with
 * `unmount()` and `setLang(lang)`.
 * options: { service, lang, mode: 'embedded' | 'standalone' | 'kiosk', region, baseUrl,
 *            offline, shareAnswers, autoRead, idleSeconds, countdownSeconds }
 * It sends the element `waymark-step` ({ service, step }) on every page and `waymark-finish`
 * ({ service, outcome }, plus `answers` with shareAnswers) on a result.
 */
export async function mount(element, options = {}) {
  await ready;
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [styleSheet()];
  const box = document.createElement('div');
  shadow.replaceChildren(box);
  const text = (v) => (v == null || v === '' ? undefined : String(v));
  const id = mount_guide(
    box,
    text(options.service),
    text(options.lang),
    text(options.mode) ?? 'embedded',
    text(options.region),
    new URL(options.baseUrl ?? here, document.baseURI).href,
    Boolean(options.offline),
    Boolean(options.autoRead),
    Number(options.idleSeconds) || 90,
    Number(options.countdownSeconds) || 20,
  );
  // The guide writes where the person is on its element; tell the host as DOM events that
  // bubble out of the shadow root. Answers only if the host opted in.
  const watch = new MutationObserver(() => {
    const { wmService: service, wmStep: step, wmOutcome: outcome, wmAnswers: answers } = box.dataset;
    const send = (type, detail) => element.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
    send('waymark-step', { service, step });
    if (step !== 'outcome') return;
    const detail = { service, outcome };
    if (options.shareAnswers) {
      detail.answers = Object.fromEntries([...new URLSearchParams(answers)].filter(([k]) => k !== 'result'));
    }
    send('waymark-finish', detail);
  });
  watch.observe(box, { attributeFilter: ['data-wm-step'] });
  return {
    unmount() {
      watch.disconnect();
      unmount_guide(id);
      shadow.replaceChildren();
    },
    setLang(lang) {
      set_guide_lang(id, text(lang));
    },
  };
}

const ATTRIBUTES = ['service', 'lang', 'mode', 'region', 'base-url', 'offline', 'share-answers', 'auto-read', 'idle-seconds', 'countdown-seconds'];

/** `<waymark-guide service="dibao" lang="zh-CN">`: attribute changes apply at once. */
class WaymarkGuide extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #guide = null;
  #turn = 0;

  connectedCallback() {
    this.#render();
  }

  disconnectedCallback() {
    this.#render();
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.#guide) return;
    // A new language keeps the person's place; anything else starts that guide afresh.
    if (name === 'lang') this.#guide.then((g) => g?.setLang(after));
    else this.#render();
  }

  #render() {
    const turn = ++this.#turn;
    const previous = this.#guide;
    this.#guide = (async () => {
      (await previous)?.unmount();
      // Batch: several attributes set in one go mount once, and a moved element stays.
      await Promise.resolve();
      if (turn !== this.#turn || !this.isConnected) return null;
      const a = (n) => this.getAttribute(n);
      return mount(this, {
        service: a('service'),
        lang: a('lang'),
        mode: a('mode'),
        region: a('region'),
        baseUrl: a('base-url') ?? undefined,
        offline: this.hasAttribute('offline'),
        shareAnswers: this.hasAttribute('share-answers'),
        autoRead: this.hasAttribute('auto-read'),
        idleSeconds: a('idle-seconds'),
        countdownSeconds: a('countdown-seconds'),
      });
    })();
  }
}

if (!customElements.get('waymark-guide')) customElements.define('waymark-guide', WaymarkGuide);
