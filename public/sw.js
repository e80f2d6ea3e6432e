// Waymark's service worker (standalone, kiosk and iframe page): after one visit the guide works
// with the network off. `waymark precache` writes dist/sw.js from this file, putting the
// build's files, each with the SHA-256 of its content, and the build's version where the
// marker is, so every new build is a new worker.
//
// - install: download every listed file afresh (bypassing the HTTP cache) and check it against
//   its hash. One file that is not this build's (a deployment caught half-way, a proxy that
//   rewrites) and the install fails: this worker is never used, the old one keeps serving,
//   and the browser tries again at the next visit.
// - the new worker then waits: a guide in progress is never switched under a person's feet.
//   When someone presses 重新开始, their page asks it to take over; it first asks every other
//   Waymark tab whether a person is mid-journey there, and takes over only if none is (a tab
//   that does not answer counts as busy). Otherwise it takes over at the next visit.
// - activate: delete this deployment's older caches (only after the new one is complete).
//   Drafts live in localStorage, never in these caches: updating never touches them.
// - fetch: only the build's own files come from the cache (the pages whatever their query);
//   a request with a Range header (an <audio> element) gets 206 Partial Content cut from the
//   cached file. Everything else goes to the network untouched and is never cached.
const PRECACHE = /*precache*/null;
const SCOPE = new URL('./', self.location).href;
// Per deployment address: another Waymark under another path of this origin has its own.
const PREFIX = `waymark:${SCOPE}:`;
const CACHE = PREFIX + PRECACHE.version;
const FILES = new Set(Object.keys(PRECACHE.files).map((file) => new URL(file, SCOPE).href));
// The pages, which carry their settings in the query (?service=dibao, ?lang=en).
const PAGES = new Set(['./', 'index.html', 'frame.html', 'kiosk.html'].map((p) => new URL(p, SCOPE).href));
// How long a tab has to say whether it is busy before it counts as busy (a frozen tab).
const ASK_MS = 2000;

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        Object.entries(PRECACHE.files).map(async ([file, hash]) => {
          const response = await fetch(new Request(new URL(file, SCOPE), { cache: 'reload' }));
          if (response.status !== 200) throw new Error(`${file}: ${response.status}`);
          const body = await response.clone().arrayBuffer();
          if (hex(await crypto.subtle.digest('SHA-256', body)) !== hash) throw new Error(`${file} is not this build's`);
          await cache.put(new URL(file, SCOPE), response);
        }),
      );
    })().catch(async (error) => {
      // Leave nothing half-made behind; the install fails.
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

// Whether a person is mid-journey in this tab: its page answers over the channel.
const busy = (client) =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(true), ASK_MS);
    channel.port1.onmessage = (e) => {
      clearTimeout(timer);
      resolve(e.data !== false);
    };
    client.postMessage({ waymark: 'busy?' }, [channel.port2]);
  });

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data !== 'skip-waiting' && !(data && data.waymark === 'skip-waiting')) return;
  const reply = event.ports[0];
  event.waitUntil(
    (async () => {
      const sender = event.source && event.source.id;
      const tabs = (await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).filter(
        (c) => c.id !== sender && c.url.startsWith(SCOPE),
      );
      const ok = !(await Promise.all(tabs.map(busy))).includes(true);
      if (reply) reply.postMessage(ok);
      if (ok) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// 206 Partial Content for `Range: bytes=a-b` (or `a-`, `-n`) from the whole cached file; a
// range it cannot read gets the whole file (200), as a server may answer; one past the end 416.
async function partial(response, range) {
  const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  if (!m || (m[1] === '' && m[2] === '')) return response;
  const body = await response.arrayBuffer();
  const size = body.byteLength;
  const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1]);
  const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || start > end) {
    return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${size}` } });
  }
  const headers = new Headers(response.headers);
  headers.delete('Content-Encoding');
  headers.set('Content-Range', `bytes ${start}-${end}/${size}`);
  headers.set('Content-Length', String(end - start + 1));
  return new Response(body.slice(start, end + 1), { status: 206, statusText: 'Partial Content', headers });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  const path = url.origin + url.pathname;
  let key = null;
  if (request.mode === 'navigate' && PAGES.has(path)) key = path;
  else if (FILES.has(url.href)) key = url.href;
  if (!key) return; // not the build's: the network, untouched
  event.respondWith(
    (async () => {
      const cached = await caches.match(key, { cacheName: CACHE });
      // The cache gone (storage cleared under us): the network, as if there were no worker.
      if (!cached) return fetch(request);
      const range = request.headers.get('Range');
      return range ? partial(cached, range) : cached;
    })(),
  );
});
