// What a guide shows when the WebAssembly has trapped (see waymark.js): the widget cannot say
// anything any more, so its words are read from the language's Fluent file here, and a button
// loads the page afresh. Loaded only when that happens.

/** `message` (or `message.attr`) from a Fluent file's text: single-line values only. */
function fluentWord(ftl, id) {
  const [name, attr] = id.split('.');
  const lines = ftl.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${name} =`));
  if (at < 0) return null;
  if (!attr) return lines[at].slice(name.length + 2).trim();
  for (const line of lines.slice(at + 1)) {
    if (!/^\s/.test(line)) break;
    const m = line.match(/^\s+\.(\S+)\s*=\s*(.*)$/);
    if (m && m[1] === attr) return m[2].trim();
  }
  return null;
}

/** Replace the guide in `shadow` with the failure message in `lang` (Waymark's files at `here`). */
export async function showTrapped(shadow, lang, here) {
  const read = (l) => fetch(new URL(`locales/${l}/widget.ftl`, here)).then((r) => (r.ok ? r.text() : ''), () => '');
  const [own, zh] = await Promise.all([read(lang), lang === 'zh-CN' ? '' : read('zh-CN')]);
  const word = (id) => fluentWord(own, id) ?? fluentWord(zh, id) ?? '…';
  const box = document.createElement('div');
  box.className = 'wm-root wm-problem';
  box.setAttribute('role', 'alert');
  box.lang = own ? lang : 'zh-CN';
  const title = document.createElement('h2');
  title.className = 'wm-heading-m';
  title.textContent = word('load-failed');
  const text = document.createElement('p');
  text.textContent = word('load-failed.text');
  const again = document.createElement('button');
  again.type = 'button';
  again.className = 'wm-button';
  again.textContent = word('retry');
  again.addEventListener('click', () => location.reload());
  box.append(title, text, again);
  shadow.replaceChildren(box);
}

