// Size budget: the bytes a phone downloads before it can show the first question.
// Prints raw, gzip (-9) and brotli (quality 11) sizes of each file and the total, and fails
// when the brotli total is above the budget. Run after scripts/build.sh.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGET_BROTLI = 200_000; // bytes; the budget. Aim: 120 KB.
const dist = new URL('../dist/', import.meta.url);
// Everything needed to show the first question of the demo. The CSS is compiled into the
// wasm (it is injected into the widget's own root), so it has no file of its own.
const files = [
  'index.html',
  'waymark.js',
  'waymark_bg.wasm',
  'catalog.json',
  'regions/demo-county.json',
  'services/dibao.json',
  'locales/zh-CN/catalog.ftl',
  'locales/zh-CN/regions/demo-county.ftl',
  'locales/zh-CN/services/dibao.ftl',
];

const rows = [];
let failed = 0;
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
const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(36)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const r of [...rows, { file: 'TOTAL', ...total }]) {
  console.log(`${r.file.padEnd(36)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
}
const ok = failed === 0 && total.brotli <= BUDGET_BROTLI;
console.log(`budget: ${total.brotli} of ${BUDGET_BROTLI} bytes brotli (${((100 * total.brotli) / BUDGET_BROTLI).toFixed(0)}%)`);
console.log(`size: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exit(ok ? 0 : 1);
