// Benchmark of the first screen (issue 13, item 5): the release build's standalone page
// (`/?service=dibao`) beside the floor, a hand-written single-file page of the same screens
// (bench/floor/dibao.html), in headless Chromium with the CPU slowed 4× and the network at
// 1.6 Mbps down / 750 kbps up / 150 ms round trip, cold cache (a fresh browser context each
// round), medians of N rounds; then Lighthouse's mobile run of each page once.
//
// A benchmark, not a test: it prints each metric, the ratio to the floor and whether the issue's
// target holds, and exits 0 whatever the numbers (non-zero only when it could not measure).
//
//   bash scripts/build.sh && node scripts/bench.mjs [--rounds 7] [--warmup 1] [--write]
//                                                   [--lighthouse-runs 1] [--no-lighthouse] [--verbose]
//
// --write also writes the tables to bench/results.md. The pages are served by a small static
// server started here, on 127.0.0.1, as a production server would: text, JSON, SVG and wasm
// compressed with brotli (quality 11, made once at start, as for precompressed .br files) when
// the browser accepts it, gzip otherwise.
import { chromium } from '@playwright/test';
import { execFile, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const DIST = join(ROOT, 'dist');
const FLOOR = join(ROOT, 'bench', 'floor');

// ---- options ----------------------------------------------------------------------------
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : fallback;
};
const ROUNDS = opt('--rounds', 7);
const WARMUP = opt('--warmup', 1);
const WRITE = argv.includes('--write');
const LIGHTHOUSE = !argv.includes('--no-lighthouse');
const LH_RUNS = opt('--lighthouse-runs', 1); // the median score of this many runs
const VERBOSE = argv.includes('--verbose'); // also print every request of every round
const TIMEOUT = 90_000; // ms for any one step of a round

// The issue's conditions: CPU 4× slower, 1.6 Mbps down, 750 kbps up, 150 ms round trip.
const CPU_RATE = 4;
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

// The issue's targets (KB = 1000 bytes, as scripts/size.mjs counts).
const TARGET = {
  fcpRatio: 1.5,
  controlRatio: 1.5,
  tapAbsoluteMs: 2500,
  nextRatio: 1.2,
  lhPerformance: 95,
  lhAccessibility: 100,
  bytesBeforePaint: 20_000,
  bytesFirstQuestion: 200_000,
};

// The words the bench looks for, from the widget's and the service's own Fluent files.
const WORDS = { start: '开始', next: '下一步', q1: '您的户口在哪里?', q2: '家里一共几口人?', q1Answer: '本县农村' };

const PAGES = [
  { name: 'floor', path: '/floor/dibao.html' },
  { name: 'Waymark', path: '/?service=dibao' },
];

if (!existsSync(join(DIST, 'core', 'waymark_bg.wasm'))) {
  console.error('dist/ has no release build: run `bash scripts/build.sh` first');
  process.exit(1);
}

// ---- the server ---------------------------------------------------------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.ftl', '.svg', '.wasm', '.txt']);
const files = new Map(); // absolute path -> { raw, br, gz }
const load = (file) => {
  let f = files.get(file);
  if (!f) {
    const raw = readFileSync(file);
    f = { raw };
    if (COMPRESSIBLE.has(extname(file))) {
      f.br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
      f.gz = gzipSync(raw, { level: 9 });
    }
    files.set(file, f);
  }
  return f;
};
// Every byte the server sends (bodies and headers), whoever asked: the page or its service worker.
let served = 0;
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const base = url.pathname.startsWith('/floor/') ? FLOOR : DIST;
  const rel = url.pathname.startsWith('/floor/') ? url.pathname.slice('/floor'.length) : url.pathname;
  let file = normalize(join(base, decodeURIComponent(rel)));
  if (!file.startsWith(base)) file = base; // no way out of the roots
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const count = (status, headers, body) => {
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    const head = Object.entries(headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 20);
    served += head + (req.method === 'HEAD' || !body ? 0 : body.length);
  };
  if (!existsSync(file) || !statSync(file).isFile()) {
    count(404, { 'Content-Type': 'text/plain' }, Buffer.from('not found'));
    return;
  }
  const f = load(file);
  const accept = String(req.headers['accept-encoding'] || '');
  const headers = { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' };
  let body = f.raw;
  if (f.br) {
    headers.Vary = 'Accept-Encoding';
    if (/\bbr\b/.test(accept)) [body, headers['Content-Encoding']] = [f.br, 'br'];
    else if (/\bgzip\b/.test(accept)) [body, headers['Content-Encoding']] = [f.gz, 'gzip'];
  }
  headers['Content-Length'] = body.length;
  count(200, headers, body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;
// Compress what the pages ask for before the first round, so no round waits on brotli.
for (const f of ['index.html', 'waymark.js', 'core/waymark.js', 'core/waymark_bg.wasm']) load(join(DIST, f));
load(join(FLOOR, 'dibao.html'));

// ---- in the page ----------------------------------------------------------------------------
// Runs in every page before its own scripts: records first contentful paint and, at each
// animation frame, when the 开始 button is first visible and enabled, when each question's
// heading is first visible, and when the finger left 开始 and 下一步 (the pointerup event's own
// time, which is when the browser got the input: any wait for a busy page counts, as for INP).
// Times are ms from navigation start. Looks into open shadow roots (the guide lives in one).
function probe(words) {
  const b = (window.__bench = { fcp: null, control: null, q1: null, q2: null, tapStart: null, nextStart: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const roots = () => {
    const out = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) out.push(el.shadowRoot);
    return out;
  };
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  };
  const find = (selector, text, ok) => {
    for (const root of roots())
      for (const el of root.querySelectorAll(selector)) if (el.textContent.trim() === text && shown(el) && ok(el)) return el;
    return null;
  };
  const mark = (name, el) => {
    b[name] = performance.now();
    const r = el.getBoundingClientRect();
    window.__benchMark?.(name, b[name], r.left + r.width / 2, r.top + r.height / 2);
  };
  addEventListener(
    'pointerup',
    (e) => {
      const button = e.composedPath().find((n) => n.tagName === 'BUTTON');
      const text = button?.textContent.trim();
      if (text === words.start && b.tapStart === null) b.tapStart = e.timeStamp;
      if (text === words.next && b.q1 !== null && b.nextStart === null) b.nextStart = e.timeStamp;
    },
    true,
  );
  const tick = () => {
    let el;
    if (b.control === null && (el = find('button', words.start, (e) => !e.disabled))) mark('control', el);
    if (b.q1 === null && (el = find('h1', words.q1, () => true))) mark('q1', el);
    if (b.q1 !== null && b.q2 === null && (el = find('h1', words.q2, () => true))) mark('q2', el);
    if (b.q2 === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

// ---- one round of one page ------------------------------------------------------------------
async function measure(browser, page) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  try {
    const tab = await context.newPage();
    const marks = {};
    const waiters = {};
    const reached = (name) => (marks[name] !== undefined ? Promise.resolve() : new Promise((ok) => (waiters[name] = ok)));
    await tab.exposeFunction('__benchMark', (name, t, x, y) => {
      marks[name] = { t, x, y };
      waiters[name]?.();
    });
    await tab.addInitScript(probe, WORDS);

    const cdp = await context.newCDPSession(tab);
    const requests = new Map(); // requestId -> { url, start, end, bytes, chunks: [[t, bytes]] }
    let anchor = null; // the document request: [monotonic s, wall s]
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!anchor && e.type === 'Document') anchor = [e.timestamp, e.wallTime];
      if (!requests.has(e.requestId)) requests.set(e.requestId, { url: e.request.url, start: e.timestamp, end: null, bytes: 0, chunks: [] });
    });
    cdp.on('Network.dataReceived', (e) => requests.get(e.requestId)?.chunks.push([e.timestamp, e.encodedDataLength]));
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) [r.end, r.bytes] = [e.timestamp, e.encodedDataLength];
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });

    const servedBefore = served;
    const within = (p, what) =>
      Promise.race([p, new Promise((_, no) => setTimeout(() => no(new Error(`${page.name}: no ${what} within ${TIMEOUT} ms`)), TIMEOUT))]);
    await tab.goto(ORIGIN + page.path, { waitUntil: 'commit', timeout: TIMEOUT });
    await within(reached('control'), `visible, enabled ${WORDS.start}`);
    // Touch 开始 where it is, in the frame it appears, as someone waiting for it would (a plain
    // touch: Playwright's own checks before a tap take seconds in a page slowed 4×).
    await tab.touchscreen.tap(marks.control.x, marks.control.y);
    const missed = await Promise.race([reached('q1').then(() => false), new Promise((ok) => setTimeout(() => ok(true), 5000))]);
    if (missed && (await tab.evaluate(() => window.__bench.tapStart)) === null) {
      // The button moved before the touch landed: touch it again, found afresh.
      console.log(`  ${page.name}: the touch missed ${WORDS.start}; touching it again`);
      await tab.getByRole('button', { name: WORDS.start, exact: true }).tap({ timeout: TIMEOUT });
    }
    await within(reached('q1'), `first question (${WORDS.q1})`);
    await tab.getByRole('radio', { name: WORDS.q1Answer, exact: true }).check({ timeout: TIMEOUT });
    await tab.getByRole('button', { name: WORDS.next, exact: true }).tap({ timeout: TIMEOUT });
    await within(reached('q2'), `second question (${WORDS.q2})`);

    const b = await tab.evaluate(() => ({ ...window.__bench, origin: performance.timeOrigin }));
    if (b.fcp === null || b.tapStart === null || b.nextStart === null) throw new Error(`${page.name}: incomplete marks ${JSON.stringify(b)}`);
    if (!anchor) throw new Error(`${page.name}: no document request seen`);
    // CDP's clock (monotonic seconds) to the page's (ms from navigation start), through the
    // document request's wall time.
    const pageTime = (t) => anchor[1] * 1000 + (t - anchor[0]) * 1000 - b.origin;
    const bytesBy = (ms) => {
      let n = 0;
      for (const r of requests.values()) {
        if (r.end !== null && pageTime(r.end) <= ms) n += r.bytes;
        else for (const [t, bytes] of r.chunks) if (pageTime(t) <= ms) n += bytes;
      }
      return n;
    };
    if (VERBOSE) {
      console.log(`  ${page.name}: FCP ${b.fcp.toFixed(0)}, control ${b.control.toFixed(0)}, q1 ${b.q1.toFixed(0)} ms; requests (ms from navigation start):`);
      for (const r of requests.values()) {
        const chunks = r.chunks.reduce((n, [, bytes]) => n + bytes, 0);
        const end = r.end === null ? '   -' : pageTime(r.end).toFixed(0).padStart(5);
        console.log(`    ${pageTime(r.start).toFixed(0).padStart(5)} → ${end}  ${String(r.bytes).padStart(7)} B (chunks ${chunks})  ${r.url.slice(0, 90)}`);
      }
    }
    return {
      fcp: b.fcp,
      control: b.control,
      tap: b.q1 - b.tapStart,
      toQ1: b.q1,
      next: b.q2 - b.nextStart,
      bytesBeforePaint: bytesBy(b.fcp),
      bytesFirstQuestion: bytesBy(b.q1),
      bytesTotal: bytesBy(b.q2),
      requests: [...requests.values()].filter((r) => pageTime(r.start) <= b.q2 && !r.url.startsWith('data:')).length,
      served: served - servedBefore,
    };
  } finally {
    await context.close();
  }
}

// ---- Lighthouse ---------------------------------------------------------------------------------
const CHROME = process.env.CHROMIUM || execSync('command -v chromium').toString().trim();
async function lighthouse(page) {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-lh-'));
  const out = join(dir, 'report.json');
  try {
    await promisify(execFile)(
      join(ROOT, 'node_modules', '.bin', 'lighthouse'),
      [
        ORIGIN + page.path,
        '--only-categories=performance,accessibility',
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking',
      ],
      { env: { ...process.env, CHROME_PATH: CHROME }, timeout: 180_000 },
    );
    const lhr = JSON.parse(readFileSync(out, 'utf8'));
    const score = (c) => Math.round(lhr.categories[c].score * 100);
    const audit = (a) => lhr.audits[a]?.displayValue ?? '';
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      // benchmarkIndex: Lighthouse's measure of this machine's speed at the time (a busy
      // machine scores low, and Lighthouse then warns that its performance score suffers).
      detail:
        `FCP ${audit('first-contentful-paint')}, LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, ` +
        `SI ${audit('speed-index')}, benchmarkIndex ${Math.round(lhr.environment?.benchmarkIndex ?? 0)}` +
        (lhr.runWarnings?.some((w) => /slower CPU/.test(w)) ? ' (Lighthouse warns: slower CPU than it expects)' : ''),
      version: lhr.lighthouseVersion,
    };
  } catch (e) {
    return { error: String(e.message || e).split('\n')[0] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- run ------------------------------------------------------------------------------------------
const sh = (cmd) => {
  try {
    return execSync(cmd, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return '?';
  }
};
const load1 = () => sh("cut -d' ' -f1-3 /proc/loadavg");
const machine = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  cpus: sh('nproc'),
  model: sh("lscpu | sed -n 's/^Model name: *//p'"),
  chromium: sh(`${CHROME} --version`),
  loadBefore: load1(),
};
console.log(`bench: ${ROUNDS} rounds (+${WARMUP} warm-up) of each page at ${ORIGIN}, ${machine.chromium}, ${machine.cpus} CPUs, load ${machine.loadBefore}`);

const browser = await chromium.launch({
  executablePath: CHROME,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = Object.fromEntries(PAGES.map((p) => [p.name, []]));
try {
  for (let round = -WARMUP; round < ROUNDS; round++) {
    // Alternate which page goes first, so neither always meets the machine in the same state.
    for (const page of round % 2 ? [...PAGES].reverse() : PAGES) {
      const r = await measure(browser, page);
      if (round >= 0) results[page.name].push(r);
      const f = (x) => x.toFixed(0).padStart(5);
      console.log(
        `${round < 0 ? 'warm-up' : `round ${round + 1}`}`.padEnd(9) +
          ` ${page.name.padEnd(8)} FCP ${f(r.fcp)}  control ${f(r.control)}  tap→q1 ${f(r.tap)}  next→q2 ${f(r.next)} ms  ` +
          `bytes: before paint ${r.bytesBeforePaint}, first question ${r.bytesFirstQuestion}, total ${r.bytesTotal} (${r.requests} requests); served ${r.served}`,
      );
    }
  }
} finally {
  await browser.close();
}
const lh = {};
if (LIGHTHOUSE) {
  for (const page of PAGES) {
    const runs = [];
    for (let i = 0; i < LH_RUNS; i++) {
      runs.push(await lighthouse(page));
      console.log(`lighthouse ${page.name}: ${JSON.stringify(runs[i])}`);
    }
    const ok = runs.filter((r) => !r.error).sort((a, b) => a.performance - b.performance);
    lh[page.name] = ok.length ? { ...ok[(ok.length - 1) >> 1], accessibility: Math.min(...ok.map((r) => r.accessibility)) } : runs[0];
  }
}
server.close();
machine.loadAfter = load1();

// ---- report --------------------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const med = (page, key) => median(results[page].map((r) => r[key]));
const ms = (x) => `${Math.round(x)} ms`;
const kb = (x) => `${(x / 1000).toFixed(1)} KB`;
const holds = (ok) => (ok ? 'yes' : '**no**');
const rows = [];
const row = (metric, key, fmt, target, ok) => {
  const [floor, wm] = [med('floor', key), med('Waymark', key)];
  const ratio = floor > 0 ? `${(wm / floor).toFixed(2)}×` : '–';
  rows.push([metric, fmt(floor), fmt(wm), ratio, target, holds(ok(wm, floor))]);
};
row('first contentful paint', 'fcp', ms, `≤ ${TARGET.fcpRatio}× floor`, (w, f) => w <= TARGET.fcpRatio * f);
row(`first control (${WORDS.start}) visible and enabled`, 'control', ms, `≤ ${TARGET.controlRatio}× floor`, (w, f) => w <= TARGET.controlRatio * f);
row(`tap ${WORDS.start} → first question shown`, 'tap', ms, `≤ ${TARGET.tapAbsoluteMs} ms`, (w) => w <= TARGET.tapAbsoluteMs);
row('(navigation → first question, tapping at once)', 'toQ1', ms, '–', () => true);
rows[rows.length - 1][5] = '–';
row(`${WORDS.next} → new heading shown`, 'next', ms, `≤ ${TARGET.nextRatio}× floor`, (w, f) => w <= TARGET.nextRatio * f);
row('bytes before first paint (transfer)', 'bytesBeforePaint', kb, `≤ ${kb(TARGET.bytesBeforePaint)}`, (w) => w <= TARGET.bytesBeforePaint);
row('bytes to the first question (transfer)', 'bytesFirstQuestion', kb, `< ${kb(TARGET.bytesFirstQuestion)}`, (w) => w < TARGET.bytesFirstQuestion);
row('bytes to the second question (transfer)', 'bytesTotal', kb, '–', () => true);
rows[rows.length - 1][5] = '–';
row('(bytes the server sent, service worker included)', 'served', kb, '–', () => true);
rows[rows.length - 1][5] = '–';
if (LIGHTHOUSE) {
  const score = (p, c) => (lh[p].error ? 'failed' : String(lh[p][c]));
  const lhOk = (c, min) => !lh.Waymark.error && lh.Waymark[c] >= min;
  rows.push(['Lighthouse mobile: performance', score('floor', 'performance'), score('Waymark', 'performance'), '–', `≥ ${TARGET.lhPerformance}`, holds(lhOk('performance', TARGET.lhPerformance))]);
  rows.push(['Lighthouse mobile: accessibility', score('floor', 'accessibility'), score('Waymark', 'accessibility'), '–', `${TARGET.lhAccessibility}`, holds(lhOk('accessibility', TARGET.lhAccessibility))]);
}
const table = (head, body) => [`| ${head.join(' | ')} |`, `| ${head.map((h, i) => (i ? '---:' : '---')).join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const perRound = PAGES.flatMap((p) =>
  results[p.name].map((r, i) => [p.name, i + 1, Math.round(r.fcp), Math.round(r.control), Math.round(r.tap), Math.round(r.toQ1), Math.round(r.next), r.bytesBeforePaint, r.bytesFirstQuestion, r.bytesTotal]),
);
const report = [
  `Medians of ${ROUNDS} rounds (after ${WARMUP} warm-up), headless Chromium, CPU ${CPU_RATE}× slower, ${NETWORK.downloadThroughput * 0.008} kbps down / ${NETWORK.uploadThroughput * 0.008} kbps up / ${NETWORK.latency} ms latency, cold cache; server: brotli q11. KB = 1000 bytes.`,
  '',
  table(['metric', 'floor', 'Waymark', 'ratio', 'target', 'holds'], rows),
  '',
  LIGHTHOUSE
    ? `Lighthouse ${PAGES.map((p) => lh[p.name].version).find(Boolean) ?? ''} (mobile preset, simulated throttling, ${LH_RUNS === 1 ? 'one run' : `median performance of ${LH_RUNS} runs, lowest accessibility`}): ` +
      PAGES.map((p) => `${p.name}: ${lh[p.name].error ? `failed: ${lh[p.name].error}` : lh[p.name].detail}`).join('; ') + '.'
    : 'Lighthouse: not run (--no-lighthouse).',
  '',
  `Measured ${machine.date} on ${machine.cpus} CPUs (${machine.model}), ${machine.chromium}; load average ${machine.loadBefore} before, ${machine.loadAfter} after.`,
  '',
  'Every round (ms from navigation start for FCP, control and → first question; ms from the touch for the taps; bytes):',
  '',
  table(['page', 'round', 'FCP', 'control', 'tap → q1', 'nav → q1', 'next → q2', 'bytes before paint', 'bytes to q1', 'bytes to q2'], perRound),
].join('\n');
console.log(`\n${report}`);
if (WRITE) {
  writeFileSync(join(ROOT, 'bench', 'results.md'), `# Benchmark of the first screen\n\nWritten by \`node scripts/bench.mjs --write\`.\n\n${report}\n`);
  console.log('\nwritten: bench/results.md');
}
