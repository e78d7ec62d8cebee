/* sopgen: the Indonesian stemmer of the search, in the browser.
 *
 * A port of src/search/stem.rs that must behave identically: the index is
 * built with the Rust one and queries are stemmed with this one. Both are
 * checked against tests/data/stem_vectors.tsv and
 * tests/data/stem_families.tsv (tests/js/stem.test.js here). Change both
 * files together; the Rust file documents the algorithm.
 *
 * A classic script: it defines window.SopgenStem (globalThis.SopgenStem),
 * or module.exports under Node. API:
 *   candidates(word)       every plausible stem, best guess first; never empty
 *   stemWith(word, known)  the first candidate known(c) accepts, else the first
 *   isStopWord(word)       a function word the index leaves out
 *   tokens(text)           lowercase word tokens, as the index splits text
 *   new Stemmer(words)     .stem(word): the candidate the corpus supports best
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module && module.exports) {
    module.exports = api;
  } else if (root) {
    root.SopgenStem = api;
  }
})(typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : this, function () {
  'use strict';

  // ---------------------------------------------------------- word lists

  var STOP_WORDS = [
    'ada', 'adalah', 'agar', 'akan', 'aku', 'anda', 'antara', 'apa', 'apabila', 'atas', 'atau',
    'bagaimana', 'bagi', 'bahwa', 'beberapa', 'belum', 'bila', 'boleh', 'bukan', 'dalam', 'dan',
    'dapat', 'dari', 'demikian', 'dengan', 'di', 'dia', 'hanya', 'harus', 'ia', 'ialah', 'ini',
    'itu', 'jika', 'juga', 'kami', 'kamu', 'karena', 'ke', 'kepada', 'ketika', 'kita', 'lagi',
    'lain', 'lainnya', 'maka', 'masih', 'maupun', 'melalui', 'mengenai', 'mereka', 'meskipun',
    'namun', 'oleh', 'pada', 'para', 'pula', 'pun', 'saat', 'saja', 'sambil', 'sangat', 'saya',
    'sebagai', 'sebagaimana', 'sebelum', 'secara', 'sedang', 'sedangkan', 'sehingga', 'sejak',
    'selain', 'selama', 'seluruh', 'semua', 'sendiri', 'seperti', 'serta', 'sesudah', 'setelah',
    'setiap', 'suatu', 'sudah', 'supaya', 'tanpa', 'telah', 'tentang', 'terhadap', 'tersebut',
    'tetapi', 'tiap', 'untuk', 'walaupun', 'yaitu', 'yakni', 'yang'
  ];
  var STOP = new Set(STOP_WORDS);

  var PROTECTED = [
    'berapa', 'beras', 'berat', 'berita', 'berkas', 'diklat', 'dinamis', 'digital', 'direktur',
    'disiplin', 'divisi', 'kaban', 'kalimantan', 'kawasan', 'memang', 'menaker', 'mendagri', 'mendikbud',
    'pedoman', 'pegawai', 'pelaku', 'pemerintah', 'pendapat', 'penduduk', 'pengaruh',
    'penyakit', 'perangkat', 'perempuan', 'periksa', 'perintah', 'periode', 'pesan', 'peserta',
    'selatan', 'sekolah', 'tangan', 'terima', 'terminal', 'triwulan'
  ];
  var PROTECTED_SET = new Set(PROTECTED);

  var ROOTS_IN_I = ['lestari', 'mandiri', 'murni', 'teliti'];

  function protectedStart(s) {
    for (var i = 0; i < PROTECTED.length; i++) {
      if (s.startsWith(PROTECTED[i])) return true;
    }
    return false;
  }

  // ------------------------------------------------------------ analysis

  var MARGIN = 10;

  // Suffixes
  var NONE = 0, AN = 1, KAN = 2, I = 3;
  // Prefix kinds, in the order strips() lists them
  var MEN = 0, PEN = 1, PE = 2, PER = 3, BER = 4, TER = 5, DI = 6, KE = 7, SE = 8;
  var ALL_KINDS = (1 << 9) - 1;
  function bit(k) { return 1 << k; }

  function isVowel(c) {
    return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
  }

  function isLowerAscii(s) {
    return /^[a-z]*$/.test(s);
  }

  // One closed syllable: sah, cek, tik, bom (ai, au, oi and ei are one
  // vowel; ua in luar is two)
  function oneSyllable(s) {
    if (s.length < 3 || s.length > 4 || isVowel(s[s.length - 1])) return false;
    var syllables = 0, prev = '';
    for (var i = 0; i < s.length; i++) {
      var b = s[i];
      var diphthong = (b === 'i' && (prev === 'a' || prev === 'o' || prev === 'e')) || (b === 'u' && prev === 'a');
      if (isVowel(b) && !diphthong) syllables++;
      prev = b;
    }
    return syllables === 1;
  }

  // A strip: {kind, pre, at, rank, restored, shortOk}
  function strips(w, s, e, mask) {
    var out = [];
    var t = w.slice(s, e);
    if (t.length < 5) return out;
    function at(i) { return i < t.length ? t[i] : ''; }
    function on(k) { return (mask & bit(k)) !== 0; }
    function push(kind, pre, pos, rank, restored, shortOk) {
      if (out.length < 8) {
        out.push({ kind: kind, pre: pre, at: pos, rank: rank, restored: restored || '', shortOk: !!shortOk });
      }
    }
    if (on(MEN) && t.startsWith('me')) nasal(t, s, MEN, push);
    if (on(PEN) && t.startsWith('pe')) nasal(t, s, PEN, push);
    if (on(PE) && t.startsWith('pe')) {
      if (t.startsWith('pelajar')) {
        push(PE, '', s + 3, 0);
      } else if ('tdkgjscbh'.indexOf(at(2)) >= 0 && at(2) !== '') {
        push(PE, '', s + 2, 0);
      }
    }
    // per-, and its pel- of pelajari (mempelajari)
    if (on(PER) && (t.startsWith('per') || t.startsWith('pelajar'))) push(PER, '', s + 3, 0);
    if (on(BER)) {
      if (t.startsWith('ber')) {
        push(BER, '', s + 3, 0);
        if (isVowel(at(3))) push(BER, '', s + 2, 7);
      } else if (t.startsWith('belajar')) {
        push(BER, '', s + 3, 0);
      } else if (t.startsWith('be') && !isVowel(at(2)) && at(3) === 'e' && at(4) === 'r') {
        push(BER, '', s + 2, 0);
      }
    }
    if (on(TER) && t.startsWith('ter')) {
      push(TER, '', s + 3, 0);
      if (isVowel(at(3))) push(TER, '', s + 2, 7);
    }
    if (on(DI) && t.startsWith('di')) push(DI, '', s + 2, 0);
    if (on(KE) && t.startsWith('ke')) push(KE, '', s + 2, 0);
    if (on(SE) && t.startsWith('se')) push(SE, '', s + 2, 0);
    return out;
  }

  function nasal(t, s, kind, push) {
    function at(i) { return i < t.length ? t[i] : ''; }
    var c;
    if (t.startsWith('ng', 2)) {
      c = at(4);
      if (isVowel(c)) {
        if (c === 'e' && oneSyllable(t.slice(5))) {
          push(kind, '', s + 5, 0, '', true);
          push(kind, 'k', s + 4, 1, 'k');
          push(kind, '', s + 4, 2);
        } else if (c === 'e') {
          push(kind, 'k', s + 4, 0, 'k');
          push(kind, '', s + 4, 1, '', true);
        } else {
          push(kind, '', s + 4, 0, '', true);
          push(kind, 'k', s + 4, 1, 'k');
        }
        // A root in ng (ngeri), last: they are few.
        if (t.length >= 7 && !(c === 'e' && oneSyllable(t.slice(5)))) push(kind, '', s + 2, 3);
      } else if (c === 'g' || c === 'h' || c === 'k') {
        push(kind, '', s + 4, 0);
      }
    } else if (t.startsWith('ny', 2)) {
      if (isVowel(at(4))) {
        push(kind, 's', s + 4, 0, 's');
        push(kind, '', s + 2, 1);
      }
    } else if (at(2) === 'm') {
      c = at(3);
      if (isVowel(c)) {
        push(kind, 'p', s + 3, 0, 'p');
        push(kind, '', s + 2, 1);
      } else if (c === 'b' || c === 'f' || c === 'v') {
        push(kind, '', s + 3, 0);
      } else if (c === 'p') {
        var rest = t.slice(3);
        if (rest.startsWith('per') || rest.startsWith('pel') || rest.startsWith('punya') ||
            at(4) === 'r' || at(4) === 'l') {
          push(kind, '', s + 3, 0);
        }
      } else if (c === 'r') {
        push(kind, 'p', s + 3, 0, 'p');
      }
    } else if (at(2) === 'n') {
      c = at(3);
      if (isVowel(c)) {
        push(kind, 't', s + 3, 0, 't');
        push(kind, '', s + 2, 1);
      } else if (c === 'd' || c === 'c' || c === 'j' || c === 'z' ||
                 (c === 's' && at(4) === 'y') || (c === 't' && at(4) === 'r')) {
        push(kind, '', s + 3, 0);
      } else if (c === 's' && isVowel(at(4)) && kind === MEN) {
        push(kind, '', s + 3, 2);
      }
    } else if (t.startsWith('pelajar')) {
      // pel- + ajar, see strips()
    } else if (at(2) === 'l' || at(2) === 'w' || at(2) === 'y' || (at(2) === 'r' && kind === MEN)) {
      push(kind, '', s + 2, 0);
    } else if (at(2) === 'r' && isVowel(at(3))) {
      push(kind, '', s + 2, 1);
    }
  }

  function confixOk(k, suf) {
    switch (k) {
      case MEN: case DI: case TER: return suf === KAN || suf === I;
      case BER: return suf === AN || suf === KAN;
      case PEN: case PE: case KE: case SE: return suf === AN;
      default: return true; // PER
    }
  }

  // null when the reading is not one
  function outerCost(k, suf, len, shortOk) {
    if (suf !== NONE) {
      if (!confixOk(k, suf)) return null;
      if (k === SE) return 1;
      if (k === BER && len === 3) return -3;
      return -30;
    }
    var short = len === 3;
    if ((k === MEN || k === PEN || k === DI) && short && !shortOk) return 3;
    switch (k) {
      case MEN: return -20;
      case DI: case PEN: return -8;
      case BER: return short ? 3 : -5;
      case PE: case TER: return short ? 3 : -3;
      case SE: return short ? 4 : 2;
      default: return null; // PER, KE
    }
  }

  function innerCost(outer, k, len) {
    if (len === 3) return 3;
    switch (k) {
      case BER: return -5;
      case PEN: return -8;
      case KE: return outer === BER ? -3 : 2;
      case PER: return outer === MEN || outer === DI ? -3 : 2;
      default: return -3;
    }
  }

  function innerKinds(k) {
    switch (k) {
      case MEN: return bit(BER) | bit(PER);
      case PEN: return bit(BER);
      case DI: return bit(BER) | bit(PER) | bit(KE);
      case TER: return bit(PER);
      case BER: return bit(KE) | bit(PEN) | bit(PE) | bit(PER);
      case KE: return bit(BER) | bit(TER) | bit(PEN) | bit(PE) | bit(PER);
      default: return 0;
    }
  }

  function validOnset(a, b, c) {
    if (isVowel(a) || isVowel(b)) return true;
    var digraph = (a === 'n' && (b === 'g' || b === 'y')) || (a === 's' && b === 'y') || (a === 'k' && b === 'h');
    var cluster = 'bdfgkpt'.indexOf(a) >= 0 && a !== '' && (b === 'r' || b === 'l');
    return (digraph || cluster) && isVowel(c);
  }

  function Analyser(w) {
    this.w = w;
    this.raws = [];
  }

  Analyser.prototype.run = function () {
    var w = this.w;
    var n = w.length;
    var particles = [[n, 0]];
    if (n >= 6 && (w.endsWith('lah') || w.endsWith('kah') || w.endsWith('tah') || w.endsWith('pun'))) {
      particles.push([n - 3, 2]);
    }
    for (var i = 0; i < particles.length; i++) {
      var e1 = particles[i][0], c1 = particles[i][1];
      var b1 = w.slice(0, e1);
      var poss = [[e1, 0]];
      if (e1 >= 6 && b1.endsWith('nya') && !b1.endsWith('tanya') && !b1.endsWith('punya')) {
        poss.push([e1 - 3, -15]);
      } else if (e1 >= 7 && (b1.endsWith('ku') || b1.endsWith('mu'))) {
        poss.push([e1 - 2, 4]);
      }
      for (var j = 0; j < poss.length; j++) {
        var e2 = poss[j][0], c2 = poss[j][1];
        var b2 = w.slice(0, e2);
        if (!PROTECTED_SET.has(b2)) {
          if (b2.endsWith('an') && e2 >= 5) this.top(e2 - 2, AN, c1 + c2);
          if (b2.endsWith('kan') && e2 >= 6) this.top(e2 - 3, KAN, c1 + c2);
          if (b2.endsWith('i') && e2 >= 5) this.top(e2 - 1, I, c1 + c2);
        }
        this.top(e2, NONE, c1 + c2);
      }
    }
  };

  Analyser.prototype.top = function (e, suf, base) {
    var bare = null;
    if (suf === NONE) bare = 0;
    else if (suf === AN) bare = e >= 4 ? -3 : 3;
    else if (suf === KAN) bare = 1;
    if (bare !== null) this.add('', 0, e, base + bare, suf, false);
    if (protectedStart(this.w.slice(0, e))) return;
    // A root ending in a or in s (nilai, mulai; verifikasi, mutasi)
    // is read with -i only a little less readily than without it.
    var lastCh = this.w[e - 1];
    var doubtfulI = suf === I && (lastCh === 'a' || lastCh === 's');
    var st = strips(this.w, 0, e, ALL_KINDS);
    for (var i = 0; i < st.length; i++) {
      var x = st[i];
      var len = x.pre.length + e - x.at;
      var pc;
      if (doubtfulI) {
        pc = outerCost(x.kind, NONE, len, x.shortOk);
        if (pc !== null) pc += 5;
      } else {
        pc = outerCost(x.kind, suf, len, x.shortOk);
      }
      if (pc === null) continue;
      var cost = base + pc + x.rank;
      if (this.add(x.pre, x.at, e, cost, suf, true)) this.inner(x, e, cost, suf, 1);
    }
  };

  Analyser.prototype.inner = function (x, e, cost, suf, depth) {
    if (depth >= 3) return;
    if (x.restored === 'k') {
      if ((x.kind === MEN || x.kind === PEN) && this.w[x.at] === 'e') {
        var len = e - x.at - 1;
        this.add('', x.at + 1, e, cost + innerCost(x.kind, KE, len), suf, true);
      }
      return;
    }
    if (x.restored !== '' || protectedStart(this.w.slice(x.at, e))) return;
    var st = strips(this.w, x.at, e, innerKinds(x.kind));
    for (var i = 0; i < st.length; i++) {
      var y = st[i];
      var l = y.pre.length + e - y.at;
      var c = cost + innerCost(x.kind, y.kind, l) + y.rank;
      if (this.add(y.pre, y.at, e, c, suf, true)) this.inner(y, e, c, suf, depth + 1);
    }
  };

  Analyser.prototype.add = function (pre, start, end, cost, suf, stripped) {
    var root = pre + this.w.slice(start, end);
    var len = root.length;
    if (len < 3 || !/[aeiou]/.test(root)) return false;
    if (stripped && !validOnset(root[0], root[1], root[2])) return false;
    if (suf !== NONE) {
      if (pre === '') {
        var tail = this.w.slice(start);
        for (var p = 0; p < PROTECTED.length; p++) {
          if (PROTECTED[p].length > len && tail.startsWith(PROTECTED[p])) return false;
        }
      }
      var last = root[len - 1], prev = root[len - 2];
      var codaOk = isVowel(last) ||
        (isVowel(prev) && last !== 'w' && last !== 'y') ||
        (last === 'y' && !isVowel(prev)) ||
        (last === 'g' && prev === 'n' && len >= 3 && isVowel(root[len - 3]));
      if (!codaOk) return false;
      if (suf === I) {
        if (len < 4 || last === 'e' || last === 'i' || last === 'o' || last === 'y') return false;
        if (ROOTS_IN_I.indexOf(root + 'i') >= 0) return false;
      }
    }
    this.raws.push({ root: root, cost: cost });
    return true;
  };

  function single(word) {
    return [{ root: word, cost: 0 }];
  }

  // [normalised word, candidates with costs, cheapest first]
  function analyse(word) {
    var lower = String(word).toLowerCase();
    var norm = lower;
    if (lower.indexOf('-') >= 0) {
      var k = lower.indexOf('-');
      var a = lower.slice(0, k), b = lower.slice(k + 1);
      var merged = b.indexOf('-') >= 0 ? null : reduplication(a, b);
      if (merged === null) return [lower, single(lower)];
      norm = merged;
    }
    if (norm.length < 5 || !isLowerAscii(norm) || !/[aeiou]/.test(norm) || PROTECTED_SET.has(norm)) {
      return [norm, single(norm)];
    }
    var an = new Analyser(norm);
    an.run();
    var raws = an.raws;
    raws.sort(function (x, y) { return x.cost - y.cost; });
    var limit = (raws.length ? raws[0].cost : 0) + MARGIN;
    var out = [];
    var seen = new Set();
    for (var i = 0; i < raws.length && raws[i].cost < limit; i++) {
      if (!seen.has(raws[i].root)) {
        seen.add(raws[i].root);
        out.push(raws[i]);
      }
    }
    if (!out.length) return [norm, single(norm)];
    return [norm, out];
  }

  // ------------------------------------------------------ reduplication

  var REDUP_PREFIXES = ['', 'se', 'ber', 'ter', 'di', 'ke', 'per'];
  var REDUP_SUFFIXES = ['an', 'kan', 'i', 'nya', 'annya', 'kannya', 'inya', 'lah', 'pun', 'ku', 'mu'];

  function reduplication(a, b) {
    function letters(s) { return s.length >= 2 && isLowerAscii(s); }
    if (!letters(a) || !letters(b)) return null;
    if (a === b) return a;
    var i, p;
    for (i = 1; i < REDUP_PREFIXES.length; i++) {
      p = REDUP_PREFIXES[i];
      if (b.length >= 3 && a.length === p.length + b.length && a.startsWith(p) && a.endsWith(b)) return a;
    }
    for (i = 0; i < REDUP_PREFIXES.length; i++) {
      p = REDUP_PREFIXES[i];
      if (!a.startsWith(p)) continue;
      var core = a.slice(p.length);
      if (core.length >= 3 && b.startsWith(core)) {
        var rest = b.slice(core.length);
        if (REDUP_SUFFIXES.indexOf(rest) >= 0) return a + rest;
      }
    }
    var m = menForm(a);
    if (m !== null && m === b) return a;
    return null;
  }

  function menForm(a) {
    var c = a[0];
    if (c === undefined) return null;
    if ('aeiough'.indexOf(c) >= 0) return 'meng' + a;
    if (c === 'k') return 'meng' + a.slice(1);
    if (c === 'p') return 'mem' + a.slice(1);
    if ('bfv'.indexOf(c) >= 0) return 'mem' + a;
    if (c === 't') return 'men' + a.slice(1);
    if ('dcjz'.indexOf(c) >= 0) return 'men' + a;
    if (c === 's') return 'meny' + a.slice(1);
    if ('lrwymn'.indexOf(c) >= 0) return 'me' + a;
    return null;
  }

  // ------------------------------------------------------------------ API

  function candidates(word) {
    return analyse(word)[1].map(function (c) { return c.root; });
  }

  function stemWith(word, known) {
    var cands = candidates(word);
    for (var i = 0; i < cands.length; i++) {
      if (known(cands[i])) return cands[i];
    }
    return cands[0];
  }

  function Stemmer(words) {
    this.words = new Set();
    this.votes = new Map();
    var self = this;
    function vote(root, n) {
      self.votes.set(root, (self.votes.get(root) || 0) + n);
    }
    for (var w of words) {
      var r = analyse(w);
      var norm = r[0], cands = r[1];
      if (this.words.has(norm)) continue;
      this.words.add(norm);
      if (cands.length === 1) {
        vote(cands[0].root, 2);
        continue;
      }
      for (var i = 0; i < cands.length; i++) {
        var c = cands[i];
        if (c.root === norm) vote(c.root, 2);
        else if (c.cost <= 0) vote(c.root, 1);
      }
    }
  }

  Stemmer.prototype.stem = function (word) {
    var r = analyse(word);
    var norm = r[0], cands = r[1];
    if (cands.length === 1) return cands[0].root;
    var inside = this.words.has(norm);
    var votes = this.votes;
    function get(m, k) { return m.get(k) || 0; }
    var best = -1, bestVotes = 0;
    for (var i = 0; i < cands.length; i++) {
      var c = cands[i];
      var v;
      if (c.root === norm) v = get(votes, c.root) - (inside ? 2 : 0);
      else if (c.cost > 0) v = get(votes, c.root) - 1; // a doubtful candidate counts one vote less
      else v = get(votes, c.root) - (inside ? 1 : 0);
      if (v > bestVotes) {
        best = i;
        bestVotes = v;
      }
    }
    if (best < 0) {
      best = 0;
      for (var j = 0; j < cands.length; j++) {
        if (cands[j].root === norm) { best = j; break; }
      }
    }
    var chosen = cands[best].root;
    if (chosen !== norm && this.words.has(chosen)) {
      var further = this.stem(chosen);
      if (further !== chosen && cands.some(function (c) { return c.root === further; })) return further;
    }
    return chosen;
  };

  function isStopWord(word) {
    return STOP.has(String(word).replace(/[A-Z]/g, function (c) { return c.toLowerCase(); }));
  }

  var ALNUM = /^[\p{Alphabetic}\p{N}]$/u;

  function isHyphen(ch) {
    return ch === '-' || ch === '\u2010' || ch === '\u2011';
  }

  function tokens(text) {
    var out = [];
    var chain = [];
    var cur = '';
    var hyphen = false;
    function flush() {
      if (cur !== '') {
        chain.push(cur.toLowerCase());
        cur = '';
      }
      var i = 0;
      while (i < chain.length) {
        if (i + 1 < chain.length && reduplication(chain[i], chain[i + 1]) !== null) {
          out.push(chain[i] + '-' + chain[i + 1]);
          i += 2;
        } else {
          out.push(chain[i]);
          i += 1;
        }
      }
      chain = [];
    }
    for (var ch of String(text)) {
      if (ALNUM.test(ch)) {
        if (hyphen) {
          chain.push(cur.toLowerCase());
          cur = '';
          hyphen = false;
        }
        cur += ch;
      } else if (isHyphen(ch) && cur !== '' && !hyphen) {
        hyphen = true;
      } else {
        flush();
        hyphen = false;
      }
    }
    flush();
    return out;
  }

  return {
    candidates: candidates,
    stemWith: stemWith,
    isStopWord: isStopWord,
    tokens: tokens,
    Stemmer: Stemmer
  };
});
