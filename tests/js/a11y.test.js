// "Hardening: accessibility": axe-core (WCAG 2.0/2.1 A and AA rules, and
// its best practices) finds
// nothing on every page type of the example catalogue, of its bundle (the
// cover and print pages), and on an SOP page at 200% zoom (a 640 px wide
// window, the width of 1280 px at 200%), which must not scroll sideways;
// nor may the pages at 320 px (WCAG 1.4.10 Reflow, 400% zoom).
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./helpers');

const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

// Violations known to come from the product and not yet fixed: a
// violating element matching one of these is not counted (but printed).
// Empty: keep it so. (The test says when an entry no longer occurs.)
const KNOWN_VIOLATIONS = [];
const knownSeen = new Set();

// Pages known not to reflow at 320 px (WCAG 1.4.10). Empty: keep it so.
const KNOWN_REFLOW = {};

let tmp;
let out; // the example catalogue, built
let bundleRoot; // and bundled
let largeOut; // a generated catalogue of 600 SOPs, built
let fullOut; // the full fixture with its draft and revoked SOPs, built
let nyataOut; // the fixture of real-world shapes (signatories, unit levels, riwayat, ...), built
let browser;

/// The first `<dir>/*/index.html` (depth levels below `dir`) of a built site.
function firstPage(root, dir, depth = 1) {
  const found = fs
    .readdirSync(path.join(root, dir), { recursive: true })
    .filter((f) => path.basename(f) === 'index.html' && f.split(path.sep).length === depth + 1)
    .sort();
  assert.ok(found.length > 0, `a page ${depth} level(s) under ${dir}/`);
  return path.posix.join(dir, found[0].split(path.sep).join('/'));
}

function readable(violations) {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n` +
        v.nodes
          .map((n) => `  - ${n.target.join(' ')}\n    ${n.html}\n    ${n.failureSummary.replace(/\n/g, '\n    ')}`)
          .join('\n')
    )
    .join('\n');
}

/// Runs axe on the page; returns the violations not on the known list.
async function axe(page, label) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS
  );
  const left = [];
  for (const v of result.violations) {
    const nodes = v.nodes.filter((n) => {
      const known = KNOWN_VIOLATIONS.findIndex((k) => k.id === v.id && k.html.test(n.html));
      if (known >= 0) knownSeen.add(known);
      return known < 0;
    });
    if (nodes.length < v.nodes.length) {
      console.log(`${label}: known violation (TODO fix): ${v.id} on ${v.nodes.length - nodes.length} element(s)`);
    }
    if (nodes.length) left.push({ ...v, nodes });
  }
  return left;
}

let context; // one browser context for every page

async function check(rel, { root = out, viewport = { width: 1280, height: 900 }, ready } = {}) {
  await h.onCleanPage(context, async (page) => {
    await page.setViewportSize(viewport);
    const [file, query] = rel.split('?');
    await page.goto(h.fileUrl(path.join(root, file)) + (query ? `?${query}` : ''));
    if (ready) await ready(page);
    await page.evaluate(() => document.fonts.ready);
    const violations = await axe(page, rel);
    assert.equal(violations.length, 0, `${rel} at ${viewport.width} px: axe finds\n${readable(violations)}`);
    const wide = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(wide[0] <= wide[1], `${rel} at ${viewport.width} px scrolls sideways: ${wide[0]} px wide`);
  });
}

describe('accessibility (axe-core)', { skip: h.browserSkip() || false, timeout: h.FILE_TIMEOUT, concurrency: 4 }, () => {
  before(async () => {
    h.ensureBinary();
    tmp = h.tempDir('a11y');
    out = path.join(tmp, 'public');
    h.build(h.REPO, out);
    bundleRoot = h.bundle(h.REPO, path.join(tmp, 'katalog.zip'), path.join(tmp, 'paket'));
    // A catalogue large enough for the home page's list of instansi and
    // for lists over several pages.
    const large = path.join(tmp, 'besar');
    h.generate(large, 600);
    largeOut = path.join(large, 'public');
    h.build(large, largeOut);
    fullOut = path.join(tmp, 'full');
    h.build(path.join(h.FIXTURES, 'valid', 'full'), fullOut, ['--drafts']);
    nyataOut = path.join(tmp, 'bentuk-nyata');
    h.build(path.join(h.FIXTURES, 'valid', 'bentuk-nyata'), nyataOut);
    browser = await h.launch();
    context = await browser.newContext();
  });

  after(async () => {
    if (browser) await browser.close();
    h.rm(tmp);
    KNOWN_VIOLATIONS.forEach((k, i) => {
      if (!knownSeen.has(i)) console.log(`note: the known violation ${k.id} ${k.html} no longer occurs: remove it from KNOWN_VIOLATIONS`);
    });
  });

  const SOPS = [
    'dinsos-ntb/mekanisme-pengumpulan-data-kinerja/index.html',
    'dkp-jambi/mekanisme-pengumpulan-data-kinerja/index.html',
    'dpmd-nganjuk/mekanisme-pengumpulan-data-kinerja/index.html',
    'dinsos-selayar/pengumpulan-data-kinerja/index.html',
    'dispersip-balangan/pengumpulan-data-kinerja/index.html',
  ];
  const PAGES = [
    ['home', () => 'index.html'],
    ...SOPS.map((p) => [`SOP ${p.split('/')[0]}`, () => p]),
    ['folder page of an agency', () => 'dinsos-ntb/index.html'],
    ['instansi index', () => 'instansi/index.html'],
    ['an instansi', () => firstPage(out, 'instansi', 1)],
    ['a unit', () => firstPage(out, 'instansi', 2)],
    ['pelaksana index', () => 'pelaksana/index.html'],
    ['an actor', () => firstPage(out, 'pelaksana', 1)],
    ['dasar hukum index', () => 'dasar-hukum/index.html'],
    ['a regulation', () => 'dasar-hukum/permenpan-rb/35/2012/index.html'],
    ['kata kunci index', () => 'kata-kunci/index.html'],
    ['a tag', () => firstPage(out, 'kata-kunci', 1)],
    ['status index', () => 'status/index.html'],
    ['a status', () => 'status/berlaku/index.html'],
    ['terbaru', () => 'terbaru/index.html'],
    ['404', () => '404.html'],
    ['the list of books', () => 'cetak/index.html'],
    ['an instansi\'s book', () => firstPage(out, 'cetak', 1)],
    ['a unit\'s book', () => firstPage(out, 'cetak', 2)],
  ];
  for (const [label, rel] of PAGES) {
    it(`${label}`, () => check(rel()));
  }

  it('the search page with results', () =>
    check('cari/index.html?q=kinerja', {
      ready: async (page) => {
        const got = await h.searchResults(page, 'kinerja', h.fileUrl(out));
        assert.ok(got.length > 0);
      },
    }));

  it('the search page with no results', () =>
    check('cari/index.html?q=qzxvblorp', { ready: (page) => h.searchResults(page, 'qzxvblorp', h.fileUrl(out)) }));

  for (const rel of [
    'sampul/index.html',
    'cetak/index.html',
    'cetak/semua/index.html',
    'index.html',
    'dinsos-ntb/mekanisme-pengumpulan-data-kinerja/index.html',
  ]) {
    it(`bundle: ${rel}`, () => check(rel, { root: bundleRoot }));
  }
  it('a large catalogue: the home page listing instansi', () => check('index.html', { root: largeOut }));
  it('a large catalogue: a list page and its second page', async () => {
    await check('status/berlaku/index.html', { root: largeOut });
    await check('status/berlaku/halaman/2/index.html', { root: largeOut });
  });

  it('the full fixture\'s SOP pages (a draft and a revoked one among them) at 1280 and 390 px', async () => {
    const pages = fs
      .readdirSync(fullOut, { recursive: true })
      .filter((f) => path.basename(f) === 'index.html')
      .filter((f) => fs.readFileSync(path.join(fullOut, f), 'utf8').includes('class="tabel-prosedur"'));
    assert.ok(pages.length >= 4, `SOP pages: ${pages}`);
    for (const p of pages) {
      await check(p, { root: fullOut });
      await check(p, { root: fullOut, viewport: { width: 390, height: 844 } });
    }
  });

  it('the real-world shapes fixture\'s SOP pages and indexes at 1280 and 390 px', async () => {
    const pages = fs
      .readdirSync(nyataOut, { recursive: true })
      .filter((f) => path.basename(f) === 'index.html')
      .filter((f) => fs.readFileSync(path.join(nyataOut, f), 'utf8').includes('class="tabel-prosedur"'));
    assert.ok(pages.length >= 8, `SOP pages: ${pages}`);
    for (const p of pages) {
      await check(p, { root: nyataOut });
      await check(p, { root: nyataOut, viewport: { width: 390, height: 844 } });
    }
    await check('dasar-hukum/index.html', { root: nyataOut });
    await check('instansi/index.html', { root: nyataOut });
  });

  it('bundle: a print page of one unit', () => check(firstPage(bundleRoot, 'cetak', 2), { root: bundleRoot }));

  it('an SOP page at 200% zoom (640 px) does not scroll sideways and passes axe', async () => {
    for (const p of SOPS) await check(p, { viewport: { width: 640, height: 900 } });
  });

  it('home and the search page at 640 px', async () => {
    await check('index.html', { viewport: { width: 640, height: 900 } });
    await check('cari/index.html?q=kinerja', {
      viewport: { width: 640, height: 900 },
      ready: (page) => h.searchResults(page, 'kinerja', h.fileUrl(out)),
    });
  });

  it('pages reflow at 320 px (400% zoom) without scrolling sideways', async () => {
    for (const p of [...SOPS, 'index.html', 'instansi/index.html', 'cari/index.html?q=kinerja']) {
      const page = await h.newPage(context);
      await page.setViewportSize({ width: 320, height: 640 });
      try {
        const [file, query] = p.split('?');
        await page.goto(h.fileUrl(path.join(out, file)) + (query ? `?${query}` : ''));
        if (query) await h.searchResults(page, 'kinerja', h.fileUrl(out));
        const [w, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        if (KNOWN_REFLOW[p]) {
          if (w <= inner) console.log(`note: ${p} reflows at 320 px now: remove it from KNOWN_REFLOW`);
          else console.log(`${p}: known reflow problem (TODO fix): ${w} px wide at 320 px; ${KNOWN_REFLOW[p]}`);
          continue;
        }
        assert.ok(w <= inner, `${p} at 320 px is ${w} px wide`);
      } finally {
        await page.close();
      }
    }
  });
});
