// The SOP page as agencies see it, in Chromium, on every SOP page of the
// example catalogue, of every site under tests/fixtures/valid/ (a new
// fixture is covered by adding its folder there), and of sites made here:
// twelve pelaksana with long texts; a form with a government line, three
// unit levels, three signatories, its own step numbers; one with a logo:
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
// - several signatories stand side by side, their names on one line, on
//   screen and on paper, and stack on a phone.
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

/// An SOP with the fields of real forms: the letterhead's government line,
/// a unit of three levels, three signatories with their roles, the
/// source's own step numbers (5 skipped), custom branch labels, lanjut.
const FORM_SOP = `+++
nomor = "445/021/SOP/UPT-RSP/2021"
nama = "Rujukan Pasien ke Rumah Sakit Lain"
pemerintah = "Pemerintah Provinsi Jawa Timur"
instansi = "Dinas Kesehatan Provinsi Jawa Timur"
unit = ["UPT Rumah Sakit Paru Jember", "Bidang Pelayanan Medik", "Seksi Rawat Inap"]
tanggal_pembuatan = 2021-01-12
pelaksana = ["Dokter Jaga", "Perawat", "Petugas Administrasi"]

[[disahkan_oleh]]
peran = "Dibuat oleh"
jabatan = "Kepala Seksi Rawat Inap"
nama = "Ns. Dewi Lestari, S.Kep"
pangkat = "Penata (III/c)"
nip = "NIP. 19850314 201001 2 015"

[[disahkan_oleh]]
peran = "Diperiksa oleh"
jabatan = "Kepala Bidang Pelayanan Medik UPT Rumah Sakit Paru Jember"
nama = "dr. Rahmat Hidayat"
nip = "19880102 201403 1 003"

[[disahkan_oleh]]
peran = "Disetujui oleh"
jabatan = "Direktur"
nama = "dr. Hj. Sitti Rahmah, M.Kes"
pangkat = "Pembina Utama Muda (IV/c)"
nip = "19620511 199003 2 004"

[[langkah]]
no = 1
kegiatan = "Memeriksa pasien dan menetapkan perlunya rujukan"
pelaksana = "Dokter Jaga"
waktu = "15 menit"
output = "Catatan medis"

[[langkah]]
no = 2
kegiatan = "Menilai apakah pasien stabil untuk dirujuk"
pelaksana = "Dokter Jaga"
waktu = "10 menit"
output = "Hasil penilaian"
tidak = 6
label_ya = "Stabil"
label_tidak = "Tidak stabil"

[[langkah]]
no = 3
kegiatan = "Menghubungi rumah sakit tujuan"
pelaksana = "Petugas Administrasi"
waktu = "30 menit"
output = ["Konfirmasi rumah sakit tujuan", "Nomor registrasi rujukan"]

[[langkah]]
no = 4
kegiatan = "Menyiapkan surat rujukan dan berkas pasien"
pelaksana = ["Perawat", "Petugas Administrasi"]
waktu = "20 menit"
output = "Surat rujukan"
lanjut = 7

[[langkah]]
no = 6
kegiatan = "Menstabilkan kondisi pasien"
pelaksana = ["Dokter Jaga", "Perawat"]
waktu = "1 jam"
output = "Pasien stabil"
lanjut = 2

[[langkah]]
no = 7
kegiatan = "Mengantar pasien ke rumah sakit tujuan"
pelaksana = "Perawat"
waktu = "2 jam"
output = "Serah terima pasien"
+++
`;

/// The index.html of every SOP page under `out`.
function sopPages(out) {
  return fs
    .readdirSync(out, { recursive: true })
    .filter((f) => path.basename(f) === 'index.html')
    .map((f) => path.join(out, f))
    // An SOP's own page, not a printed book holding its form.
    .filter((f) => fs.readFileSync(f, 'utf8').includes('class="halaman-sop '))
    .sort();
}

/// Every SOP page of every site: [{ site, rel, file, data }], `data` the
/// page's sop.json.
function everyPage() {
  const pages = [];
  for (const site of sites.filter((x) => !x.error)) {
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

/// The steps of an SOP page as its data and its table give them (the No
/// is the number the table prints: the source's own when it has them).
async function stepsOf(page, data) {
  const langkah = data.data.langkah;
  const rows = await page.$$eval('.tabel-prosedur tr[id^="langkah-"]', (rows) =>
    rows.map((r) => {
      const text = (sel) => r.querySelector(sel).textContent.replace(/\s+/g, ' ').trim();
      return { id: r.id, no: text('.kol-no'), waktu: text('.kol-waktu') };
    })
  );
  assert.equal(rows.length, langkah.length, 'one table row a step');
  return langkah.map((l, i) => {
    assert.equal(rows[i].id, `langkah-${rows[i].no}`);
    if (l.no !== undefined) assert.equal(rows[i].no, String(l.no), 'the source\'s own number');
    if (l.waktu) assert.ok(rows[i].waktu, `step ${rows[i].no} shows its waktu in the table`);
    return {
      no: rows[i].no,
      kegiatan: l.kegiatan.replace(/\s+/g, ' ').trim(),
      pelaksana: asList(l.pelaksana),
      waktu: rows[i].waktu,
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
    // A site that does not build is reported by the first test; the others
    // check the sites that do.
    const add = (name, root, { drafts = true, logo = false } = {}) => {
      const out = path.join(tmp, name.replace(/\W/g, '-'));
      try {
        h.build(root, out, drafts ? ['--drafts'] : []);
        sites.push({ name, out, logo });
      } catch (e) {
        sites.push({ name, out, logo, error: String(e.message).slice(0, 2000) });
      }
    };
    for (const { name, root } of siteRoots()) add(name, root);
    const source = (name, files) => {
      const root = path.join(tmp, `${name}-src`);
      for (const [rel, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
        fs.writeFileSync(path.join(root, rel), text);
      }
      return root;
    };
    add('dua belas pelaksana', source('lebar', { 'content/verifikasi-hibah.md': wideSop() }));
    add('bentuk formulir', source('formulir', { 'content/rujukan.md': FORM_SOP }));
    // The full fixture with a logo.
    const withLogo = h.copyFixture('valid/full', path.join(tmp, 'logo-src'));
    fs.mkdirSync(path.join(withLogo, 'static'), { recursive: true });
    fs.writeFileSync(
      path.join(withLogo, 'static', 'lambang.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="140" viewBox="0 0 120 140"><path d="M60 4 112 30v50c0 30-24 48-52 56C32 128 8 110 8 80V30z" fill="#0b4f8a"/></svg>\n'
    );
    fs.appendFileSync(path.join(withLogo, 'sopgen.toml'), '\nlogo = "lambang.svg"\n');
    add('dengan logo', withLogo, { logo: true });
    browser = await h.launch();
    context = await browser.newContext();
  });

  after(async () => {
    if (browser) await browser.close();
    h.rm(tmp);
  });

  it('every site builds and has SOP pages', () => {
    const problems = [];
    for (const site of sites) {
      if (site.error) problems.push(`${site.name} does not build:\n${site.error}`);
      else if (sopPages(site.out).length === 0) problems.push(`${site.name} has no SOP page`);
    }
    assert.deepEqual(problems, []);
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
    let full = 0; // with pemerintah, instansi and several unit levels
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
              // One level to the next is a step down, not the same size.
              if (a.cls !== b.cls && !(b.size < a.size)) problems.push(`${p.rel} (${label}): ${b.cls} is as large as ${a.cls}`);
            }
            const has = (cls) => lines.some((l) => l.cls === cls);
            if (has('kop-instansi') && has('kop-unit')) checked++;
            if (has('kop-pemerintah') && has('kop-instansi') && lines.filter((l) => l.cls === 'kop-unit').length > 1) full++;
          },
          { print }
        );
      }
    }
    assert.ok(checked >= 3, `pages with both instansi and unit were checked (${checked})`);
    assert.ok(full >= 3, `pages with every kind of kop line were checked (${full})`);
    assert.deepEqual(problems, []);
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

  it('several signatories stand side by side, lined up, on screen and on paper, and stack on a phone', async () => {
    const pages = everyPage().filter((x) => Array.isArray(x.data.data.disahkan_oleh) && x.data.data.disahkan_oleh.length > 1);
    assert.ok(pages.length >= 1, 'a page with several signatories');
    for (const p of pages) {
      const roles = p.data.data.disahkan_oleh.map((d) => d.peran || 'Disahkan oleh');
      for (const [label, viewport, print] of [
        ['1280 px', DESKTOP, false],
        ['print', PRINT, true],
        ['390 px', PHONE, false],
      ]) {
        await onPage(
          p.file,
          viewport,
          async (page) => {
            const got = await page.evaluate(() => {
              const block = document.querySelector('.identitas .tanda-tangan');
              if (!block) return null;
              const box = (el) => el.getBoundingClientRect();
              const outer = box(block);
              const lines = (el) => {
                const r = document.createRange();
                r.selectNodeContents(el);
                return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size;
              };
              const each = [...block.querySelectorAll('.penanda')];
              return {
                scroll: document.documentElement.scrollWidth - window.innerWidth,
                roles: each.map((el) => el.querySelector('.penanda-peran').textContent.trim()),
                tops: each.map((el) => box(el).top),
                lefts: each.map((el) => box(el).left),
                names: each.map((el) => el.querySelector('.penanda-nama')).filter(Boolean).map((el) => box(el).top),
                nipLines: [...block.querySelectorAll('.penanda-nip')].map(lines),
                outside: [...block.querySelectorAll('.penanda *')].filter((el) => {
                  const b = box(el);
                  return el.scrollWidth > el.clientWidth + 1 || b.left < outer.left - 0.5 || b.right > outer.right + 0.5;
                }).length,
              };
            });
            const at = `${p.rel} (${label}): ${JSON.stringify(got)}`;
            assert.ok(got, `${at}: no signatory block`);
            assert.deepEqual(got.roles, roles, `${at}: the roles in the form's order`);
            assert.ok(got.scroll <= 0, `${at}: the page scrolls sideways`);
            assert.ok(got.nipLines.length > 0 && got.nipLines.every((n) => n === 1), `${at}: each NIP on one line`);
            assert.equal(got.outside, 0, `${at}: a line leaves the block`);
            if (viewport === PHONE) {
              assert.ok(got.tops.every((t, i) => i === 0 || t > got.tops[i - 1]), `${at}: stacked on a phone`);
            } else {
              assert.ok(got.tops.every((t) => Math.abs(t - got.tops[0]) < 1), `${at}: side by side`);
              assert.ok(got.lefts.every((l, i) => i === 0 || l > got.lefts[i - 1]), `${at}: in order`);
              assert.ok(got.names.every((t) => Math.abs(t - got.names[0]) < 1), `${at}: the names on one line`);
            }
          },
          { print }
        );
      }
    }
  });

  it('on a phone a step card says where a decision and a lanjut go', async () => {
    const p = everyPage().find((x) => x.site.name === 'bentuk formulir');
    await onPage(p.file, PHONE, async (page) => {
      const cards = await page.$$eval('.kartu', (cs) => cs.map((c) => c.innerText.replace(/\s+/g, ' ')));
      const card = (no) => cards.find((c) => c.startsWith(`${no} `)) || '';
      assert.match(card(2), /Stabil: langkah berikutnya; Tidak stabil: ke langkah 6/, card(2));
      assert.match(card(4), /Lanjut ke langkah 7/, card(4));
      assert.match(card(6), /Lanjut ke langkah 2/, card(6));
      assert.doesNotMatch(card(3), /Alur/, card(3));
    });
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
