// A page on another origin framing the iframe embed: the frame's address is this page's
// `?src=`. Keeps every message any frame posts to it, exactly as received (for the test).
window.waymarkMessages = [];
addEventListener('message', (e) => window.waymarkMessages.push(e.data));
addEventListener('DOMContentLoaded', () => {
  document.querySelector('iframe').src = new URLSearchParams(location.search).get('src');
});
