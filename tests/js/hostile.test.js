// Untrusted content in a real browser: tests/fixtures/hostile puts
// `<script>`, event handlers, `javascript:` URLs and the like into every
// string of a site. Each payload, if it ever ran, would set the page's
// title to "PW"+"NED" (the joined word appears nowhere in the sources).
// Every page of the built site and of the bundle is loaded in Chromium,
// every element is hovered, focused and toggled (so a surviving handler
// would fire), the search shows hostile results, and `sopgen serve` shows
// a hostile build error and a hostile 404 address: nothing may run.
// (tests/suite/hostile.rs scans the same output tag by tag.)
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./helpers');

const MARK = ['PW', 'NED'].join('');

let tmp;
let out;
let bundleRoot;
let browser;

/// Every HTML file under `dir`, relative.
function htmlFiles(dir) {
  const found = [];
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) found.push(path.relative(dir, p));
    }
  })(dir);
  return found.sort();
}

/// A page that records dialogs (alert, confirm, prompt) as well as errors.
async function watchedPage() {
  const page = await h.newPage(browser);
  page.dialogs = [];
  page.on('dialog', async (d) => {
    page.dialogs.push(d.message());
    await d.dismiss();
  });
  return page;
}

/// Fires the events inline handlers listen for on every element, then
/// says whether anything ran.
async function provoke(page) {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('body *')) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle', 'animationstart', 'load', 'error']) {
        el.dispatchEvent(new Event(type));
      }
    }
  });
  // Timers or late loads a payload might have started.
  await page.waitForTimeout(150);
}

async function assertClean(page, where) {
  const title = await page.title();
  assert.ok(!title.includes(MARK), `${where}: a payload ran (title "${title}")`);
  const frames = page.frames().filter((f) => f !== page.mainFrame());
  assert.deepEqual(frames.map((f) => f.url()), [], `${where}: no frames`);
  assert.deepEqual(page.dialogs, [], `${where}: no dialogs`);
  assert.deepEqual(page.errors, [], `${where}: no script errors`);
}

describe('hostile content in Chromium', { skip: h.browserSkip() || false, timeout: h.FILE_TIMEOUT }, () => {
  before(async () => {
    h.ensureBinary();
    tmp = h.tempDir('hostile');
    out = path.join(tmp, 'public');
    h.build(path.join(h.FIXTURES, 'hostile'), out);
    bundleRoot = h.bundle(path.join(h.FIXTURES, 'hostile'), path.join(tmp, 'jahat.zip'), path.join(tmp, 'paket'));
    browser = await h.launch();
  });

  after(async () => {
    if (browser) await browser.close();
    h.rm(tmp);
  });

  it('no payload runs on any page of the site or the bundle', async () => {
    const pages = [
      ...htmlFiles(out).map((f) => path.join(out, f)),
      ...htmlFiles(bundleRoot).map((f) => path.join(bundleRoot, f)),
    ];
    assert.ok(pages.length >= 40, `${pages.length} pages`);
    const page = await watchedPage();
    try {
      for (const file of pages) {
        await page.goto(h.fileUrl(file));
        await provoke(page);
        await assertClean(page, path.relative(tmp, file));
      }
    } finally {
      await page.close();
    }
  });

  it('the SOP page shows what was written, as text', async () => {
    const page = await watchedPage();
    try {
      await page.goto(h.fileUrl(path.join(out, 'jahat/sop-jahat/index.html')));
      const h1 = await page.textContent('h1');
      assert.ok(h1.includes("<script>document.title='PW'+'NED'</script>"), h1);
      // The flowchart carries the actors' names as data, intact.
      const lanes = await page.$$eval('svg.sop-flow [data-lane]', (els) => [...new Set(els.map((e) => e.getAttribute('data-lane')))]);
      assert.ok(lanes.includes('Kepala "</text><script>document.title=\'PW\'+\'NED\'</script>'), lanes.join('\n'));
      assert.ok(lanes.includes('Sekretaris ]]> <![CDATA[ x'), lanes.join('\n'));
      // No element the content asked for exists.
      const made = await page.$$eval('main iframe, main object, main embed, main script, main style, main [onerror], main [onmouseover], main [onload], main [onclick]', (els) => els.length);
      assert.equal(made, 0);
      // Unsafe link targets were dropped.
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs) assert.doesNotMatch(href.replace(/[\s\u0000-\u001f]/g, ''), /^(javascript|vbscript|data):/i);
      await assertClean(page, 'sop-jahat');
    } finally {
      await page.close();
    }
  });

  it('the search shows hostile names and sentences as text', async () => {
    const page = await watchedPage();
    try {
      for (const q of ['script', 'prosedur jahat', 'document title', 'img onerror']) {
        await page.goto(h.fileUrl(path.join(bundleRoot, 'cari/index.html')) + '?q=' + encodeURIComponent(q));
        const results = await h.searchResults(page, q, h.fileUrl(bundleRoot));
        assert.ok(results.length >= 1, `"${q}" finds the hostile SOPs`);
        const titles = await page.$$eval('#hasil-cari .judul-hasil', (ts) => ts.map((t) => t.textContent));
        if (q === 'script') assert.ok(titles.some((t) => t.includes('<script>')), titles.join('\n'));
        // Results hold only the elements the page makes.
        const tags = await page.$$eval('#hasil-cari *', (els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))].sort());
        for (const t of tags) assert.ok(['a', 'li', 'mark', 'p', 'span'].includes(t), `unexpected <${t}> in the results`);
        await provoke(page);
        await assertClean(page, `search "${q}"`);
      }
      // The query itself is hostile.
      const q = "<img src=x onerror=\"document.title='PW'+'NED'\">";
      await page.goto(h.fileUrl(path.join(bundleRoot, 'cari/index.html')) + '?q=' + encodeURIComponent(q));
      await h.searchResults(page, q, h.fileUrl(bundleRoot));
      assert.equal(await page.inputValue('#q'), q);
      await provoke(page);
      await assertClean(page, 'hostile query');
    } finally {
      await page.close();
    }
  });

  it('sopgen serve shows a hostile build error and a hostile address as text', async () => {
    const site = h.copyFixture('hostile', path.join(tmp, 'serve-site'));
    const server = h.serve(['--watch', '--root', site]);
    const page = await watchedPage();
    try {
      const { origin } = await server.ready;
      await page.goto(origin + '/jahat/sop-jahat/');
      await assertClean(page, 'served SOP page');
      // A field whose name and value are payloads breaks the build: the
      // overlay quotes them.
      const sop = path.join(site, 'content/jahat/sop-kedua.md');
      const text = fs.readFileSync(sop, 'utf8');
      fs.writeFileSync(sop, text.replace('+++\n', "+++\n\"<img src=x onerror=\\\"document.title='PW'+'NED'\\\">\" = '<script>document.title=\"PW\"+\"NED\"</script>'\n"));
      await page.locator('#sopgen-galat').waitFor({ state: 'visible' });
      const overlay = await page.locator('#sopgen-galat').innerText();
      assert.ok(overlay.includes('<img src=x onerror='), overlay);
      await provoke(page);
      await assertClean(page, 'error overlay');
      // A 404 for an address full of markup.
      const bad = origin + '/jahat/%3Cscript%3Edocument.title=%27PW%27+%27NED%27%3C%2Fscript%3E/"><svg onload=alert(1)>';
      const answer = await page.goto(bad);
      assert.equal(answer.status(), 404);
      await provoke(page);
      await assertClean(page, '404');
    } finally {
      await page.close();
      await server.stop();
    }
  });
});
