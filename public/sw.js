// Waymark's service worker (standalone and kiosk page): after one visit the guide works with
// the network off. `waymark precache` writes dist/sw.js from this file, putting the build's
// file list and its content version where the marker is, so every new build is a new worker.
//
// - install: keep every listed file in a cache named after the version. The new worker then
//   waits: a guide in progress is never switched under a person's feet.
// - the page asks the waiting worker to take over when the person presses 重新开始 (the page
//   then reloads); otherwise it takes over on the next visit, when no page uses the old one.
// - activate: delete older Waymark caches (only ours, and only after the new one is ready).
//   Drafts live in localStorage, never in these caches: updating never touches them.
// - fetch: same-origin GETs come from the cache first; anything else of ours (recordings,
//   later) is cached when first used. Nothing is ever sent anywhere else.
const PRECACHE = /*precache*/null;
const CACHE = `waymark-${PRECACHE.version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.files.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('waymark-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // The standalone page, however it is asked for (`./`, `./index.html`, `?service=dibao`).
      const scope = new URL('./', self.location).pathname;
      const page = request.mode === 'navigate' && (url.pathname === scope || url.pathname === `${scope}index.html`);
      const cached = await cache.match(page ? new URL('./', self.location).href : request, { ignoreSearch: page });
      if (cached) return cached;
      const response = await fetch(request);
      if (response.ok) cache.put(request, response.clone());
      return response;
    })(),
  );
});
