// Size budget: the bytes a phone downloads before it can show the first question, by both
// ways in: a service's own page (`?service=dibao`) and the home page (您要办什么事?). Prints
// raw, gzip (-9) and brotli (quality 11) sizes of each file and the totals, and fails when a
// brotli total is above the budget. Run after scripts/build.sh.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGET_BROTLI = 200_000; // bytes; the budget. Aim: 120 KB.
const dist = new URL('../dist/', import.meta.url);
// wasm-bindgen's JS snippets (imported by core/waymark.js at start).
const snippets = existsSync(new URL('core/snippets/', dist))
  ? readdirSync(new URL('core/snippets/', dist), { recursive: true })
      .filter((f) => String(f).endsWith('.js'))
      .map((f) => `core/snippets/${f}`)
  : [];
// The CSS is compiled into the wasm (injected into the widget's own root): no file of its own.
// The QR module (dist/qr/) loads only on result pages.
const app = ['index.html', 'waymark.js', 'core/waymark.js', 'core/waymark_bg.wasm', ...snippets];
const ways = {
  'a service (?service=dibao)': [
    ...app,
    'compiled/regions/demo-county.bin',
    'compiled/services/dibao.bin',
    'locales/zh-CN/catalog.ftl',
    'locales/zh-CN/regions/demo-county.ftl',
    'locales/zh-CN/services/dibao.ftl',
  ],
  'the home page': [...app, 'compiled/home.bin', 'locales/zh-CN/catalog.ftl', 'locales/zh-CN/titles.ftl'],
};

const pad = (s, n) => String(s).padStart(n);
let failed = 0;
let passed = 0;
for (const [way, files] of Object.entries(ways)) {
  const rows = [];
  for (const f of files) {
    const url = new URL(f, dist);
    if (!existsSync(url)) {
      console.error(`missing: dist/${f} (run scripts/build.sh first)`);
      failed++;
      continue;
    }
    const buf = readFileSync(url);
    const gz = gzipSync(buf, { level: 9 }).length;
    const br = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    rows.push({ file: f, raw: buf.length, gzip: gz, brotli: br });
  }
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`\n${way}`);
  console.log(`${'file'.padEnd(44)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
  for (const r of [...rows, { file: 'TOTAL', ...total }]) {
    console.log(`${r.file.padEnd(44)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
  }
  const ok = total.brotli <= BUDGET_BROTLI;
  ok ? passed++ : failed++;
  console.log(`budget: ${total.brotli} of ${BUDGET_BROTLI} bytes brotli (${((100 * total.brotli) / BUDGET_BROTLI).toFixed(0)}%) ${ok ? 'ok' : 'OVER'}`);
}
console.log(`size: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
