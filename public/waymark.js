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
      CSS.registerProperty({ name: '--waymark-base-size', syntax: '<length>', inherits: true, initialValue: '16px' });
    } catch {
      // Registered already (another copy of this script), or an older browser: sizes follow em.
    }
  }
  return sheet;
}

// If the WebAssembly ever traps (a bug: the widget's panics abort), its memory can no longer
// be trusted and every guide on the page would freeze. Instead each one shows a plain message
// (waymark-trapped.js, loaded only then), with a button that loads the page afresh.
const guides = new Map(); // element → { shadow, options }
let trapped = false;

const showTrapped = (shadow, lang) =>
  import('./waymark-trapped.js').then((m) => m.showTrapped(shadow, lang, here), () => {});

function onTrap(error) {
  if (trapped || !(error instanceof WebAssembly.RuntimeError)) return;
  trapped = true;
  for (const [element, { shadow, options }] of guides) {
    const lang = shadow.querySelector('.wm-root[lang]')?.lang || options.lang || 'zh-CN';
    showTrapped(shadow, lang);
    guides.delete(element);
  }
}
addEventListener('error', (e) => onTrap(e.error));
addEventListener('unhandledrejection', (e) => onTrap(e.reason));

// What the first screen needs, asked for at once, while the wasm is still on its way (no
// waterfall). The same URLs as src/content.rs (`Content::load`, `Home::load`) for the service,
// region and language the widget will choose (src/lib.rs, `first_language`); the widget takes
// each response from this page-wide map, once, instead of fetching it again
// (src/platform/lazy.js, `fetch_text`). A wrong guess costs a request, never an error.
// The deployment's languages: [tag, name in its own script, 'rtl' if right to left]. This line
// is rewritten at build time by `waymark index` from locales/*/widget.ftl (`language-name`,
// `language-direction`), so a language is added with files alone; the widget gets it on mount.
const LOCALES = [['zh-CN', '中文'], ['en', 'English'], ['ug', 'ئۇيغۇرچە', 'rtl'], ['bo', 'བོད་ཡིག']]; // waymark index
const TAGS = LOCALES.map((l) => l[0]);
const prefetched = (globalThis[Symbol.for('waymark.prefetch')] ??= new Map());

function prefetch(base, { service, lang, mode, region = 'demo-county' }) {
  if (!service && (mode === 'standalone' || mode === 'kiosk')) {
    // Waymark's own page: a shared `#result=<id>&…` (standalone), else `?service=`.
    service = (mode === 'standalone' && /^#result=([\w-]+)/.exec(location.hash)?.[1]) ||
      new URLSearchParams(location.search).get('service');
  }
  let stored;
  try {
    stored = (mode === 'kiosk' ? sessionStorage : localStorage).getItem('waymark:lang');
  } catch {
    // No storage: the browser's languages decide.
  }
  const primary = (l) => l.split('-')[0];
  lang = [lang, stored].find((l) => TAGS.includes(l)) ??
    navigator.languages.map((l) => TAGS.find((c) => primary(c) === primary(l))).find(Boolean) ?? 'zh-CN';
  const words = (f) => `locales/${lang}/${f}.ftl`;
  const files = service
    ? [`compiled/services/${service}.bin`, `compiled/regions/${region}.bin`, ...[`services/${service}`, 'catalog', `regions/${region}`].map(words)]
    : ['compiled/home.bin', words('catalog'), words('titles')];
  if (lang !== 'zh-CN') files.push(words('widget'));
  const id = /^[\w-]+$/;
  if (service && !(id.test(service) && id.test(region))) return;
  for (const file of files) {
    const url = new URL(base + file, document.baseURI).href;
    if (prefetched.has(url)) continue;
    const response = fetch(url);
    response.catch(() => {}); // A failure is the widget's to report, when it takes this.
    prefetched.set(url, response);
  }
}

/**
 * A whole number of seconds (or days) between `min` and `max`; anything else (`-1`, `1e9`,
 * `abc`) is refused with a console message and `fallback` used instead. Absent: `fallback`.
 */
function seconds(name, value, fallback, min, max) {
  if (value == null || value === '') return fallback;
  const n = Number(value);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  console.warn(`waymark: ${name}="${value}" is not a whole number from ${min} to ${max}; using ${fallback}.`);
  return fallback;
}

/**
 * Mount a guide into `element` (in a shadow root of its own) and return a handle with
 * `unmount()` and `setLang(lang)`.
 * options: { service, lang, mode: 'embedded' | 'standalone' | 'kiosk', region, baseUrl,
 *            offline, shareAnswers, autoRead, idleSeconds (10–3600), countdownSeconds (5–300),
 *            keepDays (1–365: how long a draft is kept on the device) }
 * It sends the element `waymark-step` ({ service, step }) on every page and `waymark-finish`
 * ({ service, outcome }, plus `answers` with shareAnswers) on a result.
 */
export async function mount(element, options = {}) {
  const text = (v) => (v == null || v === '' ? undefined : String(v));
  const baseUrl = new URL(options.baseUrl ?? here, document.baseURI).href;
  const mode = text(options.mode) ?? 'embedded';
  try {
    if (!trapped) prefetch(baseUrl, { service: text(options.service), lang: text(options.lang), mode, region: text(options.region) });
  } catch {
    // Only a head start: the widget fetches whatever it finds missing.
  }
  await ready;
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [styleSheet()];
  const box = document.createElement('div');
  shadow.replaceChildren(box);
  if (trapped) {
    showTrapped(shadow, options.lang || 'zh-CN');
    return { unmount() { shadow.replaceChildren(); }, setLang() {} };
  }
  guides.set(element, { shadow, options });
  const id = mount_guide(box, {
    service: text(options.service),
    lang: text(options.lang),
    mode,
    region: text(options.region),
    baseUrl,
    offline: Boolean(options.offline),
    autoRead: Boolean(options.autoRead),
    shareAnswers: Boolean(options.shareAnswers),
    idleSeconds: seconds('idle-seconds', options.idleSeconds, 90, 10, 3600),
    countdownSeconds: seconds('countdown-seconds', options.countdownSeconds, 20, 5, 300),
    keepDays: seconds('keep-days', options.keepDays, 7, 1, 365),
    locales: LOCALES,
  });
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
      guides.delete(element);
      if (!trapped) unmount_guide(id);
      shadow.replaceChildren();
    },
    setLang(lang) {
      if (!trapped) set_guide_lang(id, text(lang));
    },
  };
}

const ATTRIBUTES = ['service', 'lang', 'mode', 'region', 'base-url', 'offline', 'share-answers', 'auto-read', 'idle-seconds', 'countdown-seconds', 'keep-days'];

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
        keepDays: a('keep-days'),
      });
    })();
  }
}

if (!customElements.get('waymark-guide')) customElements.define('waymark-guide', WaymarkGuide);
