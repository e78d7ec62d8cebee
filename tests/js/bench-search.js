// The search page's speed in headless Chromium, for the benchmark (not a
// test: nothing here is asserted). Usage:
//
//     node tests/js/bench-search.js BUILT_SITE [QUERY...]
//
// For each query, opens BUILT_SITE/cari/index.html?q=QUERY from file:// (as
// a reviewer's bundle is opened) and prints one JSON line: the index files
// the query loaded and their size; when the index it is ranked from (base,
// vocabulary, postings) had loaded; how long after that the results were
// on the page (ranking, loading the texts of the 20 results, showing
// them); and how long after the last file. Times are the median of 5
// loads in fresh contexts, from performance.now() inside the page.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const h = require('./helpers');

const RUNS = 5;

// Set up in every page before its scripts run: the time each index file
// finished loading, and the time the results of the query were shown.
function probe(query) {
  const b = { loads: [], shown: null, blocksAsked: null };
  window.__bench = b;
  document.addEventListener(
    'load',
    (e) => {
      const s = e.target;
      if (s && s.tagName === 'SCRIPT' && /\/cari\/indeks\//.test(s.src)) {
        b.loads.push({ ranking: !/\/d-\d+\.js$/.test(s.src), at: performance.now() });
      }
    },
    true
  );
  new MutationObserver((records) => {
    if (b.blocksAsked === null) {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.tagName === 'SCRIPT' && /\/d-\d+\.js$/.test(n.src)) b.blocksAsked = performance.now();
        }
      }
    }
    if (b.shown !== null) return;
    const page = document.getElementById('halaman-cari');
    const status = document.getElementById('status-cari');
    if (page && page.hasAttribute('data-siap') && status && status.textContent.includes('\u201c' + query + '\u201d')) {
      b.shown = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main() {
  const [site, ...rest] = process.argv.slice(2);
  if (!site || !fs.existsSync(path.join(site, 'cari', 'index.html'))) {
    console.error('usage: node tests/js/bench-search.js BUILT_SITE [QUERY...]');
    process.exit(2);
  }
  const queries = rest.length ? rest : ['mengumpulkan data kinerja'];
  const browser = await h.launch();
  try {
    for (const query of queries) {
      const runs = [];
      let files = [];
      for (let r = 0; r < RUNS; r++) {
        // A fresh context: nothing cached from the run before.
        const context = await browser.newContext();
        const page = await h.newPage(context);
        await page.addInitScript(probe, query.trim());
        await page.goto(h.fileUrl(path.join(site, 'cari', 'index.html')) + '?q=' + encodeURIComponent(query));
        await page.waitForFunction(() => window.__bench && window.__bench.shown !== null, null, { timeout: 60_000 });
        const b = await page.evaluate(() => window.__bench);
        if (page.errors.length) throw new Error(page.errors.join('\n'));
        files = page.requests.filter((u) => u.includes('/cari/indeks/'));
        // The index a query is ranked from (base, vocabulary, postings),
        // then the texts of the results shown (document blocks).
        const ranking = Math.max(...b.loads.filter((l) => l.ranking).map((l) => l.at));
        const last = Math.max(...b.loads.map((l) => l.at));
        runs.push({
          indexLoaded: ranking,
          afterIndex: b.shown - ranking,
          ranked: (b.blocksAsked ?? b.shown) - ranking,
          afterLast: b.shown - last,
        });
        await context.close();
      }
      const bytes = files
        .map((u) => fs.statSync(decodeURIComponent(new URL(u).pathname)).size)
        .reduce((a, n) => a + n, 0);
      console.log(
        JSON.stringify({
          query,
          files: files.length,
          kb: Math.round(bytes / 1000),
          index_loaded_ms: Math.round(median(runs.map((r) => r.indexLoaded))),
          results_after_index_ms: Math.round(median(runs.map((r) => r.afterIndex))),
          ranked_ms: Math.round(median(runs.map((r) => r.ranked))),
          results_after_last_file_ms: Math.round(median(runs.map((r) => r.afterLast))),
        })
      );
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
