// The search page's engine (themes/default/static/aset/cari.js) on a small
// index made here, in node without a browser: where it looks for the words
// the last query word begins. src/search/query.rs looks through the whole
// vocabulary; the page must find the same words in the vocabulary files,
// whatever their key length. Run with `node --test tests/js/*.test.js`.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const SCRIPT = path.join(__dirname, '..', '..', 'themes', 'default', 'static', 'aset', 'cari.js');

/// A fresh engine whose index files are `files` (name -> call on the engine).
function engine(files) {
  delete require.cache[require.resolve(SCRIPT)];
  const cari = require(SCRIPT);
  const asked = [];
  cari.setLoader((file, done, fail) => {
    asked.push(file);
    if (!files[file]) return fail(new Error(`no ${file}`));
    files[file](cari);
    done();
  });
  return { cari, asked };
}

/// An index whose vocabulary files are keyed by three characters (four for
/// a number), as a catalogue of 40,000 words or more writes them.
function files() {
  return {
    'dasar.js': (c) =>
      c.dasar({
        versi: 1,
        n: 1,
        blok: 4,
        kunci: [2, 3],
        shard: ['201', 'ab'],
        kosakata: ['2012', '2019', 'aba', 'abc'],
        faset: '0.0',
        instansi: [''],
        unit: [''],
      }),
    'v-2012.js': (c) => c.kosakata('2012', { 2012: ['2012', 3] }),
    'v-2019.js': (c) => c.kosakata('2019', { 2019: ['2019', 1] }),
    'v-aba.js': (c) => c.kosakata('aba', { abadi: ['abadi', 1] }),
    'v-abc.js': (c) => c.kosakata('abc', { abcd: ['abcd', 2] }),
    't-201.js': (c) => c.shard('201', { 2012: '0:1', 2019: '0:1' }),
    't-ab.js': (c) => c.shard('ab', { abadi: '0:1', abcd: '0:1' }),
  };
}

test('a typed number finds the years it begins, in files with a longer key', async () => {
  const { cari, asked } = engine(files());
  await cari.load('dasar.js');
  await cari.prepare('201');
  const stems = cari.groups('201')[0].map((e) => e[0]);
  assert.ok(stems.includes('2012') && stems.includes('2019'), `stems of "201": ${stems}`);
  assert.ok(asked.includes('v-2012.js') && asked.includes('v-2019.js'), `loaded: ${asked}`);
});

test('a word shorter than the key finds the words of every file it begins', async () => {
  const { cari } = engine(files());
  await cari.load('dasar.js');
  await cari.prepare('ééab');
  // "ééab" is keyed "ab": both "aba" and "abc" files may hold its words,
  // but only words beginning with "ééab" count; none here.
  assert.deepEqual(
    cari.groups('ééab')[0].filter((e) => e[1] < 1).map((e) => e[0]),
    []
  );
  await cari.prepare('aba');
  assert.deepEqual(
    cari.groups('aba')[0].filter((e) => e[1] < 1).map((e) => e[0]),
    ['abadi']
  );
});

test('only the last word of the query is taken as a prefix', async () => {
  const { cari, asked } = engine(files());
  await cari.load('dasar.js');
  await cari.prepare('201 aba');
  assert.deepEqual(cari.groups('201 aba')[0].filter((e) => e[1] < 1), []);
  assert.ok(!asked.includes('v-2019.js'), `loaded: ${asked}`);
});
