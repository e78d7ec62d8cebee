/* sopgen search: the query side of the index written at build time.
 *
 * Works from file:// as from a web server: the index is a set of classic
 * scripts that call SopgenCari.dasar/shard/kosakata/dokumen, loaded on
 * demand by adding <script> tags (no fetch, no modules, no workers).
 *
 * The ranking is src/search/query.rs in JavaScript; keep the two in step
 * (tests/js/search.test.js compares them on the example catalogue).
 */
(function (root) {
  "use strict";

  var Stem = root.SopgenStem || (typeof require === "function" ? require("./stem.js") : null);
  var K1 = 1.2;
  var PREFIX_LIMIT = 8;
  var PREFIX_FACTOR = 0.5;

  // ---- the index, as its files arrive -------------------------------
  var data = { dasar: null, shard: {}, kosakata: {}, dokumen: {} };
  var waiting = {};

  function arrived(key) {
    var list = waiting[key];
    delete waiting[key];
    if (list) list.forEach(function (resolve) { resolve(); });
  }

  var api = {
    dasar: function (d) {
      data.dasar = d;
      var facets = d.faset ? d.faset.split(" ") : [];
      d.facets = facets.map(function (f) {
        var p = f.split(".");
        return [parseInt(p[0], 36), parseInt(p[1], 36)];
      });
      arrived("dasar.js");
    },
    shard: function (name, terms) {
      var parsed = {};
      Object.keys(terms).forEach(function (stem) {
        var list = [];
        var doc = 0;
        terms[stem].split(" ").forEach(function (pair) {
          var p = pair.split(":");
          doc += parseInt(p[0], 36);
          list.push([doc, parseInt(p[1], 36)]);
        });
        parsed[stem] = list;
      });
      data.shard[name] = parsed;
      arrived("t-" + name + ".js");
    },
    kosakata: function (name, words) {
      data.kosakata[name] = words;
      arrived("v-" + name + ".js");
    },
    dokumen: function (block, docs) {
      data.dokumen[block] = docs;
      arrived("d-" + block + ".js");
    },
  };

  // Where the index files are, and how to load one (the page sets it).
  var loader = null;

  function load(file) {
    if (file === "dasar.js" && data.dasar) return Promise.resolve();
    var m = /^([tvd])-(.*)\.js$/.exec(file);
    if (m) {
      var have = m[1] === "t" ? data.shard : m[1] === "v" ? data.kosakata : data.dokumen;
      if (have[m[2]] !== undefined) return Promise.resolve();
    }
    return new Promise(function (resolve, reject) {
      var first = !waiting[file];
      (waiting[file] = waiting[file] || []).push(resolve);
      if (first) loader(file, function () {
        // The script ran but did not call us: treat as loaded, empty.
        if (waiting[file]) arrived(file);
      }, reject);
    });
  }

  // The file of a stem's postings, or of a word's vocabulary entry: its
  // first letters and digits (how many, the base file says).
  function keyOf(s, len) {
    var clean = s.replace(/[^a-z0-9]/g, "");
    // A number's key is one longer (as shard_of in src/search/index.rs).
    var key = clean.slice(0, /^[0-9]/.test(clean) ? len + 1 : len);
    return key || "_";
  }

  function shardOf(stem) {
    return keyOf(stem, data.dasar.kunci[0]);
  }

  function vocabOf(word) {
    return keyOf(word, data.dasar.kunci[1]);
  }

  function has(list, name) {
    return list.indexOf(name) >= 0;
  }

  // The vocabulary files that may hold the words beginning with `w` (as
  // src/search/query.rs looks through the whole vocabulary): a longer
  // word's file key begins with `w`'s own ("201" -> "2012"); a word with
  // no ASCII letter or digit may begin any of them.
  function prefixFiles(w) {
    var k = vocabOf(w);
    return data.dasar.kosakata.filter(function (n) { return k === "_" || n.indexOf(k) === 0; });
  }

  function isPrefixed(ws, k) {
    return k === ws.length - 1 && Array.from(ws[k]).length >= 3;
  }

  // ---- ranking (as src/search/query.rs) ------------------------------
  function postings(stem) {
    var s = data.shard[shardOf(stem)];
    return (s && Object.prototype.hasOwnProperty.call(s, stem)) ? s[stem] : null;
  }

  function words(query) {
    return Stem.tokens(query).filter(function (w) { return !Stem.isStopWord(w); });
  }

  // Loads what a query needs to be ranked: vocabulary of its words and
  // shards of every stem it may stand for.
  function prepare(query) {
    var ws = words(query);
    var d = data.dasar;
    var vocabs = [];
    ws.forEach(function (w, k) {
      var files = isPrefixed(ws, k) ? prefixFiles(w) : [vocabOf(w)];
      files.forEach(function (v) {
        if (has(d.kosakata, v) && !has(vocabs, v)) vocabs.push(v);
      });
    });
    return Promise.all(vocabs.map(function (v) { return load("v-" + v + ".js"); })).then(function () {
      var stems = [];
      groupsOf(ws).forEach(function (g) {
        g.forEach(function (e) { if (!has(stems, e[0])) stems.push(e[0]); });
      });
      var shards = [];
      stems.forEach(function (s) {
        var k = shardOf(s);
        if (has(d.shard, k) && !has(shards, k)) shards.push(k);
      });
      return Promise.all(shards.map(function (k) { return load("t-" + k + ".js"); }));
    });
  }

  function vocabulary(word) {
    var v = data.kosakata[vocabOf(word)];
    return v && Object.prototype.hasOwnProperty.call(v, word) ? v[word] : null;
  }

  // The groups of a query: for each word, the stems it may stand for
  // (with the last word, those of the words it begins).
  function groupsOf(ws) {
    return ws.map(function (w, k) {
      var g = [];
      function add(stem, f) {
        for (var i = 0; i < g.length; i++) {
          if (g[i][0] === stem) { if (f > g[i][1]) g[i][1] = f; return; }
        }
        g.push([stem, f]);
      }
      var exact = vocabulary(w);
      if (exact) add(exact[0], 1.0);
      Stem.candidates(w).forEach(function (c) { add(c, 1.0); });
      if (isPrefixed(ws, k)) {
        var started = [];
        prefixFiles(w).forEach(function (name) {
          var v = data.kosakata[name] || {};
          Object.keys(v).forEach(function (word) {
            if (word !== w && word.indexOf(w) === 0) started.push([v[word][0], v[word][1]]);
          });
        });
        started.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); });
        var seen = [];
        started.forEach(function (e) {
          if (seen.length < PREFIX_LIMIT && !has(seen, e[0])) seen.push(e[0]);
        });
        seen.forEach(function (stem) { add(stem, PREFIX_FACTOR); });
      }
      return g;
    });
  }

  function idf(n, d) {
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  }

  // Ranks every SOP for the query; `keep(doc)` filters.
  function rank(query, keep) {
    var n = data.dasar.n;
    var acc = new Map();
    groupsOf(words(query)).forEach(function (g) {
      var best = new Map();
      g.forEach(function (e) {
        var list = postings(e[0]);
        if (!list) return;
        var i = idf(n, list.length);
        list.forEach(function (p) {
          var tf = p[1];
          var s = e[1] * i * (tf * (K1 + 1) / (tf + K1));
          var b = best.get(p[0]);
          if (b === undefined || s > b) best.set(p[0], s);
        });
      });
      best.forEach(function (s, doc) {
        var a = acc.get(doc);
        if (!a) acc.set(doc, a = [0, 0]);
        a[0] += 1;
        a[1] += s;
      });
    });
    var hits = [];
    acc.forEach(function (a, doc) {
      if (!keep || keep(doc)) hits.push({ doc: doc, groups: a[0], score: a[1] });
    });
    hits.sort(function (a, b) { return b.groups - a.groups || b.score - a.score || a.doc - b.doc; });
    return hits;
  }

  function documents(docs) {
    var size = data.dasar.blok;
    var blocks = [];
    docs.forEach(function (d) {
      var b = Math.floor(d / size);
      if (!has(blocks, b)) blocks.push(b);
    });
    return Promise.all(blocks.map(function (b) { return load("d-" + b + ".js"); })).then(function () {
      return docs.map(function (d) {
        var doc = data.dokumen[Math.floor(d / size)][d % size];
        var f = data.dasar.facets[d];
        return { doc: d, nama: doc.n, url: doc.u, status: doc.s, kalimat: doc.k,
                 instansi: data.dasar.instansi[f[0]], unit: data.dasar.unit[f[1]] };
      });
    });
  }

  // A test of whether a word of a text matches the query.
  function matcher(query) {
    var stems = {};
    groupsOf(words(query)).forEach(function (g) {
      g.forEach(function (e) { stems[e[0]] = true; });
    });
    return function (word) {
      var lower = word.toLowerCase();
      var v = vocabulary(lower);
      if (v && stems[v[0]]) return true;
      return Stem.candidates(lower).some(function (c) { return stems[c]; });
    };
  }

  var WORD = /([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)/u;

  // `text` in parts: [part, whether it matches the query].
  function marked(text, matches) {
    return text.split(WORD).map(function (part, i) {
      return [part, i % 2 === 1 && matches(part)];
    }).filter(function (p) { return p[0] !== ""; });
  }

  // The title of a result, its matching words marked.
  function title(doc, query) {
    return marked(doc.nama, matcher(query));
  }

  // The sentence of a result that best shows why it matched, its matching
  // words marked.
  function snippet(doc, query) {
    var matches = matcher(query);
    var best = null;
    var bestCount = 0;
    doc.kalimat.forEach(function (k) {
      var count = 0;
      k.split(WORD).forEach(function (part, i) {
        if (i % 2 === 1 && matches(part)) count += 1;
      });
      if (count > bestCount) { best = k; bestCount = count; }
    });
    return marked(best || doc.kalimat[0] || "", matches);
  }

  var engine = {
    load: load, prepare: prepare, rank: rank, documents: documents, snippet: snippet, title: title,
    groups: function (q) { return groupsOf(words(q)); },
    data: data,
    setLoader: function (fn) { loader = fn; },
  };
  Object.keys(engine).forEach(function (k) { api[k] = engine[k]; });
  root.SopgenCari = api;
  if (typeof module === "object" && module.exports) module.exports = api;

  // ---- the search page ------------------------------------------------
  if (typeof document === "undefined") return;

  function scriptLoader(base) {
    return function (file, done, fail) {
      var s = document.createElement("script");
      s.src = base + file;
      s.async = true;
      s.onload = done;
      s.onerror = function () { fail(new Error("tidak dapat memuat " + file)); };
      document.head.appendChild(s);
    };
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function startPage(page) {
    var form = page.querySelector("form");
    var input = page.querySelector("#q");
    var selInstansi = page.querySelector("#filter-instansi");
    var selUnit = page.querySelector("#filter-unit");
    var status = page.querySelector("#status-cari");
    var list = page.querySelector("#hasil-cari");
    var more = page.querySelector("#lebih-banyak");
    var rootHref = page.getAttribute("data-root") || "../";
    var index = page.getAttribute("data-indeks") || "indeks/";
    var fileUrls = page.getAttribute("data-berkas") === "1";
    loader = scriptLoader(index);
    var shown = 20;
    var turn = 0;

    function fillFilters() {
      var d = data.dasar;
      d.instansi.forEach(function (name, i) {
        if (name) selInstansi.appendChild(el("option", { value: String(i) }, name));
      });
      var units = [];
      d.unit.forEach(function (name, i) { if (name) units.push([name, i]); });
      units.sort(function (a, b) { return a[0].localeCompare(b[0], "id"); });
      units.forEach(function (u) { selUnit.appendChild(el("option", { value: String(u[1]) }, u[0])); });
    }

    function keep() {
      var i = selInstansi.value === "" ? -1 : parseInt(selInstansi.value, 10);
      var u = selUnit.value === "" ? -1 : parseInt(selUnit.value, 10);
      if (i < 0 && u < 0) return null;
      return function (doc) {
        var f = data.dasar.facets[doc];
        return (i < 0 || f[0] === i) && (u < 0 || f[1] === u);
      };
    }

    function href(url) {
      return rootHref + url.split("/").map(encodeURIComponent).join("/") + (fileUrls ? "index.html" : "");
    }

    function show(query, hits, docs) {
      list.textContent = "";
      docs.forEach(function (d, k) {
        var li = el("li");
        var a = el("a", { class: "search-result", href: href(d.url) });
        var judul = el("span", { class: "judul-hasil" });
        title(d, query).forEach(function (part) {
          judul.appendChild(part[1] ? el("mark", {}, part[0]) : document.createTextNode(part[0]));
        });
        a.appendChild(judul);
        li.appendChild(a);
        var where = [d.instansi, d.unit].filter(Boolean).join(" · ");
        if (where) li.appendChild(el("span", { class: "asal" }, where));
        if (d.status !== "berlaku") li.appendChild(el("span", { class: "status status-" + d.status }, d.status === "dicabut" ? "Dicabut" : "Draf"));
        var p = el("p", { class: "cuplikan" });
        snippet(d, query).forEach(function (part) {
          p.appendChild(part[1] ? el("mark", {}, part[0]) : document.createTextNode(part[0]));
        });
        li.appendChild(p);
        list.appendChild(li);
        li.setAttribute("data-peringkat", String(k + 1));
      });
      more.hidden = hits.length <= docs.length;
    }

    function run() {
      var query = input.value;
      var mine = ++turn;
      try {
        var url = new URL(window.location.href);
        if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
        window.history.replaceState(null, "", url.toString());
      } catch (e) { /* some file:// setups refuse; the search still runs */ }
      if (!words(query).length) {
        list.textContent = "";
        more.hidden = true;
        status.textContent = query.trim() ? "Kata yang dicari terlalu umum; tambahkan kata lain." : "Ketik kata yang dicari, misalnya \u201cpengumpulan data kinerja\u201d.";
        return Promise.resolve();
      }
      status.textContent = "Mencari\u2026";
      return prepare(query).then(function () {
        if (mine !== turn) return;
        var hits = rank(query, keep());
        var top = hits.slice(0, shown).map(function (h) { return h.doc; });
        return documents(top).then(function (docs) {
          if (mine !== turn) return;
          show(query, hits, docs);
          status.textContent = hits.length
            ? hits.length + " SOP ditemukan untuk \u201c" + query.trim() + "\u201d."
            : "Tidak ada SOP yang cocok dengan \u201c" + query.trim() + "\u201d. Coba kata lain atau hapus saringan.";
          page.setAttribute("data-siap", String(mine));
        });
      }).catch(function (e) {
        status.textContent = "Pencarian gagal: " + e.message;
      });
    }

    var timer = null;
    function soon() {
      clearTimeout(timer);
      shown = 20;
      timer = setTimeout(run, 60);
    }
    input.addEventListener("input", soon);
    selInstansi.addEventListener("change", soon);
    selUnit.addEventListener("change", soon);
    form.addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); run(); });
    more.addEventListener("click", function () { shown += 20; run(); });

    var params = new URLSearchParams(window.location.search);
    if (params.get("q")) input.value = params.get("q");
    load("dasar.js").then(function () {
      fillFilters();
      if (params.get("instansi")) selInstansi.value = params.get("instansi");
      page.setAttribute("data-dimuat", "1");
      return run();
    }).catch(function (e) {
      status.textContent = "Indeks pencarian tidak dapat dimuat: " + e.message;
    });
  }

  function onReady(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }
  onReady(function () {
    var page = document.getElementById("halaman-cari");
    if (page) startPage(page);
  });
})(typeof window !== "undefined" ? window : globalThis);
