// Helpers shared by the browser tests under tests/js/: the sopgen binary,
// temporary folders, building and bundling sites, `sopgen serve` as a child
// process, and Debian's Chromium driven by playwright-core.
'use strict';

const assert = require('node:assert/strict');
const cp = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const url = require('node:url');

const REPO = path.resolve(__dirname, '..', '..');
const BIN = process.env.SOPGEN_BIN || path.join(REPO, 'target', 'debug', 'sopgen');
/// The generator of synthetic catalogues (crates/sopgen-synth), which the
/// binary users install does not have.
const SYNTH_BIN = process.env.SOPGEN_SYNTH_BIN || path.join(REPO, 'target', 'debug', 'sopgen-synth');
const FIXTURES = path.join(REPO, 'tests', 'fixtures');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/// Generous limits: the machine may be busy with the Rust tests.
const TIMEOUT = 30_000;
/// The limit of a whole test file.
const FILE_TIMEOUT = 240_000;

/// Why the browser tests cannot run here (null when they can); as
/// tests/suite/common/browser.rs, SOPGEN_SKIP_BROWSER=1 skips them.
function browserSkip() {
  if (process.env.SOPGEN_SKIP_BROWSER === '1') return 'SOPGEN_SKIP_BROWSER=1';
  return null;
}

/// Builds target/debug/sopgen and target/debug/sopgen-synth when cargo
/// test has not (a `before` hook): `cargo build` at the root builds both.
function ensureBinary() {
  if (fs.existsSync(BIN) && fs.existsSync(SYNTH_BIN)) return;
  const r = cp.spawnSync('cargo', ['build', '--quiet'], { cwd: REPO, stdio: 'inherit' });
  assert.equal(r.status, 0, 'cargo build failed');
  assert.ok(fs.existsSync(BIN), `no ${BIN} after cargo build`);
  assert.ok(fs.existsSync(SYNTH_BIN), `no ${SYNTH_BIN} after cargo build`);
}

/// Runs `sopgen ARGS`; throws with its output when it fails (unless `ok`
/// says otherwise).
function sopgen(args, { cwd = REPO, env = {}, ok = true } = {}) {
  const r = cp.spawnSync(BIN, ['--color=never', ...args], {
    cwd,
    env: { SOPGEN_LANG: 'en', ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (r.error) throw r.error;
  const out = { code: r.status, stdout: r.stdout, stderr: r.stderr };
  if (ok && r.status !== 0) {
    throw new Error(`sopgen ${args.join(' ')} exited ${r.status}\n${r.stderr}\n${r.stdout}`);
  }
  return out;
}

/// Writes a synthetic catalogue of `count` SOPs into the new folder `root`
/// (`sopgen-synth --count N --seed S --root DIR`).
function generate(root, count, seed = 1) {
  const args = ['--count', String(count), '--seed', String(seed), '--root', root];
  const r = cp.spawnSync(SYNTH_BIN, args, { encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    throw new Error(`sopgen-synth ${args.join(' ')} exited ${r.status}\n${r.stderr}\n${r.stdout}`);
  }
}

/// A fresh temporary folder; `rm(dir)` removes it.
function tempDir(label) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `sopgen-js-${label}-`));
}

function rm(dir) {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/// Copies a fixture site (e.g. "valid/full") into `to`.
function copyFixture(rel, to) {
  fs.cpSync(path.join(FIXTURES, rel), to, { recursive: true });
  return to;
}

/// `sopgen build --root ROOT --output OUT`.
function build(root, out, extra = []) {
  return sopgen(['build', '--root', root, '--output', out, ...extra]);
}

/// `sopgen bundle` of `root` into `zip` (reproducible date), unpacked into
/// `into`; returns the folder holding the bundle's index.html.
function bundle(root, zip, into) {
  sopgen(['bundle', '--root', root, '--output', zip], { env: { SOURCE_DATE_EPOCH: '1795219200' } });
  unzip(zip, into);
  const top = fs.readdirSync(into).filter((n) => fs.existsSync(path.join(into, n, 'index.html')));
  assert.equal(top.length, 1, `the zip unpacks to one folder with an index.html: ${fs.readdirSync(into)}`);
  return path.join(into, top[0]);
}

/// Unpacks a zip with python3's zipfile (an independent reader).
function unzip(zip, into) {
  fs.mkdirSync(into, { recursive: true });
  const r = cp.spawnSync('python3', [
    '-c',
    'import zipfile,sys; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; z.extractall(sys.argv[2])',
    zip,
    into,
  ], { encoding: 'utf8' });
  assert.equal(r.status, 0, `unzip failed: ${r.stderr}`);
}

function fileUrl(p) {
  return url.pathToFileURL(p).href;
}

/// A running `sopgen serve`; `stop()` kills it. `lines` collects its
/// stdout and stderr, `waitFor(re)` waits for a line.
function serve(args) {
  const child = cp.spawn(BIN, ['--color=never', 'serve', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { SOPGEN_LANG: 'en', ...process.env },
  });
  const lines = [];
  const watchers = [];
  const partial = { out: '', err: '' };
  const take = (which) => (chunk) => {
    const parts = (partial[which] + chunk.toString('utf8')).split('\n');
    partial[which] = parts.pop();
    for (const line of parts) {
      if (line === '') continue;
      lines.push(line);
      for (const w of watchers.slice()) {
        if (w.re.test(line)) {
          watchers.splice(watchers.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  };
  child.stdout.on('data', take('out'));
  child.stderr.on('data', take('err'));
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  function waitFor(re, ms = TIMEOUT) {
    const seen = lines.find((l) => re.test(l));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const w = { re, resolve };
      watchers.push(w);
      const timer = setTimeout(() => {
        watchers.splice(watchers.indexOf(w), 1);
        reject(new Error(`sopgen serve printed no line matching ${re} in ${ms} ms:\n${lines.join('\n')}`));
      }, ms);
      const done = w.resolve;
      w.resolve = (l) => {
        clearTimeout(timer);
        done(l);
      };
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`sopgen serve exited (${code}):\n${lines.join('\n')}`));
      });
    });
  }
  const ready = waitFor(/Serving .* at http:\/\/127\.0\.0\.1:\d+\//).then((line) => {
    const port = Number(/http:\/\/127\.0\.0\.1:(\d+)\//.exec(line)[1]);
    const origin = `http://127.0.0.1:${port}`;
    return { port, origin };
  });
  ready.catch(() => {}); // awaited by the caller; no unhandled rejection after stop()
  function stop() {
    if (exited) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
      setTimeout(() => {
        if (!exited) child.kill('SIGKILL');
      }, 3000).unref();
    });
  }
  return { child, lines, ready, waitFor, stop };
}

/// Headless Chromium (one per test file). Chromium now and then dies
/// while starting on a loaded machine, before any page is opened: then it
/// gets one more try.
async function launch() {
  const { chromium } = require('playwright-core');
  const options = { executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: TIMEOUT };
  try {
    return await chromium.launch(options);
  } catch (e) {
    console.error(`note: Chromium did not start (${String(e.message).split('\n')[0]}); trying once more`);
    return chromium.launch(options);
  }
}

/// A new page whose every request is recorded in `page.requests`, and
/// whose script errors are recorded in `page.errors`.
async function newPage(context, options = {}) {
  const page = await context.newPage(options);
  page.setDefaultTimeout(TIMEOUT);
  page.requests = [];
  page.errors = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return page;
}

/// Runs `test(page)` on a new page of `browser` (or a context), then
/// checks that the page asked nothing of the network (but `origins`) and
/// that no script failed; closes the page. Returns what `test` returned.
async function onCleanPage(browser, test, { origins = [], options = {} } = {}) {
  const page = await newPage(browser, options);
  try {
    const result = await test(page);
    assert.deepEqual(foreignRequests(page.requests, origins), [], 'no requests off the machine');
    assert.deepEqual(page.errors, [], 'no script errors');
    return result;
  } finally {
    await page.close();
  }
}

/// Runs `attempt(page)` on a fresh page of `browser`, for pages served by
/// `sopgen serve`; returns the page and what `attempt` returned. (No
/// retries: a stalled load is a failure of the server.)
async function onServedPage(browser, label, attempt, { options = {} } = {}) {
  const page = await newPage(browser, options);
  try {
    return { page, result: await attempt(page) };
  } catch (e) {
    await page.close().catch(() => {});
    e.message = `${label}: ${e.message}`;
    throw e;
  }
}

/// The requests that left the machine (anything but file:// and `origins`).
function foreignRequests(requests, origins = []) {
  return requests.filter((u) => {
    if (u.startsWith('file://')) return false;
    if (u.startsWith('data:') || u.startsWith('about:')) return false;
    return !origins.some((o) => u === o || u.startsWith(o + '/'));
  });
}

/// Waits for the search page to have ranked `query` (the status names it
/// and the run finished); returns the results as site-relative URLs
/// ("dinsos-ntb/mekanisme-pengumpulan-data-kinerja/"), with their snippets.
async function searchResults(page, query, siteRoot) {
  const q = query.trim();
  await page.waitForFunction(
    (q) => {
      const p = document.getElementById('halaman-cari');
      const s = document.getElementById('status-cari');
      return p && p.hasAttribute('data-siap') && s && s.textContent.includes('\u201c' + q + '\u201d');
    },
    q
  );
  const found = await page.$$eval('#hasil-cari a.search-result', (as) =>
    as.map((a) => ({
      href: a.href,
      snippet: a.closest('li').querySelector('.cuplikan').innerHTML,
    }))
  );
  return found.map((r) => ({ url: siteRelative(r.href, siteRoot), snippet: r.snippet }));
}

/// A URL as a path under the site's root URL, without "index.html".
function siteRelative(href, siteRoot) {
  const bare = (s) => {
    const u = new URL(s);
    return decodeURIComponent((u.protocol === 'file:' ? 'file://' : u.origin) + u.pathname);
  };
  let root = bare(siteRoot);
  if (!root.endsWith('/')) root += '/';
  const at = bare(href);
  assert.ok(at.startsWith(root), `${href} is not under ${siteRoot}`);
  return at.slice(root.length).replace(/index\.html$/, '');
}

/// `sopgen search --json`'s result URLs for `query` on the site at `root`.
function cliSearch(root, query, extra = []) {
  const r = sopgen(['search', '--json', '--limit', '100', '--root', root, ...extra, query]);
  return JSON.parse(r.stdout);
}

module.exports = {
  REPO,
  BIN,
  SYNTH_BIN,
  FIXTURES,
  TIMEOUT,
  FILE_TIMEOUT,
  browserSkip,
  ensureBinary,
  sopgen,
  generate,
  tempDir,
  rm,
  copyFixture,
  build,
  bundle,
  unzip,
  fileUrl,
  serve,
  launch,
  newPage,
  onCleanPage,
  onServedPage,
  foreignRequests,
  searchResults,
  siteRelative,
  cliSearch,
};
