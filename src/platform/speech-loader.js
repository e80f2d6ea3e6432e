// Loads `speech.js` (read aloud, beside `waymark.js`) the first time the guide needs it, after
// the first screen shows, so the first question never waits for it. Imported by
// `src/platform/speech.rs`.
let speech = null;
const load = (base) => (speech ??= import(new URL('speech.js', base).href));

/** Whether anything can be said in `lang` on this device: `done(true|false)`. */
export function available(base, lang, done) {
  load(base)
    .then((m) => m.available(base, lang))
    .then((yes) => done(yes), () => done(false));
}

/** Read the screen of the guide that `near` is in, in `lang`. */
export function read(base, near, lang) {
  const root = near.closest('.wm-root');
  if (root) load(base).then((m) => m.read(base, root, lang)).catch(() => {});
}

/** Stop what the guide is saying (if it ever said anything). */
export function stop() {
  speech?.then((m) => m.stop());
}
