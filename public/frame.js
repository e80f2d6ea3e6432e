// The iframe embed: frame.html?service=dibao&lang=zh-CN&region=demo-county on Waymark's own
// origin, so it works offline after one visit (its service worker) even when the host page
// cannot run scripts from us. It tells the page around it its height and the guide's events
// (postMessage; no answers unless `share-answers` is in the URL), and nothing else.
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

const tell = (message) => {
  if (window.parent !== window) window.parent.postMessage({ waymark: message.type, ...message }, '*');
};
let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) tell({ type: 'height', height: (last = height) });
}).observe(document.documentElement);
for (const type of ['waymark-step', 'waymark-finish']) {
  guide.addEventListener(type, (e) => tell({ type, detail: e.detail }));
}
