// One tab writes a service's draft at a time (Web Locks, per origin): a second tab on the same
// service is told, and keeps its answers on screen without overwriting the first tab's draft,
// until the first closes; then it takes over. Where the browser has no Web Locks every tab
// writes, as before. Loaded by `src/platform/lazy.js` when a guide first keeps a draft.

/** Hold the lock `name` while the guide shows the service; `owner(true|false)` hears whether
 * this tab writes the draft now. Returns a function that lets go. */
export function hold_lock(name, owner) {
  const locks = globalThis.navigator?.locks;
  if (!locks) {
    owner(true);
    return () => {};
  }
  let release;
  const held = new Promise((done) => (release = done));
  const waiting = new AbortController();
  const take = () => {
    owner(true);
    return held;
  };
  locks
    .request(name, { ifAvailable: true }, (lock) => {
      if (lock) return take();
      owner(false);
      // Our turn comes when the other tab lets go (closed, or left the service).
      locks.request(name, { signal: waiting.signal }, take).catch(() => {});
      return undefined;
    })
    .catch(() => owner(true));
  return () => {
    waiting.abort();
    release();
  };
}
