// "`sopgen serve --watch`": a saved change shows in the open page without
// a manual reload, at the same scroll position; a broken file shows an
// overlay naming file:line:column and the problem, over the last good page;
// fixing it removes the overlay and shows the fixed page.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const h = require('./helpers');

const SOP = 'content/dinas-a/pengumpulan-data-kinerja.md';
const PAGE = '/dinas-a/pengumpulan-data-kinerja/';

let tmp;
let site;
let browser;
let server;
let origin;

function edit(from, to) {
  const file = path.join(site, SOP);
  const text = fs.readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${SOP} holds ${from}`);
  fs.writeFileSync(file, text.replace(from, to));
  return text.replace(from, to);
}

/// Waits until the page's text holds `text`; returns the milliseconds
/// since `since`.
async function shows(page, text, since) {
  await page.waitForFunction((t) => document.body && document.body.innerText.includes(t), text);
  return Date.now() - since;
}

describe('sopgen serve (watching without being asked)', { skip: h.browserSkip() || false, timeout: h.FILE_TIMEOUT }, () => {
  before(async () => {
    h.ensureBinary();
    tmp = h.tempDir('serve');
    site = h.copyFixture('valid/full', path.join(tmp, 'situs'));
    server = h.serve(['--root', site]); // no --watch: serve watches by default
    browser = await h.launch();
    ({ origin } = await server.ready);
  });

  after(async () => {
    if (browser) await browser.close();
    if (server) await server.stop();
    h.rm(tmp);
  });

  it('shows saved changes and build errors live, keeping the scroll position', async () => {
    const { page } = await h.onServedPage(
      browser,
      PAGE,
      async (page) => {
        const events = page.waitForResponse((r) => r.url().endsWith('/__sopgen/events'));
        await page.goto(origin + PAGE);
        await events; // the page listens for builds
        await shows(page, 'Mengarsipkan data kinerja', Date.now());
      },
      { options: { viewport: { width: 1280, height: 720 } } }
    );
    try {
      // Scroll down a bit.
      const room = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      assert.ok(room > 200, `the SOP page is taller than the window (${room} px to scroll)`);
      const y = Math.round(Math.min(600, room / 2));
      await page.evaluate((y) => window.scrollTo(0, y), y);
      await page.waitForFunction((y) => Math.abs(scrollY - y) < 2, y);

      // 1. A changed kegiatan shows without a manual reload.
      const changed = 'Mengarsipkan data kinerja dan berita acara revisi pertama';
      await page.evaluate(() => {
        window.__sebelumSimpan = true; // gone once the page reloads
      });
      let t0 = Date.now();
      edit('kegiatan = "Mengarsipkan data kinerja"', `kegiatan = "${changed}"`);
      const took = await shows(page, changed, t0);
      console.log(`serve --watch: a saved change showed in the page ${took} ms after the write`);
      assert.equal(await page.evaluate(() => window.__sebelumSimpan), undefined, 'the page reloaded by itself');
      // The scroll position is kept (restored once the page has loaded).
      await page.waitForFunction((y) => Math.abs(scrollY - y) <= 40, y);

      // 2. A broken file: the overlay names file:line:column and the problem.
      t0 = Date.now();
      const text = edit('waktu = "115 menit"', 'waktu = "2 harii"');
      const line = text.split('\n').findIndex((l) => l.includes('waktu = "2 harii"')) + 1;
      await page.locator('#sopgen-galat').waitFor({ state: 'visible' });
      console.log(`serve --watch: the error overlay showed ${Date.now() - t0} ms after the write`);
      const overlay = await page.locator('#sopgen-galat').innerText();
      assert.ok(
        overlay.includes(`dinas-a/pengumpulan-data-kinerja.md:${line}:9`),
        `the overlay names file:line:column (…pengumpulan-data-kinerja.md:${line}:9):\n${overlay}`
      );
      assert.match(overlay, /unknown unit "harii" in waktu "2 harii"/);
      assert.match(overlay, /did you mean "hari"\?/);
      assert.equal(await page.locator('#sopgen-galat').getAttribute('role'), 'alert');
      // Under it, the last good build.
      assert.ok((await page.evaluate(() => document.body.innerText)).includes(changed));

      // 3. Fixed: the overlay goes, the fixed content shows.
      const fixed = 'Mengarsipkan data kinerja dan berita acara revisi kedua';
      t0 = Date.now();
      fs.writeFileSync(path.join(site, SOP), text.replace('waktu = "2 harii"', 'waktu = "2 hari"').replace(changed, fixed));
      const tookFix = await shows(page, fixed, t0);
      console.log(`serve --watch: the fixed page showed ${tookFix} ms after the write`);
      await page.locator('#sopgen-galat').waitFor({ state: 'detached' });
      assert.ok(!(await page.evaluate(() => document.body.innerText)).includes(changed));
      await page.waitForFunction((y) => Math.abs(scrollY - y) <= 40, y);

      // 4. A change to the folder's _index.md (the instansi its SOPs inherit) shows too.
      t0 = Date.now();
      const index = path.join(site, 'content/dinas-a/_index.md');
      fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('instansi = "Dinas A Kabupaten Uji"', 'instansi = "Dinas A Kabupaten Uji Baru"'));
      // (The page's kop shows the instansi in capitals: compare the text.)
      await page.waitForFunction(
        () => document.querySelector('.kop-instansi')?.textContent === 'Dinas A Kabupaten Uji Baru'
      );
      console.log(`serve --watch: an _index.md change showed ${Date.now() - t0} ms after the write`);
      assert.deepEqual(h.foreignRequests(page.requests, [origin]), []);
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });

  it(
    'the 404 page works at any depth (styled, its links lead into the site)',
    async () => {
      const { page, result: status } = await h.onServedPage(browser, '404', async (page) => {
        const r = await page.goto(`${origin}/tidak/ada/halaman`);
        return r.status();
      });
      try {
        assert.equal(status, 404);
        const css = await page.evaluate(() =>
          [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => [l.href, !!l.sheet && l.sheet.cssRules.length > 0])
        );
        assert.ok(css.length > 0 && css.every(([, ok]) => ok), `the stylesheet loads: ${JSON.stringify(css)}`);
        const home = await page.$eval('a.judul-situs', (a) => a.href);
        assert.equal(home, `${origin}/`);
        const nav = await page.$$eval('nav.nav-situs a', (as) => as.map((a) => new URL(a.href).pathname));
        assert.ok(nav.includes('/instansi/'), nav.join(', '));
      } finally {
        await page.close();
      }
    }
  );

  it(
    'answers many keep-alive connections opened at once',
    async () => {
      // Eight connections at once, each asking for a file and, like a
      // browser, staying open after the answer unless the server said
      // `Connection: close`: every one must be answered.
      for (let round = 0; round < 5; round++) {
        const s = h.serve(['--root', site]);
        try {
          const { port } = await s.ready;
          const answered = await new Promise((resolve) => {
            let n = 0;
            const socks = [];
            const done = () => {
              socks.forEach((x) => x.destroy());
              resolve(n);
            };
            const timer = setTimeout(done, 3000);
            for (let i = 0; i < 8; i++) {
              const sock = net.connect(port, '127.0.0.1', () =>
                sock.write('GET /aset/sopgen.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
              );
              sock.on('error', () => {});
              let head = '';
              const onData = (chunk) => {
                head += chunk.toString('latin1');
                if (!head.includes('\r\n\r\n')) return;
                sock.off('data', onData);
                if (/\r\nconnection:\s*close/i.test(head.split('\r\n\r\n')[0])) sock.destroy();
                if (++n === 8) {
                  clearTimeout(timer);
                  done();
                }
              };
              sock.on('data', onData);
              socks.push(sock);
            }
          });
          assert.equal(answered, 8, `round ${round}: ${answered} of 8 keep-alive connections answered within 3 s`);
        } finally {
          await s.stop();
        }
      }
    }
  );
});
