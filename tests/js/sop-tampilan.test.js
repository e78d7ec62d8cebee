// The SOP page as agencies see it, in Chromium, on every SOP page of the
// example catalogue, of every site under tests/fixtures/valid/ (a new
// fixture is covered by adding its folder there), of a site made here with
// twelve pelaksana and long texts, and of a site with a logo:
//
// - on a phone (390 px), every step's No, kegiatan, pelaksana, waktu and
//   output are readable without scrolling sideways: each shown inside the
//   viewport, not clipped by a scrolling frame, together in one block per
//   step; the page does not scroll sideways; what screen readers get is
//   the same as on a wide screen (no duplicates);
// - the letterhead's lines go from largest to smallest (pemerintah,
//   instansi, unit), on screen and in print;
// - the identity block is as wide as the procedure table;
// - a NIP is never broken across lines;
// - no logo placeholder when no logo is configured; with or without a
//   logo the kop's content is centred in its cell;
// - the footer names the SOP's file as "Berkas: content/...";
// - the CSS of the coming letterhead line (pemerintah) and signatory block
//   (one to three side by side), on markup added as the templates and
//   sopgen.css document it, until the view carries those fields.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./helpers');

const PHONE = { width: 390, height: 844 };
const NARROW = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 900 };
// The printable width of A4 landscape with the theme's 10 mm margins.
const PRINT = { width: 1047, height: 718 };

let tmp;
let browser;
let context;
/// Every site: { name, out, logo }.
const sites = [];

/// Sites to check: the example catalogue, every valid fixture, and the
/// two made in `before`.
function siteRoots() {
  const valid = path.join(h.FIXTURES, 'valid');
  const fixtures = fs
    .readdirSync(valid)
    .filter((d) => fs.existsSync(path.join(valid, d, 'content')))
    .sort()
    .map((d) => ({ name: `valid/${d}`, root: path.join(valid, d) }));
  return [{ name: 'contoh', root: h.REPO }, ...fixtures];
}

/// An SOP with twelve pelaksana, long names and texts, a word too long
/// for any line, lists, decisions, penanggung jawab and a NIP.
function wideSop() {
  const actors = Array.from({ length: 12 }, (_, i) => `Kepala Sub Bagian Perencanaan dan Pelaporan ${i + 1}`);
  let s = `+++
nomor = "800/123/SOP/BPKAD/2024"
nama = "Verifikasi Berkas Permohonan Pencairan Dana Hibah dan Bantuan Sosial"
instansi = "Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Uji"
unit = "Bidang Perbendaharaan dan Akuntansi Keuangan Daerah"
tanggal_pembuatan = 2024-01-15
pelaksana = [${actors.map((a) => `"${a}"`).join(', ')}]
disahkan_oleh = { jabatan = "Kepala Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Uji", nama = "Dr. Ir. Hj. Sri Rahayuningsih Kartikasari, M.Si., M.M.", pangkat = "Pembina Utama Muda (IV/c)", nip = "19680817 199303 2 011" }
`;
  for (let i = 0; i < 14; i++) {
    s += `
[[langkah]]
kegiatan = "${i === 3 ? 'Memverifikasi-kelengkapan-berkas-permohonan-pencairan-dana-hibah' : `Memeriksa kelengkapan dan keabsahan berkas permohonan tahap ${i + 1} sesuai ketentuan peraturan perundang-undangan yang berlaku`}"
pelaksana = [${[actors[i % 12], ...(i % 4 === 1 ? [actors[(i + 5) % 12]] : [])].map((a) => `"${a}"`).join(', ')}]
kelengkapan = ["Berkas permohonan", "Daftar periksa kelengkapan tahap ${i + 1}"]
waktu = "${i % 3 === 0 ? '1,5 jam' : `${10 + i} menit`}"
output = ${i % 2 ? `["Berita acara verifikasi tahap ${i + 1}", "Lembar disposisi"]` : `"Berkas terverifikasi tahap ${i + 1}"`}
keterangan = "Dicatat dalam buku register"
penanggung_jawab = "Kepala Bidang Perbendaharaan"
`;
    if (i === 5 || i === 10) s += `tidak = ${i - 2}\n`;
  }
  return `${s}+++\n`;
}

/// The index.html of every SOP page under `out`.
function sopPages(out) {
  return fs
    .readdirSync(out, { recursive: true })
    .filter((f) => path.basename(f) === 'index.html')
    .map((f) => path.join(out, f))
    .filter((f) => fs.readFileSync(f, 'utf8').includes('class="tabel-prosedur"'))
    .sort();
}

/// Every SOP page of every site: [{ site, rel, file, data }], `data` the
/// page's sop.json.
function everyPage() {
  const pages = [];
  for (const site of sites) {
    for (const file of sopPages(site.out)) {
      const data = JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'sop.json'), 'utf8'));
      pages.push({ site, rel: `${site.name}: ${path.relative(site.out, file)}`, file, data });
    }
  }
  return pages;
}

/// Every `nip` of an SOP's data (the signatory, or several of them).
function nipsOf(v) {
  if (!v || typeof v !== 'object') return [];
  return Object.entries(v).flatMap(([k, x]) => (k === 'nip' && typeof x === 'string' ? [x] : nipsOf(x)));
}

function asList(v) {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/// Opens `file` at `viewport` (print media when `print`), runs `test`.
function onPage(file, viewport, test, { print = false } = {}) {
  return h.onCleanPage(context, async (page) => {
    await page.setViewportSize(viewport);
    await page.goto(h.fileUrl(file));
    if (print) await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    return test(page);
  });
}

// In the page: whether a text node is shown where a reader sees it: its
// element rendered, every line of it inside the viewport horizontally, not
// clipped by any ancestor that scrolls or hides overflow (the table's
// scrolling frame, a visually hidden .sr-only), at a readable size.
const SHOWN = `(node) => {
  const el = node.parentElement;
  if (!el || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
  if (parseFloat(getComputedStyle(el).fontSize) < 11.5) return false;
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = [...range.getClientRects()].filter((b) => b.width > 0 && b.height > 0);
  if (rects.length === 0) return false;
  const W = document.documentElement.clientWidth;
  for (const b of rects) {
    if (b.left < -0.5 || b.right > W + 0.5) return false;
    for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
      const c = a.getBoundingClientRect();
      if (b.left < c.left - 0.5 || b.right > c.right + 0.5 || b.top < c.top - 0.5 || b.bottom > c.bottom + 0.5) return false;
    }
  }
  return true;
}`;

/// At the page's current width: for each step, which of its texts no
/// single block shows together inside the viewport. `steps` are
/// { no, kegiatan, pelaksana[], waktu, output[] }.
async function unreadableSteps(page, steps) {
  return page.evaluate(
    ({ steps, shownSrc }) => {
      const shown = eval(shownSrc); // eslint-disable-line no-eval
      const norm = (s) => s.replace(/\s+/g, ' ').trim();
      const texts = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = norm(n.nodeValue);
        if (t && shown(n)) texts.push({ node: n, t });
      }
      // A name may share its text node with the others of its step.
      const matches = (t, want, list) => t === want || (list && t.split(/\s*,\s*/).includes(want));
      const kegiatanNodes = new Set(texts.filter((x) => steps.some((s) => x.t === s.kegiatan)).map((x) => x.node));
      const problems = [];
      for (const s of steps) {
        const wanted = [
          ['No', s.no, false],
          ['waktu', s.waktu, false],
          ...s.pelaksana.map((p) => ['pelaksana', p, true]),
          ...s.output.map((o) => ['output', o, false]),
        ].filter((w) => w[1]);
        const starts = texts.filter((x) => x.t === s.kegiatan);
        if (starts.length === 0) {
          problems.push(`step ${s.no}: its kegiatan "${s.kegiatan}" is not shown inside the viewport`);
          continue;
        }
        let best = null;
        for (const start of starts) {
          // The smallest block around the kegiatan that shows every other
          // text of the step, and the kegiatan of no other step.
          for (let box = start.node.parentElement; box && box !== document.body; box = box.parentElement) {
            const inside = texts.filter((x) => box.contains(x.node));
            if ([...kegiatanNodes].filter((n) => box.contains(n)).length > 1) {
              const missing = wanted.filter(([, want, list]) => !inside.some((x) => matches(x.t, want, list)));
              if (!best || missing.length < best.length) best = missing;
              break;
            }
            const missing = wanted.filter(([, want, list]) => !inside.some((x) => matches(x.t, want, list)));
            if (missing.length === 0) {
              best = [];
              break;
            }
          }
          if (best && best.length === 0) break;
        }
        if (best && best.length) {
          problems.push(`step ${s.no}: not shown with its kegiatan inside the viewport: ${best.map(([k, v]) => `${k} "${v}"`).join(', ')}`);
        }
      }
      return problems;
    },
    { steps, shownSrc: SHOWN }
  );
}

/// The steps of an SOP page as its data and its table give them.
async function stepsOf(page, data) {
  const langkah = data.data.langkah;
  const waktu = await page.$$eval('.tabel-prosedur tr[id^="langkah-"]', (rows) =>
    rows.map((r) => [r.id, r.querySelector('.kol-waktu').textContent.replace(/\s+/g, ' ').trim()])
  );
  assert.equal(waktu.length, langkah.length, 'one table row a step');
  return langkah.map((l, i) => {
    assert.equal(waktu[i][0], `langkah-${i + 1}`);
    if (l.waktu) assert.ok(waktu[i][1], `step ${i + 1} shows its waktu in the table`);
    return {
      no: String(i + 1),
      kegiatan: l.kegiatan.replace(/\s+/g, ' ').trim(),
      pelaksana: asList(l.pelaksana),
      waktu: waktu[i][1],
      output: asList(l.output).map((o) => o.replace(/\s+/g, ' ').trim()),
    };
  });
}

/// How many times each step's kegiatan occurs in what screen readers get.
async function spokenCounts(page, steps) {
  const tree = await page.locator('body').ariaSnapshot();
  return steps.map((s) => tree.split(s.kegiatan).length - 1);
}

describe('the SOP page on screen, on a phone and on paper', { skip: h.browserSkip() || false, timeout: h.FILE_TIMEOUT, concurrency: 2 }, () => {
  before(async () => {
    h.ensureBinary();
    tmp = h.tempDir('tampilan');
    for (const { name, root } of siteRoots()) {
      const out = path.join(tmp, name.replace(/\W/g, '-'));
      h.build(root, out, ['--drafts']);
      sites.push({ name, out, logo: false });
    }
    const wide = path.join(tmp, 'lebar-src');
    fs.mkdirSync(path.join(wide, 'content'), { recursive: true });
    fs.writeFileSync(path.join(wide, 'content', 'verifikasi-hibah.md'), wideSop());
    h.build(wide, path.join(tmp, 'lebar'));
    sites.push({ name: 'dua belas pelaksana', out: path.join(tmp, 'lebar'), logo: false });
    // The full fixture with a logo.
    const withLogo = h.copyFixture('valid/full', path.join(tmp, 'logo-src'));
    fs.mkdirSync(path.join(withLogo, 'static'), { recursive: true });
    fs.writeFileSync(
      path.join(withLogo, 'static', 'lambang.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="140" viewBox="0 0 120 140"><path d="M60 4 112 30v50c0 30-24 48-52 56C32 128 8 110 8 80V30z" fill="#0b4f8a"/></svg>\n'
    );
    fs.appendFileSync(path.join(withLogo, 'sopgen.toml'), '\nlogo = "lambang.svg"\n');
    h.build(withLogo, path.join(tmp, 'logo'), ['--drafts']);
    sites.push({ name: 'dengan logo', out: path.join(tmp, 'logo'), logo: true });
    browser = await h.launch();
    context = await browser.newContext();
  });

  after(async () => {
    if (browser) await browser.close();
    h.rm(tmp);
  });

  it('finds SOP pages in every site', () => {
    for (const site of sites) assert.ok(sopPages(site.out).length > 0, `${site.name} has SOP pages`);
  });

  it('at 390 px every step is readable without scrolling sideways, and screen readers get no duplicates', async () => {
    const problems = [];
    for (const p of everyPage()) {
      const wideCounts = await onPage(p.file, DESKTOP, async (page) => spokenCounts(page, await stepsOf(page, p.data)));
      await onPage(p.file, PHONE, async (page) => {
        const steps = await stepsOf(page, p.data);
        const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        if (scroll > inner) problems.push(`${p.rel}: the page scrolls sideways (${scroll} px at ${inner} px)`);
        for (const m of await unreadableSteps(page, steps)) problems.push(`${p.rel}: ${m}`);
        const phoneCounts = await spokenCounts(page, steps);
        steps.forEach((s, i) => {
          // (YAML escapes quotes and backslashes in the snapshot.)
          if (wideCounts[i] === 0 && !/["\\]/.test(s.kegiatan)) problems.push(`${p.rel}: step ${s.no}'s kegiatan is not in the accessibility tree`);
          if (phoneCounts[i] !== wideCounts[i]) {
            problems.push(`${p.rel}: screen readers get step ${s.no}'s kegiatan ${phoneCounts[i]} times at 390 px, ${wideCounts[i]} at 1280 px`);
          }
        });
      });
    }
    assert.deepEqual(problems, []);
  });

  it('the check above fails on the wide table alone (the cards hidden)', async () => {
    // Without the phone layout only No and kegiatan of the table are seen.
    const p = everyPage().find((x) => x.site.name === 'contoh' && x.data.data.langkah.some((l) => l.waktu));
    await onPage(p.file, PHONE, async (page) => {
      const steps = await stepsOf(page, p.data);
      await page.addStyleTag({ content: '.kartu-prosedur { display: none !important; }' });
      const problems = await unreadableSteps(page, steps);
      assert.equal(problems.length, steps.length, `every step is reported:\n${problems.join('\n')}`);
    });
  });

  it('the letterhead goes from largest to smallest line, on screen and in print', async () => {
    const problems = [];
    let checked = 0;
    for (const p of everyPage()) {
      for (const [label, viewport, print] of [
        ['1280 px', DESKTOP, false],
        ['390 px', PHONE, false],
        ['print', PRINT, true],
      ]) {
        await onPage(
          p.file,
          viewport,
          async (page) => {
            const lines = await page.$$eval('.kop p', (ps) =>
              ps.map((el) => ({ cls: el.className, size: parseFloat(getComputedStyle(el).fontSize), top: el.getBoundingClientRect().top }))
            );
            const rank = { 'kop-pemerintah': 0, 'kop-instansi': 1, 'kop-unit': 2 };
            for (let i = 1; i < lines.length; i++) {
              const [a, b] = [lines[i - 1], lines[i]];
              if (!(rank[a.cls] <= rank[b.cls]) || !(a.top < b.top)) problems.push(`${p.rel} (${label}): ${a.cls} then ${b.cls}`);
              if (b.size > a.size) problems.push(`${p.rel} (${label}): ${b.cls} (${b.size}px) is larger than ${a.cls} (${a.size}px) above it`);
            }
            if (lines.some((l) => l.cls === 'kop-instansi') && lines.some((l) => l.cls === 'kop-unit')) checked++;
          },
          { print }
        );
      }
    }
    assert.ok(checked >= 3, `pages with both instansi and unit were checked (${checked})`);
    assert.deepEqual(problems, []);
  });

  it('a pemerintah line above the instansi is the largest, on screen and in print', async () => {
    // Until the view carries `pemerintah`, the line is added to a page as
    // the template writes it (<p class="kop-pemerintah">), first in the kop.
    const p = everyPage().find((x) => x.data.instansi && x.data.unit);
    for (const print of [false, true]) {
      await onPage(
        p.file,
        print ? PRINT : DESKTOP,
        async (page) => {
          const sizes = await page.evaluate(() => {
            const kop = document.querySelector('.kop');
            if (!kop.querySelector('.kop-pemerintah')) {
              const line = document.createElement('p');
              line.className = 'kop-pemerintah';
              line.textContent = 'Pemerintah Provinsi Jawa Timur';
              kop.insertBefore(line, kop.querySelector('p'));
            }
            const size = (sel) => parseFloat(getComputedStyle(kop.querySelector(sel)).fontSize);
            return [size('.kop-pemerintah'), size('.kop-instansi'), size('.kop-unit')];
          });
          assert.ok(sizes[0] > sizes[1] && sizes[1] > sizes[2], `${print ? 'print' : 'screen'}: pemerintah, instansi, unit: ${sizes}`);
        },
        { print }
      );
    }
  });

  it('the identity block is as wide as the procedure table, on screen and in print', async () => {
    const problems = [];
    for (const p of everyPage()) {
      for (const [label, viewport, print] of [
        ['1280 px', DESKTOP, false],
        ['print', PRINT, true],
      ]) {
        await onPage(
          p.file,
          viewport,
          async (page) => {
            const boxes = await page.evaluate(() => {
              const box = (el) => {
                const r = el.getBoundingClientRect();
                return { left: r.left, width: r.width };
              };
              return {
                identitas: box(document.querySelector('.identitas')),
                rincian: box(document.querySelector('.rincian')),
                tables: [...document.querySelectorAll('.tabel-prosedur')].map(box),
              };
            });
            for (const [name, b] of [['rincian', boxes.rincian], ...boxes.tables.map((t) => ['tabel-prosedur', t])]) {
              if (Math.abs(b.width - boxes.identitas.width) > 1 || Math.abs(b.left - boxes.identitas.left) > 1) {
                problems.push(`${p.rel} (${label}): identitas ${JSON.stringify(boxes.identitas)}, ${name} ${JSON.stringify(b)}`);
              }
            }
          },
          { print }
        );
      }
    }
    assert.deepEqual(problems, []);
  });

  it('a NIP on the form is never broken across lines', async () => {
    const problems = [];
    let nips = 0;
    const signed = everyPage().flatMap((p) => nipsOf(p.data.data).map((nip) => [p, nip]));
    for (const [p, nip] of signed) {
      for (const [label, viewport, print] of [
        ['1280 px', DESKTOP, false],
        ['390 px', PHONE, false],
        ['320 px', NARROW, false],
        ['print', PRINT, true],
      ]) {
        await onPage(
          p.file,
          viewport,
          async (page) => {
            const found = await page.evaluate((nip) => {
              // On the form: not in the notes (Markdown prose, which may
              // quote a NIP in a sentence).
              const out = [];
              const walker = document.createTreeWalker(document.querySelector('.sop'), NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const at = n.nodeValue.indexOf(nip);
                if (at < 0 || !n.parentElement.checkVisibility() || n.parentElement.closest('.catatan')) continue;
                const range = document.createRange();
                range.setStart(n, at);
                range.setEnd(n, at + nip.length);
                const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
                out.push(new Set(tops).size);
              }
              return out;
            }, nip);
            if (found.length === 0) problems.push(`${p.rel} (${label}): the NIP ${nip} is not shown`);
            for (const lines of found) if (lines !== 1) problems.push(`${p.rel} (${label}): the NIP ${nip} is on ${lines} lines`);
            nips++;
          },
          { print }
        );
      }
    }
    assert.ok(nips >= 8, `NIPs were checked (${nips})`);
    assert.deepEqual(problems, []);
  });

  it('no logo placeholder without a logo; the kop content is centred with and without one', async () => {
    const problems = [];
    let logos = 0;
    for (const p of everyPage()) {
      for (const [label, viewport] of [
        ['1280 px', DESKTOP],
        ['390 px', PHONE],
      ]) {
        await onPage(p.file, viewport, async (page) => {
          const kop = await page.evaluate(() => {
            const kop = document.querySelector('.kop');
            const k = kop.getBoundingClientRect();
            const cs = getComputedStyle(kop);
            const inner = {
              left: k.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth),
              right: k.right - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth),
              top: k.top + parseFloat(cs.paddingTop) + parseFloat(cs.borderTopWidth),
              bottom: k.bottom - parseFloat(cs.paddingBottom) - parseFloat(cs.borderBottomWidth),
            };
            const all = [...kop.querySelectorAll('*')];
            const parts = [...kop.children].map((el) => {
              const r = el.getBoundingClientRect();
              return { tag: el.tagName, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
            });
            const img = kop.querySelector('img');
            return {
              text: kop.textContent,
              inner,
              parts,
              tags: [...new Set(all.map((el) => el.tagName))],
              bordered: all.filter((el) => {
                const s = getComputedStyle(el);
                return ['Top', 'Right', 'Bottom', 'Left'].some((side) => s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) > 0);
              }).length,
              empty: all.filter((el) => el.tagName !== 'IMG' && el.textContent.trim() === '' && el.getBoundingClientRect().width * el.getBoundingClientRect().height > 0).length,
              img: img && { loaded: img.complete && img.naturalWidth > 0, alt: img.alt },
            };
          });
          const where = `${p.rel} (${label})`;
          if (p.site.logo) {
            logos++;
            if (!kop.img || !kop.img.loaded || !kop.img.alt) problems.push(`${where}: the logo is not shown: ${JSON.stringify(kop.img)}`);
            else if (kop.parts[0].tag !== 'IMG') problems.push(`${where}: the logo is not above the kop's lines`);
          } else {
            if (kop.img) problems.push(`${where}: an image in the kop without a logo`);
            if (/LOGO/.test(kop.text)) problems.push(`${where}: a "LOGO" placeholder`);
            if (kop.tags.some((t) => !['P', 'A'].includes(t))) problems.push(`${where}: the kop holds ${kop.tags}`);
          }
          if (kop.bordered) problems.push(`${where}: ${kop.bordered} bordered box(es) in the kop`);
          if (kop.empty) problems.push(`${where}: ${kop.empty} empty box(es) in the kop`);
          // Every part centred across, the whole block centred down.
          const mid = (kop.inner.left + kop.inner.right) / 2;
          for (const part of kop.parts) {
            if (Math.abs((part.left + part.right) / 2 - mid) > 1) problems.push(`${where}: a ${part.tag} of the kop is not centred: ${JSON.stringify(part)} in ${JSON.stringify(kop.inner)}`);
          }
          if (kop.parts.length) {
            const top = Math.min(...kop.parts.map((x) => x.top));
            const bottom = Math.max(...kop.parts.map((x) => x.bottom));
            if (Math.abs(top - kop.inner.top - (kop.inner.bottom - bottom)) > 2) {
              problems.push(`${where}: the kop's content is not centred down its cell: ${top}-${bottom} in ${kop.inner.top}-${kop.inner.bottom}`);
            }
          }
        });
      }
    }
    assert.ok(logos >= 4, `pages with a logo were checked (${logos})`);
    assert.deepEqual(problems, []);
  });

  it('the signatory block lays one to three signatories side by side, lined up, and stacks them on a phone', async () => {
    // The CSS is ready before the view has several signatories: the block
    // is added to a page as sopgen.css documents it, as a band of the
    // identity block and in the "Disahkan oleh" cell.
    const p = everyPage().find((x) => x.site.name === 'valid/full' && x.data.data.disahkan_oleh);
    const signatories = [
      ['Dibuat oleh', 'Kepala Sub Bagian Program', 'Budi Santoso, S.Sos', 'Penata Tk. I (III/d)', '19800101 200501 1 001'],
      ['Diperiksa oleh', 'Sekretaris Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Uji', 'Dra. Siti Aminah, M.Si', null, '19720202 199403 2 002'],
      ['Disahkan oleh', 'Kepala Dinas', 'Dr. Ahmad Fauzi, M.M.', 'Pembina Utama Muda (IV/c)', '19650303 198903 1 003'],
    ];
    for (const [label, viewport, print, where] of [
      ['1280 px, band', DESKTOP, false, 'band'],
      ['print, band', PRINT, true, 'band'],
      ['390 px, band', PHONE, false, 'band'],
      ['1280 px, cell', DESKTOP, false, 'cell'],
      ['390 px, cell', PHONE, false, 'cell'],
    ]) {
      await onPage(
        p.file,
        viewport,
        async (page) => {
          const got = await page.evaluate(
            ({ signatories, where }) => {
              const block = document.createElement('div');
              block.className = 'tanda-tangan';
              for (const [peran, jabatan, nama, pangkat, nip] of signatories) {
                const one = document.createElement('div');
                one.className = 'penanda';
                const line = (cls, text) => {
                  const el = document.createElement(cls === 'penanda-ruang' ? 'div' : 'p');
                  el.className = cls;
                  if (text) el.textContent = text;
                  one.appendChild(el);
                };
                line('penanda-peran', peran);
                line('penanda-jabatan', jabatan);
                line('penanda-ruang');
                line('penanda-nama', nama);
                if (pangkat) line('penanda-pangkat', pangkat);
                line('penanda-nip', `NIP. ${nip}`);
                block.appendChild(one);
              }
              if (where === 'band') document.querySelector('.identitas').appendChild(block);
              else document.querySelector('.pengesah').replaceChildren(block);
              const box = (el) => el.getBoundingClientRect();
              const lines = (el) => {
                const r = document.createRange();
                r.selectNodeContents(el);
                return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size;
              };
              const outer = box(block);
              return {
                scroll: document.documentElement.scrollWidth - window.innerWidth,
                tops: [...block.querySelectorAll('.penanda')].map((el) => box(el).top),
                lefts: [...block.querySelectorAll('.penanda')].map((el) => box(el).left),
                names: [...block.querySelectorAll('.penanda-nama')].map((el) => box(el).top),
                nipLines: [...block.querySelectorAll('.penanda-nip')].map(lines),
                outside: [...block.querySelectorAll('.penanda *')].filter((el) => {
                  const b = box(el);
                  return el.scrollWidth > el.clientWidth + 1 || b.left < outer.left - 0.5 || b.right > outer.right + 0.5;
                }).length,
              };
            },
            { signatories, where }
          );
          const at = `${label}: ${JSON.stringify(got)}`;
          assert.ok(got.scroll <= 0, `${at}: the page scrolls sideways`);
          assert.deepEqual(got.nipLines, [1, 1, 1], `${at}: each NIP on one line`);
          assert.equal(got.outside, 0, `${at}: a line leaves the block`);
          if (viewport === PHONE) {
            assert.ok(got.tops[0] < got.tops[1] && got.tops[1] < got.tops[2], `${at}: stacked on a phone`);
          } else if (where === 'band') {
            assert.ok(got.tops.every((t) => Math.abs(t - got.tops[0]) < 1), `${at}: side by side`);
            assert.ok(got.lefts[0] < got.lefts[1] && got.lefts[1] < got.lefts[2], `${at}: in order`);
            assert.ok(got.names.every((t) => Math.abs(t - got.names[0]) < 1), `${at}: the names on one line`);
          } else {
            // In a cell of the identity table they wrap, lined up by row.
            assert.ok(got.names[1] === got.names[0] || got.tops[1] > got.tops[0], `${at}`);
          }
        },
        { print }
      );
    }
  });

  it('the footer names the SOP file as "Berkas"', async () => {
    for (const p of everyPage()) {
      await onPage(p.file, DESKTOP, async (page) => {
        const text = await page.evaluate(() => document.querySelector('main').innerText.replace(/\s+/g, ' '));
        assert.ok(text.includes(`Berkas: ${p.data.sumber}`), `${p.rel}: "Berkas: ${p.data.sumber}"`);
        assert.ok(!text.includes(`Sumber: ${p.data.sumber}`), `${p.rel}: the file is not labelled "Sumber"`);
      });
    }
  });
});
