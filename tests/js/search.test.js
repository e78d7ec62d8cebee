// "Search that understands Indonesian and works offline": the search page
// (themes/default/static/aset/cari.js) ranks as `sopgen search`
// (src/search/query.rs) does, from file:// and over HTTP; the right SOPs
// come first for inflected words; it answers as the user types, filters by
// agency, says when nothing matches, is reachable from every page with "/"
// and with the keyboard; and it loads nothing but the site's own files.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./helpers');

// The queries of the issue, and a few more that exercise prefixes,
// several words and agency names.
const QUERIES = ['dikumpulkan', 'pengumpulan', 'mengoreksi', 'verifikasi', 'Permenpan 35 2012'];
const MORE_QUERIES = ['pengump', 'menyusun laporan', 'data kinerja', 'kasubag program', 'Jambi', 'triwulan'];

const NTB = 'dinsos-ntb/mekanisme-pengumpulan-data-kinerja/';
const JAMBI = 'dkp-jambi/mekanisme-pengumpulan-data-kinerja/';
const NGANJUK = 'dpmd-nganjuk/mekanisme-pengumpulan-data-kinerja/';
const SELAYAR = 'dinsos-selayar/pengumpulan-data-kinerja/';
const BALANGAN = 'dispersip-balangan/pengumpulan-data-kinerja/';
const ALL = [NTB, JAMBI, NGANJUK, SELAYAR, BALANGAN];

let tmp;
let out; // the example catalogue, built
let bundleRoot; // the example catalogue, bundled (links name index.html)
let browser;
let server;
let origin;
let sops; // url -> sop.json of the built catalogue
const cli = new Map(); // query -> `sopgen search --json`

function cliUrls(query) {
  return cli.get(query).hasil.map((r) => r.url);
}

/// What the page must show for `query`: the CLI's ranking, the first 20.
function assertSameAsCli(query, got, where) {
  const want = cliUrls(query).slice(0, 20);
  assert.deepEqual(
    got.map((r) => r.url),
    want,
    `${where}: "${query}" ranks as \`sopgen search\` does`
  );
}

async function openSearch(page, pageUrl, query, siteRoot) {
  await page.goto(pageUrl);
  const results = await h.searchResults(page, query, siteRoot);
  const status = await page.textContent('#status-cari');
  const n = cli.get(query).jumlah;
  if (n > 0) assert.match(status, new RegExp(`^${n} SOP ditemukan`), `status of "${query}": ${status}`);
  else assert.match(status, /Tidak ada SOP yang cocok/);
  return results;
}

/// Texts of an SOP (its sop.json data) that match `re`.
function sopsMatching(re, pick = (d) => JSON.stringify(d)) {
  return Object.keys(sops).filter((u) => re.test(pick(sops[u].data))).sort();
}

describe('search', { skip: h.browserSkip() || false, timeout: h.FILE_TIMEOUT }, () => {
  before(async () => {
    h.ensureBinary();
    tmp = h.tempDir('search');
    out = path.join(tmp, 'public');
    h.build(h.REPO, out);
    bundleRoot = h.bundle(h.REPO, path.join(tmp, 'katalog.zip'), path.join(tmp, 'paket'));
    sops = {};
    for (const f of fs.readdirSync(out, { recursive: true })) {
      if (path.basename(f) === 'sop.json') {
        const j = JSON.parse(fs.readFileSync(path.join(out, f), 'utf8'));
        sops[j.url] = j;
      }
    }
    assert.deepEqual(Object.keys(sops).sort(), [...ALL].sort(), 'the example catalogue has the five SOPs');
    for (const q of [...QUERIES, ...MORE_QUERIES]) cli.set(q, h.cliSearch(h.REPO, q));
    server = h.serve(['--root', h.REPO]);
    browser = await h.launch();
    ({ origin } = await server.ready);
  });

  after(async () => {
    if (browser) await browser.close();
    if (server) await server.stop();
    h.rm(tmp);
  });

  describe('the right SOPs first (sopgen search)', () => {
    it('"mengoreksi" ranks the SOPs whose steps correct something first', () => {
      // The SOPs with a koreksi word (mengoreksi, mengkoreksi, dikoreksi,
      // koreksi) in a step's kegiatan.
      const inSteps = sopsMatching(/koreksi/i, (d) => d.langkah.map((l) => l.kegiatan).join('\n'));
      assert.deepEqual(inSteps, [JAMBI, NTB].sort());
      const got = cliUrls('mengoreksi');
      assert.deepEqual(got.slice(0, inSteps.length).sort(), inSteps, `ranking: ${got}`);
      // The others mention koreksi elsewhere (notes, kelengkapan): found, after.
      const anywhere = Object.keys(sops)
        .filter((u) => /koreksi/i.test(fs.readFileSync(path.join(h.REPO, sops[u].sumber), 'utf8')))
        .sort();
      assert.deepEqual([...got].sort(), anywhere);
    });

    it('"verifikasi" finds exactly the SOPs with verifikasi, diverifikasi, terverifikasi', () => {
      // In the whole source file, notes included.
      const want = Object.keys(sops)
        .filter((u) => /verifikasi/i.test(fs.readFileSync(path.join(h.REPO, sops[u].sumber), 'utf8')))
        .sort();
      assert.deepEqual(want, [JAMBI, NTB].sort());
      assert.deepEqual([...cliUrls('verifikasi')].sort(), want);
    });

    it('"Permenpan 35 2012" finds exactly the SOPs citing Permenpan RB 35/2012', () => {
      const want = sopsMatching(/35 tahun 2012/i, (d) => (d.dasar_hukum || []).join('\n'));
      assert.deepEqual(want, [JAMBI, NGANJUK, SELAYAR].sort());
      const got = cliUrls('Permenpan 35 2012');
      assert.deepEqual([...got].sort(), want);
      // The one that writes "Permenpan" matches every word: first.
      assert.equal(got[0], JAMBI);
    });

    it('"dikumpulkan" and "pengumpulan" find all five (kumpul in another form)', () => {
      for (const q of ['dikumpulkan', 'pengumpulan']) {
        assert.deepEqual([...cliUrls(q)].sort(), [...ALL].sort(), q);
      }
      // No SOP writes "dikumpulkan": found through the stem only.
      assert.deepEqual(sopsMatching(/dikumpulkan/i), []);
    });
  });

  describe('from file://', { concurrency: 4 }, () => {
    for (const q of [...QUERIES, ...MORE_QUERIES]) {
      it(`"${q}": the page ranks as sopgen search`, async () => {
        await h.onCleanPage(browser, async (page) => {
          const pageUrl = h.fileUrl(path.join(out, 'cari', 'index.html')) + '?q=' + encodeURIComponent(q);
          const got = await openSearch(page, pageUrl, q, h.fileUrl(out));
          assertSameAsCli(q, got, 'file://');
          assert.ok(got.length >= Math.min(5, cli.get(q).jumlah));
          if (q === 'mengoreksi' || q === 'verifikasi' || q === 'Permenpan 35 2012') {
            // The first result shows why it matched.
            assert.match(got[0].snippet, /<mark>/, `snippet of ${got[0].url}: ${got[0].snippet}`);
          }
          if (q === 'dikumpulkan' || q === 'pengumpulan') {
            assert.equal(got.length, 5);
            const marked = got.filter((r) => r.snippet.includes('<mark>'));
            assert.ok(marked.length >= 3, `highlighted snippets: ${JSON.stringify(got, null, 1)}`);
            for (const r of marked) assert.match(r.snippet, /<mark>[^<]*umpul[^<]*<\/mark>/i);
          }
        });
      });
    }

    it(
      'every result shows its match highlighted (title or snippet)',
      async () => {
        const page = await h.newPage(browser);
        try {
          for (const q of ['dikumpulkan', 'pengumpulan']) {
            await page.goto(h.fileUrl(path.join(out, 'cari', 'index.html')) + '?q=' + encodeURIComponent(q));
            await h.searchResults(page, q, h.fileUrl(out));
            const unmarked = await page.$$eval('#hasil-cari li', (lis) =>
              lis.filter((li) => !li.querySelector('mark')).map((li) => li.querySelector('a').getAttribute('href'))
            );
            assert.deepEqual(unmarked, [], `"${q}": results with no highlighted word`);
          }
        } finally {
          await page.close();
        }
      }
    );
  });

  describe('over HTTP (sopgen serve)', () => {
    for (const q of [...QUERIES, ...MORE_QUERIES]) {
      it(`"${q}": the page ranks as sopgen search`, async () => {
        const pageUrl = `${origin}/cari/?q=${encodeURIComponent(q)}`;
        const { page, result: got } = await h.onServedPage(browser, pageUrl, (page) =>
          openSearch(page, pageUrl, q, origin + '/')
        );
        try {
          assertSameAsCli(q, got, 'http');
          assert.deepEqual(h.foreignRequests(page.requests, [origin]), [], 'only requests to the local server');
          assert.deepEqual(page.errors, []);
        } finally {
          await page.close();
        }
      });
    }
  });

  describe('interaction', () => {
    it('results follow the typing (no Enter), the agency filter narrows them, nonsense says so', async () => {
      await h.onCleanPage(browser, async (page) => {
        await page.goto(h.fileUrl(path.join(out, 'cari', 'index.html')));
        await page.waitForSelector('#halaman-cari[data-dimuat]');
        await page.evaluate(() => {
          window.__submits = 0;
          document.querySelector('#halaman-cari form').addEventListener('submit', () => window.__submits++);
        });
        const status = page.locator('#status-cari');
        assert.equal(await status.getAttribute('role'), 'status');
        assert.equal(await status.getAttribute('aria-live'), 'polite');
        await page.click('#q');
        // A prefix of a word finds it already.
        await page.keyboard.type('pengu', { delay: 40 });
        let got = await h.searchResults(page, 'pengu', h.fileUrl(out));
        assert.ok(got.length > 0, 'typing "pengu" finds SOPs');
        await page.keyboard.type('mp', { delay: 40 });
        got = await h.searchResults(page, 'pengump', h.fileUrl(out));
        assert.deepEqual(got.map((r) => r.url), cliUrls('pengump'));
        assert.equal(got.length, 5);
        assert.equal(await page.evaluate(() => window.__submits), 0, 'no Enter was needed');
        // The address follows the query (for sharing and Back).
        assert.match(page.url(), /[?&]q=pengump(&|$)/);

        // One agency.
        const agency = 'Dinas Kelautan dan Perikanan Provinsi Jambi';
        let before = await page.getAttribute('#halaman-cari', 'data-siap');
        await page.selectOption('#filter-instansi', { label: agency });
        await page.waitForFunction((b) => document.getElementById('halaman-cari').getAttribute('data-siap') !== b, before);
        got = await h.searchResults(page, 'pengump', h.fileUrl(out));
        assert.deepEqual(got.map((r) => r.url), [JAMBI]);
        const places = await page.$$eval('#hasil-cari .asal', (e) => e.map((x) => x.textContent));
        assert.ok(places.every((p) => p.startsWith(agency)), places.join(', '));
        assert.match(await status.textContent(), /^1 SOP ditemukan/);
        // And back to every agency.
        before = await page.getAttribute('#halaman-cari', 'data-siap');
        await page.selectOption('#filter-instansi', '');
        await page.waitForFunction((b) => document.getElementById('halaman-cari').getAttribute('data-siap') !== b, before);
        assert.equal((await h.searchResults(page, 'pengump', h.fileUrl(out))).length, 5);

        // Nonsense.
        await page.fill('#q', '');
        await page.keyboard.type('qzxv blorptag', { delay: 20 });
        got = await h.searchResults(page, 'qzxv blorptag', h.fileUrl(out));
        assert.deepEqual(got, []);
        assert.match(await status.textContent(), /Tidak ada SOP yang cocok/);

        // Results are reachable with Tab, in order.
        await page.fill('#q', '');
        await page.keyboard.type('kinerja', { delay: 20 });
        got = await h.searchResults(page, 'kinerja', h.fileUrl(out));
        assert.equal(got.length, 5);
        await page.focus('#q');
        const reached = [];
        for (let k = 0; k < 12 && reached.length < 2; k++) {
          await page.keyboard.press('Tab');
          const a = await page.evaluate(() => {
            const e = document.activeElement;
            return e && e.matches('#hasil-cari a.search-result') ? e.href : null;
          });
          if (a) reached.push(h.siteRelative(a, h.fileUrl(out)));
        }
        assert.deepEqual(reached, got.slice(0, 2).map((r) => r.url), 'Tab reaches the results, first one first');
        // The focused result is visibly focused (an outline or a box shadow).
        const ring = await page.evaluate(() => {
          const s = getComputedStyle(document.activeElement);
          return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
        });
        assert.ok(ring, 'the focused result shows a focus ring');
      });
    });

    it('"/" on another page goes to the header box; Enter opens the results (bundle, file://)', async () => {
      await h.onCleanPage(browser, async (page) => {
        const root = h.fileUrl(bundleRoot) + '/';
        await page.goto(root + 'index.html');
        await page.keyboard.press('/');
        assert.equal(await page.evaluate(() => document.activeElement.id), 'kotak-q');
        await page.keyboard.type('verifikasi');
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/cari\/index\.html\?q=verifikasi$/);
        const got = await h.searchResults(page, 'verifikasi', root);
        assert.deepEqual(got.map((r) => r.url), cliUrls('verifikasi'));
        // In the bundle, results link to files.
        const hrefs = await page.$$eval('#hasil-cari a.search-result', (as) => as.map((a) => a.getAttribute('href')));
        assert.ok(hrefs.every((x) => x.endsWith('/index.html')), hrefs.join(', '));
        // "/" typed into a field is a character, not a shortcut.
        await page.focus('#q');
        await page.keyboard.press('End');
        await page.keyboard.type('/');
        assert.equal(await page.inputValue('#q'), 'verifikasi/');
      });
    });

    it('"/" then Enter over HTTP opens /cari/?q=', async () => {
      const q = 'Permenpan 35 2012';
      const { page, result: got } = await h.onServedPage(browser, 'search box over HTTP', async (page) => {
        await page.goto(`${origin}/${NTB}`);
        await page.keyboard.press('/');
        assert.equal(await page.evaluate(() => document.activeElement.id), 'kotak-q');
        await page.keyboard.type(q);
        await page.keyboard.press('Enter');
        await page.waitForURL((u) => u.pathname === '/cari/' && u.searchParams.get('q') === q);
        return h.searchResults(page, q, origin + '/');
      });
      try {
        assert.deepEqual(got.map((r) => r.url), cliUrls(q));
        assert.deepEqual(h.foreignRequests(page.requests, [origin]), []);
      } finally {
        await page.close();
      }
    });
  });
});

// A large catalogue splits its index more finely (postings by their first
// three letters, documents four to a file): the page must still rank as
// the CLI does, loading only the files of the query.
describe('search on a large generated catalogue', { skip: h.browserSkip() || false, timeout: h.FILE_TIMEOUT }, () => {
  const LARGE_QUERIES = ['mengumpulkan data kinerja', 'verifikasi', 'penyusunan laporan bulanan', 'RPJMD', 'Permenpan 35 2012', 'pengump'];
  let dir;
  let site;
  let built;
  let browser;
  const ranked = new Map();

  before(async () => {
    h.ensureBinary();
    dir = h.tempDir('search-large');
    site = path.join(dir, 'situs');
    built = path.join(dir, 'public');
    h.generate(site, 4500, 7);
    h.build(site, built);
    for (const q of LARGE_QUERIES) ranked.set(q, h.cliSearch(site, q));
    browser = await h.launch();
  });

  after(async () => {
    if (browser) await browser.close();
    h.rm(dir);
  });

  it('is split by three letters and four SOPs a block', () => {
    const base = fs.readFileSync(path.join(built, 'cari', 'indeks', 'dasar.js'), 'utf8');
    assert.match(base, /blok:4,kunci:\[3,\d\]/);
  });

  for (const q of LARGE_QUERIES) {
    it(`"${q}": the page ranks as sopgen search, from file://`, async () => {
      const page = await h.newPage(browser);
      try {
        await page.goto(h.fileUrl(path.join(built, 'cari', 'index.html')) + '?q=' + encodeURIComponent(q));
        const got = await h.searchResults(page, q, h.fileUrl(built));
        const want = ranked.get(q).hasil.map((r) => r.url).slice(0, 20);
        assert.ok(want.length > 0, `"${q}" finds something`);
        assert.deepEqual(got.map((r) => r.url), want);
        const loaded = page.requests.filter((u) => u.includes('/cari/indeks/'));
        assert.ok(loaded.length < 40, `"${q}" loaded ${loaded.length} index files: ${loaded.join(' ')}`);
        assert.deepEqual(page.errors, []);
      } finally {
        await page.close();
      }
    });
  }
});
