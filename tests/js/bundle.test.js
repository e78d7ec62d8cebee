// "`sopgen bundle`": the zip, unpacked into a folder whose path has spaces
// and non-ASCII letters, opens from file:// in Chromium: every internal
// link of every page reachable from index.html leads to a file of the
// bundle (and anchors to an element), search works on inflected words,
// the draft is marked DRAF on screen and in print, a PDF prints, and the
// browser asks for nothing but file:// URLs.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const url = require('node:url');
const h = require('./helpers');

let tmp;
let site;
let root; // the unpacked bundle's folder (holding index.html)
let rootUrl;
let browser;
let context;
const crawled = new Set(); // pages the crawl reached
let folderPages; // "dinas-a/index.html", of content/dinas-a/_index.md
const requests = [];
const failed = [];

async function open(rel) {
  const page = await h.newPage(context);
  await page.goto(rootUrl + rel);
  return page;
}

describe('sopgen bundle', { skip: h.browserSkip() || false, timeout: h.FILE_TIMEOUT }, () => {
  before(async () => {
    h.ensureBinary();
    tmp = h.tempDir('bundle');
    site = h.copyFixture('valid/full', path.join(tmp, 'situs'));
    const into = path.join(tmp, 'Tinjauan Inspektorat – ÜBERPRÜFUNG');
    root = h.bundle(site, path.join(tmp, 'paket.zip'), into);
    rootUrl = h.fileUrl(root) + '/';
    folderPages = fs
      .readdirSync(path.join(site, 'content'), { recursive: true })
      .filter((f) => path.basename(f) === '_index.md' && path.dirname(f) !== '.')
      .map((f) => path.join(path.dirname(f), 'index.html'));
    assert.ok(folderPages.includes(path.join('dinas-a', 'index.html')));
    browser = await h.launch();
    context = await browser.newContext();
    context.on('request', (r) => requests.push(r.url()));
    context.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure() && r.failure().errorText}`));
  });

  after(async () => {
    if (browser) await browser.close();
    h.rm(tmp);
  });

  it('every link of every page reachable from index.html works from file://', async () => {
    const started = Date.now();
    const page = await context.newPage();
    page.setDefaultTimeout(h.TIMEOUT);
    const errors = [];
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e}`));
    const seen = new Set(); // pages crawled (file paths)
    const ids = new Map(); // file path -> ids on the page
    const anchors = []; // [from, file path, id]
    const broken = [];
    const queue = [path.join(root, 'index.html')];
    const wanted = new Set(queue);
    let links = 0;
    while (queue.length) {
      const file = queue.shift();
      seen.add(file);
      const response = await page.goto(h.fileUrl(file));
      assert.ok(response === null || response.ok(), `${file} loads`);
      const found = await page.evaluate(() => {
        const out = [];
        for (const e of document.querySelectorAll('a[href], link[href], area[href]')) out.push(['href', e.href]);
        for (const e of document.querySelectorAll('script[src], img[src], iframe[src], source[src]')) out.push(['src', e.src]);
        for (const e of document.querySelectorAll('form[action]')) out.push(['action', e.action]);
        for (const e of document.querySelectorAll('object[data]')) out.push(['data', e.data]);
        return { out, ids: [...document.querySelectorAll('[id]')].map((e) => e.id) };
      });
      ids.set(file, new Set(found.ids));
      const from = path.relative(root, file);
      for (const [attr, target] of found.out) {
        links++;
        if (/^(mailto|tel|data|javascript):/.test(target)) continue;
        if (!target.startsWith('file://')) {
          broken.push(`${from}: ${attr} ${target} leaves the bundle`);
          continue;
        }
        const u = new URL(target);
        const p = url.fileURLToPath(u.href.replace(/[?#].*$/, ''));
        if (!p.startsWith(root + path.sep) && p !== root) {
          broken.push(`${from}: ${attr} ${target} points outside the bundle`);
          continue;
        }
        let st = null;
        try {
          st = fs.statSync(p);
        } catch {
          broken.push(`${from}: ${attr} ${target} names no file`);
          continue;
        }
        if (st.isDirectory()) {
          // From disk a folder shows as a listing: links must name the file.
          broken.push(`${from}: ${attr} ${target} names a folder, not its index.html`);
          continue;
        }
        if (u.hash && p.endsWith('.html')) anchors.push([from, p, decodeURIComponent(u.hash.slice(1))]);
        if (p.endsWith('.html') && (attr === 'href' || attr === 'action') && !wanted.has(p)) {
          wanted.add(p);
          queue.push(p);
        }
      }
    }
    for (const [from, p, id] of anchors) {
      if (!ids.get(p).has(id)) broken.push(`${from}: #${id} is not an element of ${path.relative(root, p)}`);
    }
    await page.close();
    console.log(`bundle: crawled ${seen.size} pages, ${links} links, ${anchors.length} anchors in ${Date.now() - started} ms`);
    assert.deepEqual(broken, []);
    assert.deepEqual(errors, []);
    // Every page of the bundle is reachable by links.
    const pages = fs
      .readdirSync(root, { recursive: true })
      .filter((f) => f.endsWith('.html') && !f.startsWith('404'))
      .map((f) => path.join(root, f));
    const unreached = pages.filter((p) => !seen.has(p)).map((p) => path.relative(root, p));
    // Folder pages (of content/*/_index.md): a known bug, see below.
    assert.deepEqual(unreached.filter((p) => !folderPages.includes(p)), [], 'pages no link leads to');
    for (const p of seen) crawled.add(p);
    for (const must of ['dinas-b/draf-baru/index.html', 'sampul/index.html', 'cari/index.html', 'cetak/semua/index.html']) {
      assert.ok(seen.has(path.join(root, must)), `${must} is reachable`);
    }
  });

  it(
    'the folder pages (content/*/_index.md) are linked from the catalogue',
    () => {
      assert.ok(crawled.size > 0, 'the crawl ran');
      const unreached = folderPages.filter((p) => !crawled.has(path.join(root, p)));
      assert.deepEqual(unreached, [], 'folder pages no link leads to');
    }
  );

  it('search finds inflected words', async () => {
    for (const q of ['menyusun', 'penyusunan', 'mengumpulkan']) {
      const page = await open('cari/index.html');
      try {
        await page.waitForSelector('#halaman-cari[data-dimuat]');
        await page.fill('#q', q);
        const got = await h.searchResults(page, q, rootUrl);
        // The bundle holds the drafts: as `sopgen search --drafts`.
        const want = h.cliSearch(site, q, ['--drafts']).hasil.map((r) => r.url);
        assert.ok(got.length > 0, `"${q}" finds SOPs`);
        assert.deepEqual(got.map((r) => r.url), want.slice(0, 20), `"${q}" ranks as sopgen search --drafts`);
        assert.ok(got.some((r) => r.snippet.includes('<mark>')), `a snippet highlights "${q}"`);
        // Results open as files.
        const first = await page.$eval('#hasil-cari a.search-result', (a) => a.href);
        assert.ok(first.endsWith('/index.html'), first);
        assert.ok(fs.existsSync(url.fileURLToPath(first)), first);
        assert.deepEqual(page.errors, []);
      } finally {
        await page.close();
      }
    }
  });

  it(
    '"dikumpulkan" finds the SOPs about pengumpulan',
    async () => {
      assert.ok(h.cliSearch(site, 'pengumpulan', ['--drafts']).jumlah >= 2);
      const want = h.cliSearch(site, 'dikumpulkan', ['--drafts']).hasil.map((r) => r.url);
      assert.ok(want.includes('dinas-a/pengumpulan-data-kinerja/'), `sopgen search dikumpulkan: ${want}`);
      const page = await open('cari/index.html?q=dikumpulkan');
      try {
        const got = await h.searchResults(page, 'dikumpulkan', rootUrl);
        assert.ok(got.some((r) => r.url === 'dinas-a/pengumpulan-data-kinerja/'), JSON.stringify(got));
      } finally {
        await page.close();
      }
    }
  );

  it('the draft says DRAF on screen and in print, and prints to PDF', async () => {
    const page = await open('dinas-b/draf-baru/index.html');
    try {
      const mark = page.locator('.tanda-air');
      assert.equal(await mark.count(), 1);
      assert.ok(await mark.isVisible(), '.tanda-air is visible');
      assert.match(await mark.evaluate((el) => getComputedStyle(el, '::before').content), /DRAF/);
      const box = await mark.boundingBox();
      assert.ok(box && box.width > 50 && box.height > 20, `the watermark is big enough: ${JSON.stringify(box)}`);
      // A published SOP has no watermark.
      const other = await open('dinas-a/pengumpulan-data-kinerja/index.html');
      assert.equal(await other.locator('.tanda-air').count(), 0);
      await other.close();

      await page.emulateMedia({ media: 'print' });
      assert.ok(await mark.isVisible(), 'the watermark prints');
      const t0 = Date.now();
      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
      console.log(`bundle: the draft printed to a ${pdf.length}-byte PDF in ${Date.now() - t0} ms`);
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      assert.ok(pdf.length > 5000, `PDF of ${pdf.length} bytes`);
      const pdfPath = path.join(tmp, 'draf.pdf');
      fs.writeFileSync(pdfPath, pdf);
      assert.ok(fs.statSync(pdfPath).size > 0);
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });

  it('the browser asked for nothing but files of the bundle', () => {
    assert.ok(requests.length > 20, `${requests.length} requests`);
    assert.deepEqual(h.foreignRequests(requests), [], 'no network');
    const outside = requests.filter((u) => !url.fileURLToPath(u.replace(/[?#].*$/, '')).startsWith(root));
    assert.deepEqual(outside, [], 'only files of the bundle');
    assert.deepEqual(failed, [], 'no failed request');
  });
});
