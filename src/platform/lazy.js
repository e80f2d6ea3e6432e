// What the guide loads only when it needs it, so the first question never waits for it, all
// beside `waymark.js`: `speech.js` (read aloud, after the first screen shows), `kiosk-idle.js`
// (kiosk mode only), `sw-page.js` (the service worker's page side) and `draft-lock.js` (one tab
// writes a draft). Imported by `src/platform/{speech,host,sw,storage,fetch}.rs`.
/** `file` beside `waymark.js`, whose folder is `base` (absolute, or relative to the page). A
 * promise that rejects rather than a throw: nothing here may throw into the wasm. */
const load = (base, file) => {
  try {
    return import(new URL(file, new URL(base, document.baseURI)).href);
  } catch (e) {
    return Promise.reject(e);
  }
};

let speech = null;
const speaking = (base) => (speech ??= load(base, 'speech.js'));

/** Whether anything can be said in `lang` on this device: `done(true|false)`. Asked after the
 * next paint, so the screen that asks shows before `speech.js` is even requested. */
export function available(base, lang, done) {
  new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)))
    .then(() => speaking(base))
    .then((m) => m.available(base, lang))
    .then((yes) => done(yes), () => done(false));
}

/** Read the screen of the guide that `near` is in, in `lang`. */
export function read(base, near, lang) {
  const root = near.closest('.wm-root');
  if (root) speaking(base).then((m) => m.read(base, root, lang)).catch(() => {});
}

/** Stop what the guide is saying (if it ever said anything). */
export function stop() {
  speech?.then((m) => m.stop());
}

/** Watch a kiosk for idle hands (`kiosk-idle.js`); returns a function that stops watching,
 * whether or not the module has arrived yet. */
export function watch_kiosk(box, base, idle, countdown, fresh) {
  let stop = null;
  let stopped = false;
  load(base, 'kiosk-idle.js').then(
    (m) => {
      if (!stopped) stop = m.watch_kiosk(box, base, idle, countdown, fresh);
    },
    () => {},
  );
  return () => {
    stopped = true;
    stop?.();
  };
}

/** Hold the lock `name` (`draft-lock.js`): `owner(true|false)` hears whether this tab writes the
 * draft; returns a function that lets go, whether or not the module has arrived yet. */
export function hold_lock(base, name, owner) {
  let release = null;
  let released = false;
  load(base, 'draft-lock.js').then(
    (m) => {
      if (!released) release = m.hold_lock(name, owner);
    },
    () => owner(true),
  );
  return () => {
    released = true;
    release?.();
  };
}

// The service worker's page side (`sw-page.js`). Which guides have answers in progress is kept
// here, so it is right whenever the module arrives.
let swPage = null;
const busy = new Set();
let keys = 0;

export function sw_register(base, on_update) {
  swPage ??= load(base, 'sw-page.js');
  swPage.then((m) => m.register(new URL('sw.js', new URL(base, document.baseURI)).href, on_update, busy), () => {});
}

export function sw_apply_update() {
  swPage?.then((m) => m.apply_update(), () => {});
}

export function busy_key() {
  return ++keys;
}

export function set_busy(key, on) {
  if (on) busy.add(key);
  else busy.delete(key);
}

/** `url`'s response: the one `waymark.js` started before the wasm ran (taken once, so a retry
 * fetches anew), else a fetch now. A promise, never a throw. */
export function fetch_text(url) {
  try {
    const waiting = globalThis[Symbol.for('waymark.prefetch')];
    const key = new URL(url, document.baseURI).href;
    const response = waiting?.get(key);
    if (response) {
      waiting.delete(key);
      return response;
    }
  } catch {
    // Fetched below, as if nothing had been started.
  }
  return fetch(url);
}
