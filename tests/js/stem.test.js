// The browser's stemmer (themes/default/static/aset/stem.js) against the
// tables the Rust stemmer (src/search/stem.rs) is tested with: both must
// give every row of tests/data/stem_vectors.tsv and the same figures on
// tests/data/stem_families.tsv. Run with `node --test tests/js/`.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const SCRIPT = path.join(__dirname, '..', '..', 'themes', 'default', 'static', 'aset', 'stem.js');
const DATA = path.join(__dirname, '..', 'data');
const S = require(SCRIPT);

// The figures of the family table: words, families, words on their family's
// majority stem, families merged into another. src/search/stem.rs asserts the
// same (FAMILY_FIGURES there): update both when the table or the stemmer
// changes.
const FAMILY_FIGURES = { words: 822, families: 251, together: 821, merged: 0 };

function rows(name) {
  const text = fs.readFileSync(path.join(DATA, name), 'utf8');
  const out = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    out.push({ line: i + 1, f: line.split('\t') });
  });
  return out;
}

function splitWords(s) {
  return s.split(/\s+/).filter(Boolean);
}

test('stem_vectors.tsv: every row', () => {
  const failures = [];
  const table = rows('stem_vectors.tsv');
  for (const { line, f } of table) {
    assert.ok(f.length === 3 || f.length === 4, `stem_vectors.tsv:${line}: 3 or 4 fields`);
    const [word, want] = f;
    const corpus = splitWords(f[2]);
    const got = corpus.length === 0
      ? S.stemWith(word, () => false)
      : new S.Stemmer(corpus.concat([word])).stem(word);
    if (got !== want) {
      failures.push(`line ${line}: ${word} -> ${got}, want ${want} (candidates ${JSON.stringify(S.candidates(word))})`);
    }
    if (f[3] !== undefined && f[3].trim() !== '') {
      const wantC = splitWords(f[3]);
      const gotC = S.candidates(word);
      if (JSON.stringify(gotC) !== JSON.stringify(wantC)) {
        failures.push(`line ${line}: candidates(${word}) = ${JSON.stringify(gotC)}, want ${JSON.stringify(wantC)}`);
      }
    }
  }
  console.log(`stem_vectors.tsv: ${table.length - Math.min(failures.length, table.length)} of ${table.length} rows pass`);
  assert.ok(table.length >= 300, `only ${table.length} rows`);
  assert.deepEqual(failures, []);
});

function familyReport() {
  const table = rows('stem_families.tsv');
  const words = table.map((r) => r.f[0]);
  const stemmer = new S.Stemmer(words);
  const order = [];
  const stems = new Map();
  for (const { line, f } of table) {
    assert.equal(f.length, 2, `stem_families.tsv:${line}: 2 fields`);
    if (!stems.has(f[1])) {
      order.push(f[1]);
      stems.set(f[1], []);
    }
    stems.get(f[1]).push(stemmer.stem(f[0]));
  }
  let together = 0;
  const owner = new Map();
  for (const fam of order) {
    const list = stems.get(fam);
    // The majority stem; a tie goes to the stem seen first.
    let best = list[0];
    let bestCount = 0;
    for (const s of list) {
      const count = list.filter((t) => t === s).length;
      if (count > bestCount) {
        best = s;
        bestCount = count;
      }
    }
    together += bestCount;
    for (const s of list) {
      if (!owner.has(s)) owner.set(s, new Set());
      owner.get(s).add(fam);
    }
  }
  let merged = 0;
  for (const fams of owner.values()) merged += fams.size - 1;
  return { words: words.length, families: order.length, together, merged };
}

test('stem_families.tsv: conflation and over-stemming', () => {
  const r = familyReport();
  console.log(
    `stem_families.tsv: ${r.words} words in ${r.families} families; ${r.together} ` +
      `(${((100 * r.together) / r.words).toFixed(1)}%) share their family's majority stem; ` +
      `${r.merged} families merged into another`
  );
  assert.ok(r.words >= 300, `only ${r.words} words`);
  assert.ok(r.together >= 0.95 * r.words, 'conflation below 95%');
  assert.ok(r.merged * 50 <= r.families, 'over-stemming above 2%');
  // The same figures as the Rust test: the two implementations agree.
  assert.deepEqual(
    { words: r.words, families: r.families, together: r.together, merged: r.merged },
    FAMILY_FIGURES
  );
});

test('basics', () => {
  assert.deepEqual(S.candidates(''), ['']);
  assert.deepEqual(S.candidates('2012'), ['2012']);
  assert.deepEqual(S.candidates('spm'), ['spm']);
  assert.deepEqual(S.candidates('Kinerja'), ['kinerja']);
  assert.deepEqual(S.candidates('e-ktp'), ['e-ktp']);
  assert.deepEqual(S.candidates('dokumen-dokumen'), ['dokumen']);
  assert.equal(S.stemWith('mengoreksi', (c) => c === 'koreksi'), 'koreksi');
  assert.equal(S.stemWith('mengoreksi', () => false), S.candidates('mengoreksi')[0]);
  assert.ok(S.isStopWord('yang') && S.isStopWord('Dan'));
  for (const w of ['ya', 'tidak', 'hari', 'kerja', 'sampai', 'sesuai']) assert.ok(!S.isStopWord(w), w);
  assert.deepEqual(S.tokens('Permenpan RB No.35/2012'), ['permenpan', 'rb', 'no', '35', '2012']);
  assert.deepEqual(
    S.tokens('Dokumen-dokumen, tanda-tangan; e-KTP bersama-sama --x'),
    ['dokumen-dokumen', 'tanda', 'tangan', 'e', 'ktp', 'bersama-sama', 'x']
  );
  assert.deepEqual(
    S.tokens('peraturan perundang-undangan yang berlaku'),
    ['peraturan', 'perundang-undangan', 'yang', 'berlaku']
  );
});

test('every candidate list is sane, and the stem is among the candidates', () => {
  const words = rows('stem_families.tsv').concat(rows('stem_vectors.tsv')).map((r) => r.f[0]);
  for (const w of words) {
    const c = S.candidates(w);
    assert.ok(c.length > 0, w);
    assert.equal(new Set(c).size, c.length, `${w}: repeats in ${c}`);
    const s = new S.Stemmer([w]).stem(w);
    assert.ok(c.includes(s), `${w}: stem ${s} not among ${c}`);
  }
});

test('works as a classic browser script', () => {
  const context = {};
  vm.runInNewContext(fs.readFileSync(SCRIPT, 'utf8'), context);
  assert.equal(typeof context.SopgenStem, 'object');
  // arrays of another realm: compare their contents
  assert.equal(JSON.stringify(context.SopgenStem.candidates('menyusun')), JSON.stringify(S.candidates('menyusun')));
  assert.equal(typeof context.SopgenStem.tokens, 'function');
});
