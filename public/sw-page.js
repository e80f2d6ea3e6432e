// The page's side of Waymark's service worker (public/sw.js): register it, hear that a new
// version waits, let it take over at 重新开始, and tell it whether a person is mid-journey here
// so that another tab's 重新开始 never swaps the files under this one. Loaded by
// `src/platform/lazy.js` when a guide that registers the worker mounts; which guides are busy is
// kept there (it must be known before this module arrives) and handed in.

let waiting = null;
// The guides on this page with answers in progress (a key per guide: several can be open).
let busy = new Set();
// Set when this page asked the new version to take over: then it reloads into it.
let asked = false;

export function register(url, on_update, busy_guides) {
  busy = busy_guides;
  if (!('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  // A new version asks before it takes over (see public/sw.js): answer over its channel.
  sw.addEventListener('message', (e) => {
    if (e.data && e.data.waymark === 'busy?' && e.ports[0]) e.ports[0].postMessage(busy.size > 0);
  });
  sw.startMessages();
  // A new version took over (this page said it was not busy, or asked for it): this page's
  // code is the old version's, so reload into the new one unless a person is mid-journey
  // here after all. The first worker taking over an unworked page is no new version.
  let controlled = sw.controller !== null;
  sw.addEventListener('controllerchange', () => {
    if (controlled && (asked || busy.size === 0)) location.reload();
    controlled = true;
  });
  sw.register(url).then((reg) => {
    const ready = () => {
      if (reg.waiting && sw.controller) { waiting = reg.waiting; on_update(); }
    };
    ready();
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      if (w) w.addEventListener('statechange', ready);
    });
  }, () => {});
  if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
}

// Ask the waiting version to take over (the page reloads when it has). It refuses while
// another tab is mid-journey; this page then simply goes on with the version it has.
export function apply_update() {
  if (!waiting) return false;
  const channel = new MessageChannel();
  channel.port1.onmessage = (e) => { asked = e.data === true; };
  waiting.postMessage({ waymark: 'skip-waiting' }, [channel.port2]);
  return true;
}


