// Kiosk mode's idle reset, beside the widget (timers, the dialog's countdown and speech cost far
// less here than as Rust components). Imported by `src/platform/lazy.js` only for a guide in
// kiosk mode, so no other page downloads it before its first question.
//
// After `idle` seconds without a touch, click, key or scroll, the dialog marked `data-wm-idle`
// inside the guide opens (「还在吗?」), counts down `countdown` seconds on screen and aloud (the
// device's own speech through speech.js, never a cloud service), and then, or at 结束, forgets
// the person: every `waymark:` key in both storages, anything being read aloud, where the person
// was on the guide's element, and (through `fresh`) the guide itself. The wipe never depends on
// storage: a locked-down kiosk profile that blocks site data makes every storage access throw,
// and the guide is rebuilt all the same. 继续, Escape or any touch during the countdown keeps the
// journey. The timer starts at the first input, so an untouched attract screen never asks.
// Returns a function that stops watching (the guide was unmounted).

/** Every `waymark:` key in `store`, removed; nothing if the browser refuses storage. */
function forget(store) {
  try {
    const s = globalThis[store];
    for (const key of Object.keys(s)) if (key.startsWith('waymark:')) s.removeItem(key);
  } catch {
    // Site data blocked: there is nothing of the person in it either.
  }
}

export function watch_kiosk(box, base, idle, countdown, fresh) {
  let timer = 0;
  let tick = 0;
  let left = 0;
  const speech = () => import(new URL('speech.js', base).href);
  const say = (text) => {
    const lang = box.querySelector('[lang]')?.lang || 'zh-CN';
    speech().then((m) => m.say(text, lang), () => {});
  };
  const hush = () => speech().then((m) => m.stop(), () => {});
  const dialog = () => box.querySelector('[data-wm-idle]');
  const show = () => {
    const c = dialog()?.querySelector('.wm-idle-count');
    if (c) c.textContent = left;
  };
  const close = () => {
    clearInterval(tick);
    left = 0;
    hush();
    const d = dialog();
    if (d?.open) d.close();
  };
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(warn, idle * 1000);
  };
  const keep = () => {
    close();
    arm();
  };
  const end = () => {
    clearTimeout(timer);
    close();
    forget('localStorage');
    forget('sessionStorage');
    // What the person answered and got (written for the host page's events) goes too; the
    // fresh guide writes its own step.
    for (const name of ['data-wm-answers', 'data-wm-outcome']) box.removeAttribute(name);
    if (box.isConnected) fresh();
  };
  function warn() {
    const d = dialog();
    if (!d || !box.isConnected || left) return;
    left = countdown;
    show();
    d.showModal();
    say(`${d.querySelector('h2').textContent} ${d.querySelector('.wm-idle-text').textContent}`);
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
  const click = (e) => {
    if (left && e.target.closest('[data-wm-end]')) end();
  };
  const cancel = (e) => {
    e.preventDefault();
    keep();
  };
  const types = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'];
  for (const type of types) addEventListener(type, input, true);
  box.addEventListener('click', click, true);
  box.addEventListener('cancel', cancel, true);
  return () => {
    clearTimeout(timer);
    clearInterval(tick);
    for (const type of types) removeEventListener(type, input, true);
    box.removeEventListener('click', click, true);
    box.removeEventListener('cancel', cancel, true);
  };
}
