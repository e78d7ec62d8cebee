// "exports": katalog.json and every sop.json of a build carry each
// published SOP's front matter as `data`, which the JSON Schema that
// `sopgen schema` prints accepts (checked with ajv, an independent
// draft-07 validator); katalog.json lists every published SOP with its url,
// and each sop.json equals its katalog.json entry; the schema rejects
// typos and missing required fields.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const cp = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const h = require('./helpers');

let tmp;
let schema;
let validate;
const sites = {}; // name -> { root, out, katalog, sopJson: Map(url -> sop.json) }

function readJson(p) {
  return JSON.parse(fs.readFileSync(p, 'utf8'));
}

function errorsOf(v) {
  return (v.errors || []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n');
}

/// The SOP files of a site that a build publishes (every .md under
/// content/ but _index.md, less status = "draf"), as content/… paths.
function published(root) {
  const content = path.join(root, 'content');
  return fs
    .readdirSync(content, { recursive: true })
    .filter((f) => f.endsWith('.md') && path.basename(f) !== '_index.md')
    .filter((f) => {
      const text = fs.readFileSync(path.join(content, f), 'utf8');
      const front = text.split(/^\+\+\+\s*$/m)[1] || '';
      return !/^status\s*=\s*"draf"/m.test(front);
    })
    .map((f) => path.posix.join('content', f.split(path.sep).join('/')))
    .sort();
}

describe('exports and schema', { timeout: h.FILE_TIMEOUT }, () => {
  before(() => {
    h.ensureBinary();
    tmp = h.tempDir('schema');
    schema = JSON.parse(h.sopgen(['schema']).stdout);
    const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
    addFormats(ajv);
    validate = ajv.compile(schema);
    for (const [name, root] of [
      ['example', h.REPO],
      ['full', path.join(h.FIXTURES, 'valid', 'full')],
      ['bentuk-nyata', path.join(h.FIXTURES, 'valid', 'bentuk-nyata')],
    ]) {
      const out = path.join(tmp, name);
      h.build(root, out);
      const sopJson = new Map();
      for (const f of fs.readdirSync(out, { recursive: true })) {
        if (path.basename(f) === 'sop.json') {
          const j = readJson(path.join(out, f));
          sopJson.set(j.url, { file: f, json: j });
        }
      }
      sites[name] = { root, out, katalog: readJson(path.join(out, 'katalog.json')), sopJson };
    }
  });

  after(() => h.rm(tmp));

  it('the schema is draft-07 and names the required fields', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.type, 'object');
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual([...schema.required].sort(), ['langkah', 'nama', 'pelaksana']);
    assert.equal(schema.properties.langkah.items.additionalProperties, false);
  });

  for (const name of ['example', 'full']) {
    it(`${name}: every data of katalog.json and sop.json validates`, () => {
      const { katalog, sopJson } = sites[name];
      let checked = 0;
      for (const entry of katalog.sop) {
        assert.ok(validate(entry.data), `katalog.json ${entry.url}:\n${errorsOf(validate)}`);
        checked++;
      }
      for (const [u, { file, json }] of sopJson) {
        assert.ok(validate(json.data), `${file} (${u}):\n${errorsOf(validate)}`);
        checked++;
      }
      assert.ok(checked >= 2 * katalog.sop.length && checked > 0);
    });

    it(`${name}: katalog.json lists every published SOP with its url; each sop.json equals its entry`, () => {
      const { root, out, katalog, sopJson } = sites[name];
      assert.equal(katalog.jumlah, katalog.sop.length);
      assert.deepEqual(katalog.sop.map((e) => e.sumber).sort(), published(root), 'the published SOP files');
      const urls = katalog.sop.map((e) => e.url);
      assert.equal(new Set(urls).size, urls.length, 'urls are unique');
      for (const e of katalog.sop) {
        assert.match(e.url, /^[^/].*\/$/, `a relative folder url: ${e.url}`);
        assert.ok(fs.existsSync(path.join(out, e.url, 'index.html')), `${e.url}index.html exists`);
        assert.equal(typeof e.data.nama, 'string');
        const own = sopJson.get(e.url);
        assert.ok(own, `${e.url}sop.json exists`);
        assert.equal(own.file.split(path.sep).join('/'), `${e.url}sop.json`);
        assert.deepEqual(own.json, e, `${e.url}sop.json equals its katalog.json entry`);
      }
      assert.deepEqual([...sopJson.keys()].sort(), [...urls].sort(), 'no sop.json of an SOP katalog.json leaves out');
    });
  }

  it('full: the draft is left out, the revoked SOP kept', () => {
    const urls = sites.full.katalog.sop.map((e) => e.url);
    assert.ok(!urls.some((u) => u.includes('draf-baru')), urls.join(', '));
    const lama = sites.full.katalog.sop.find((e) => e.url === 'dinas-b/lama/');
    assert.ok(lama, urls.join(', '));
    assert.equal(lama.data.status, 'dicabut');
  });

  it('the schema rejects a typo and a missing nama', () => {
    const good = structuredClone(sites.full.katalog.sop.find((e) => e.url === 'dinas-a/pengumpulan-data-kinerja/').data);
    assert.ok(validate(good), errorsOf(validate));

    const typo = structuredClone(good);
    typo.dasar_hokum = typo.dasar_hukum;
    delete typo.dasar_hukum;
    assert.equal(validate(typo), false, 'dasar_hokum is refused');
    assert.ok(
      validate.errors.some((e) => e.keyword === 'additionalProperties' && e.params.additionalProperty === 'dasar_hokum'),
      errorsOf(validate)
    );

    const noNama = structuredClone(good);
    delete noNama.nama;
    assert.equal(validate(noNama), false, 'a missing nama is refused');
    assert.ok(validate.errors.some((e) => e.keyword === 'required' && e.params.missingProperty === 'nama'), errorsOf(validate));

    // And in a step.
    const stepTypo = structuredClone(good);
    stepTypo.langkah[0].kegitan = stepTypo.langkah[0].kegiatan;
    assert.equal(validate(stepTypo), false, 'langkah[0].kegitan is refused');
    assert.ok(
      validate.errors.some((e) => e.instancePath === '/langkah/0' && e.params.additionalProperty === 'kegitan'),
      errorsOf(validate)
    );

    // Values the README allows and refuses.
    for (const [field, value, ok] of [
      ['tanggal_pembuatan', '2023-03-18', true],
      ['tanggal_pembuatan', '2023-09', true],
      ['tanggal_pembuatan', '2023', true],
      ['tanggal_pembuatan', '18 Maret 2023', true],
      ['tanggal_pembuatan', 'JUNI 2020', true],
      ['tanggal_pembuatan', '-', true],
      ['tanggal_pembuatan', '2023-13-01', false],
      ['status', 'berlaku', true],
      ['status', 'aktif', false],
    ]) {
      const d = structuredClone(good);
      d[field] = value;
      assert.equal(validate(d), ok, `${field} = ${JSON.stringify(value)}: ${errorsOf(validate)}`);
    }
    for (const [waktu, ok] of [
      ['1,5 jam', true],
      ['10 Menit', true],
      ['5 hari kerja', true],
      ['10-15 menit', true],
      ['10 s.d. 15 menit', true],
      ['1 x 24 jam', true],
      ['1 jam 30 menit', true],
      ['Disesuaikan', true],
      ['sebentar', true],
      ['2 harii', false],
      ['10 Menir', false],
      ['10', false],
    ]) {
      const d = structuredClone(good);
      d.langkah[0].waktu = waktu;
      assert.equal(validate(d), ok, `waktu = ${JSON.stringify(waktu)}: ${errorsOf(validate)}`);
    }
  });

  // The front matter itself (TOML, read by python3's tomllib, dates as
  // "YYYY-MM-DD"): every SOP of the valid sites passes, the invalid
  // fixtures whose problem is the shape of the data fail.
  const TOML_TO_JSON = [
    'import json, sys, tomllib',
    'out = {}',
    'for f in sys.argv[1:]:',
    '    text = open(f, encoding="utf-8").read()',
    '    parts = text.split("+++\\n")',
    '    out[f] = tomllib.loads(parts[1])',
    'print(json.dumps(out, default=str))',
  ].join('\n');

  function frontMatter(files) {
    const r = cp.spawnSync('python3', ['-c', TOML_TO_JSON, ...files], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
  }

  const hasTomllib = cp.spawnSync('python3', ['-c', 'import tomllib']).status === 0;

  it('the front matter of every valid SOP file passes the schema', { skip: hasTomllib ? false : 'python3 has no tomllib' }, () => {
    const files = [];
    for (const root of [
      h.REPO,
      path.join(h.FIXTURES, 'valid', 'full'),
      path.join(h.FIXTURES, 'valid', 'minimal'),
      path.join(h.FIXTURES, 'valid', 'bentuk-nyata'),
    ]) {
      const content = path.join(root, 'content');
      for (const f of fs.readdirSync(content, { recursive: true })) {
        if (f.endsWith('.md') && path.basename(f) !== '_index.md') files.push(path.join(content, f));
      }
    }
    assert.ok(files.length >= 10, `${files.length} files`);
    for (const [f, data] of Object.entries(frontMatter(files))) {
      assert.ok(validate(data), `${path.relative(h.REPO, f)}:\n${errorsOf(validate)}`);
    }
  });

  it('the schema refuses the invalid fixtures whose data has the wrong shape', { skip: hasTomllib ? false : 'python3 has no tomllib' }, () => {
    const cases = {
      unknown_field: ['dasar_hokum', 'waktuu'],
      missing_required_field: ['nama', 'kegiatan'],
      wrong_type: ['/dasar_hukum', '/pelaksana', '/langkah/0/kelengkapan'],
      bad_waktu: ['/langkah/0/waktu', '/langkah/1/waktu'],
      table_trap: ['/disahkan_oleh'],
    };
    const files = Object.keys(cases).map((c) => path.join(h.FIXTURES, 'invalid', c, 'content', 'sop.md'));
    const fm = frontMatter(files);
    for (const [c, wants] of Object.entries(cases)) {
      const data = fm[path.join(h.FIXTURES, 'invalid', c, 'content', 'sop.md')];
      assert.equal(validate(data), false, `${c} is refused`);
      const said = errorsOf(validate);
      for (const w of wants) assert.ok(said.includes(w), `${c}: the errors name ${w}:\n${said}`);
    }
  });

  it(
    'the schema refuses the dates sopgen check refuses',
    () => {
      const good = structuredClone(sites.full.katalog.sop[0].data);
      for (const value of ['2023-02-30', '2023-13', '2023-00', '2023-1', '2023-12-32']) {
        const d = structuredClone(good);
        d.tanggal_pembuatan = value;
        assert.equal(validate(d), false, `tanggal_pembuatan = ${JSON.stringify(value)} is refused`);
      }
    }
  );
});
