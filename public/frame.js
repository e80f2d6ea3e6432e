// The iframe embed: frame.html?service=dibao&lang=zh-CN&region=demo-county on Waymark's own
// origin, so it works offline after one visit (its service worker) even when the host page
// cannot run scripts from us. It tells the page around it its height (any page may know it:
// the message carries nothing else) and, only if that page's origin is listed in
// embed-origins.json, the guide's events (with `share-answers` in the URL, the answers). Any
// site can frame this page, so nothing else is ever posted to '*'.
import './waymark.js';

const params = new URLSearchParams(location.search);
const guide = document.createElement('waymark-guide');
for (const name of ['service', 'lang', 'region']) {
  const value = params.get(name);
  if (value) guide.setAttribute(name, value);
}
if (params.has('share-answers')) guide.setAttribute('share-answers', '');
guide.setAttribute('offline', '');
if (params.get('lang')) document.documentElement.lang = params.get('lang');
document.querySelector('main').append(guide);

const framed = window.parent !== window;
const origin = (text) => {
  try {
    return new URL(text).origin;
  } catch {
    return null;
  }
};
// The host pages the deployer trusts with the guide's events: Waymark's own origin and those
// in embed-origins.json (a JSON array of origins, part of the build; empty by default).
const trusted = fetch('embed-origins.json')
  .then((r) => (r.ok ? r.json() : []))
  .catch(() => [])
  .then((list) => [location.origin, ...(Array.isArray(list) ? list : []).map(origin)].filter((o) => o && o !== 'null'));
// Where to send: the parent's origin as the browser reports it is used only to pick from the
// list (so no message is posted to a page that could not receive it); what enforces is
// postMessage's targetOrigin, which the browser checks against the real parent.
const parentOrigin = origin((location.ancestorOrigins && location.ancestorOrigins[0]) || document.referrer);
const tellTrusted = (message) =>
  trusted.then((list) => {
    if (!framed) return;
    const targets = parentOrigin ? list.filter((o) => o === parentOrigin) : list;
    for (const target of targets) window.parent.postMessage(message, target);
  });

let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (framed && height !== last) window.parent.postMessage({ waymark: 'height', height: (last = height) }, '*');
}).observe(document.documentElement);
for (const type of ['waymark-step', 'waymark-finish']) {
  guide.addEventListener(type, (e) => tellTrusted({ waymark: type, detail: e.detail }));
}
