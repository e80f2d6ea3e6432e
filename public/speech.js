// Read aloud (朗读): the words on the guide's screen, said by the device's own voice for the
// active language (Web Speech API; never a cloud service), or by a recording when one exists:
// `audio/<lang>/<message-id>.<ext>`, listed in `audio/index.json` (written at build by
// `waymark index`). The widget imports this module only after its first screen shows, so no
// one waits for it; the service worker keeps it for offline use like every other file.

const synth = globalThis.speechSynthesis;
let recordings = null; // { lang: { messageId: "file.ext" } }
let playing = null; // the <audio> now playing
let turn = 0; // each read() or stop() starts a new turn; older turns stop
// Utterances of ours not yet finished: stop() cancels speech only while one is, so the guide
// never cuts off words that the page around it is saying (speechSynthesis is page-wide).
const ours = new Set();

/** The recordings index, once. */
function loadRecordings(base) {
  recordings ??= fetch(new URL('audio/index.json', base))
    .then((r) => (r.ok ? r.json() : {}))
    .catch(() => ({}));
  return recordings;
}

/** The device's voice for `lang` (same language; the region need not match). */
function voiceFor(lang) {
  if (!synth) return null;
  const want = lang.toLowerCase().split('-')[0];
  return synth.getVoices().find((v) => v.lang.replace('_', '-').toLowerCase().split('-')[0] === want) ?? null;
}

/** Voices load late in some browsers: wait briefly for them. */
function voicesReady() {
  if (!synth || synth.getVoices().length) return Promise.resolve();
  return new Promise((done) => {
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1500);
  });
}

/** Whether anything can be said in `lang`: a voice, or at least one recording. */
export async function available(base, lang) {
  const recorded = (await loadRecordings(base))[lang];
  if (recorded && Object.keys(recorded).length) return true;
  await voicesReady();
  return voiceFor(lang) !== null;
}

/** What the screen says, in reading order: [text, message id or null]. */
function pieces(root) {
  const heading = root.querySelector('h1');
  if (!heading) return [];
  const page = heading.closest('.wm-page, fieldset') ?? root;
  const key = heading.dataset.wmMsg ?? null;
  const out = [];
  const selector = 'h1, .wm-lead, .wm-hint, .wm-error-message, .wm-radio-label, h2, .wm-list li > label, .wm-list li:not(:has(label)), .wm-office, dt, dd.wm-summary-value';
  for (const el of page.querySelectorAll(selector)) {
    if (el.closest('.wm-no-print, [hidden]') || !el.getClientRects().length) continue;
    const text = el.textContent.replace(/[\u2068\u2069]/g, '').trim();
    if (!text) continue;
    let id = null;
    if (el === heading) id = key;
    else if (key && el.matches('.wm-hint')) id = `${key}.hint`;
    else if (key && el.matches('.wm-radio-label')) {
      const value = el.control?.value;
      id = value ? `${key}-${value}|answer-${value}` : null;
    }
    out.push([text, id]);
  }
  return out;
}

/** Queue `text` to be said in `lang` (the browser says queued words one after another). */
function queue(text, lang) {
  const u = new SpeechSynthesisUtterance(text);
  u.lang = lang;
  const voice = voiceFor(lang);
  if (voice) u.voice = voice;
  ours.add(u);
  u.onend = u.onerror = () => ours.delete(u);
  synth.speak(u);
}

/** Say `text` in `lang` now, cutting off whatever the guide was saying (the kiosk's warning
 * and countdown). */
export function say(text, lang) {
  stop();
  if (synth && typeof SpeechSynthesisUtterance === 'function') queue(text, lang);
}

/** Until the voice has said everything queued (at most a minute). */
async function quiet() {
  for (let waited = 0; synth && (synth.speaking || synth.pending) && waited < 60_000; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
}

function play(url) {
  return new Promise((done) => {
    playing = new Audio(url);
    playing.onended = playing.onerror = () => done();
    playing.play().catch(() => done());
  });
}

/** Read the screen inside `root` aloud in `lang`, cutting off whatever was being said. */
export async function read(base, root, lang) {
  stop();
  const mine = ++turn;
  const recorded = (await loadRecordings(base))[lang] ?? {};
  for (const [text, ids] of pieces(root)) {
    if (mine !== turn) return;
    const file = (ids ?? '').split('|').map((id) => recorded[id]).find(Boolean);
    if (file) {
      await quiet();
      if (mine === turn) await play(new URL(`audio/${lang}/${file}`, base));
    } else if (synth) queue(text, lang);
  }
}

/** Stop speaking and forget anything queued: only the guide's own words. */
export function stop() {
  turn++;
  if (ours.size) {
    ours.clear();
    synth?.cancel();
  }
  if (playing) {
    playing.pause();
    playing = null;
  }
}

// Nothing goes on being said to an empty room.
document.addEventListener('visibilitychange', () => document.hidden && stop());
