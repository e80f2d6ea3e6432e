//! The guide's element as the host page sees it: where the person is (for `waymark.js` to turn
//! into events), and kiosk mode's idle reset.
//!
//! The idle reset is plain JavaScript beside the widget (timers, the dialog's
//! countdown and speech cost far less there than as Rust components): after `idle` seconds
//! without a touch, click, key or scroll, the dialog marked `data-wm-idle` inside the guide
//! opens (「还在吗?」), counts down `countdown` seconds on screen and aloud (the device's own
//! speech, never a cloud service), and then, or at 结束, forgets the person: every `waymark:`
//! key in both storages, the speech queue, and (through `fresh`) the guide itself. 继续, Escape
//! or any touch during the countdown keeps the journey. The timer starts at the first input,
//! so an untouched attract screen never asks.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::HtmlElement;

#[wasm_bindgen(inline_js = "
export function watch_kiosk(box, idle, countdown, fresh) {
  let timer = 0, tick = 0, left = 0;
  const dialog = () => box.querySelector('[data-wm-idle]');
  const say = (text) => {
    const s = globalThis.speechSynthesis;
    if (!s || typeof SpeechSynthesisUtterance !== 'function') return;
    s.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.lang = box.querySelector('[lang]')?.lang || 'zh-CN';
    s.speak(u);
  };
  const show = () => { const c = dialog()?.querySelector('.wm-idle-count'); if (c) c.textContent = left; };
  const close = () => { clearInterval(tick); left = 0; globalThis.speechSynthesis?.cancel(); dialog()?.close(); };
  const arm = () => { clearTimeout(timer); timer = setTimeout(warn, idle * 1000); };
  const keep = () => { close(); arm(); };
  const end = () => {
    clearTimeout(timer);
    close();
    for (const store of [localStorage, sessionStorage]) {
      for (const key of Object.keys(store)) if (key.startsWith('waymark:')) store.removeItem(key);
    }
    if (box.isConnected) fresh();
  };
  function warn() {
    const d = dialog();
    if (!d || !box.isConnected || left) return;
    left = countdown;
    show();
    d.showModal();
    say(d.querySelector('h2').textContent + ' ' + d.querySelector('.wm-idle-text').textContent);
    tick = setInterval(() => {
      left -= 1;
      if (left <= 0) return end();
      show();
      if (left <= 5 || left % 10 === 0) say(String(left));
    }, 1000);
  }
  const input = (e) => {
    if (!left) return arm();
    if (e.key === 'Tab' || e.key === 'Shift') return;
    if (!e.composedPath()[0]?.closest?.('[data-wm-end]')) keep();
  };
  for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input']) addEventListener(type, input, true);
  box.addEventListener('click', (e) => { if (left && e.target.closest('[data-wm-end]')) end(); }, true);
  box.addEventListener('cancel', (e) => { e.preventDefault(); keep(); }, true);
}")]
extern "C" {
    #[wasm_bindgen(js_name = watch_kiosk)]
    fn watch_kiosk_js(el: &HtmlElement, idle: u32, countdown: u32, fresh: &Closure<dyn FnMut()>);
}

/// Watch the kiosk at `el` for idle hands (see the module's words); `fresh` starts a new guide
/// after a wipe.
pub fn watch_kiosk(el: &HtmlElement, idle: u32, countdown: u32, fresh: impl FnMut() + 'static) {
    let closure = Closure::<dyn FnMut()>::new(fresh);
    watch_kiosk_js(el, idle, countdown, &closure);
    closure.forget();
}

/// Write where the person is on the guide's element (`data-wm-service`, `-step`, `-outcome`,
/// `-answers`), `step` last: `waymark.js` watches it and tells the host page.
pub fn show_step(el: &HtmlElement, service: &str, step: &str, outcome: &str, answers: &str) {
    for (name, value) in [
        ("data-wm-service", service),
        ("data-wm-outcome", outcome),
        ("data-wm-answers", answers),
        ("data-wm-step", step),
    ] {
        let _ = el.set_attribute(name, value);
    }
}
