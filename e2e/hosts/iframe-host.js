// The host's side of the iframe embed, as docs/embedding.md gives it: size the frame to the
// guide, and keep its events (for the test to read).
window.waymarkEvents = [];
addEventListener('message', (e) => {
  const frame = [...document.querySelectorAll('iframe[data-waymark]')].find((f) => f.contentWindow === e.source);
  if (!frame || !e.data || typeof e.data.waymark !== 'string') return;
  if (e.data.waymark === 'height') frame.style.blockSize = `${e.data.height}px`;
  else window.waymarkEvents.push({ type: e.data.waymark, detail: e.data.detail });
});
