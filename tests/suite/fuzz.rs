//! Property-based fuzzing (proptest) of the parsers and guards that read
//! untrusted text: the front-matter splitter, the SOP and `_index.md`
//! parsers, waktu, tanggal, dasar hukum, the stemmer and tokenizer, and the
//! preview server's path handling.
//!
//! Each target checks invariants, not just "no panic": see the comment of
//! each test. Inputs are structure-aware where it matters: SOP files are
//! the real ones under `content/` and synthetic ones (`sopgen_synth`),
//! mutated by deleting, copying, splicing and inserting hostile text;
//! citations, words and paths are built from their grammar's pieces; and
//! every target also gets plain random strings.
//!
//! `cargo test` runs a short run (a few thousand cases a target). The long
//! run sets the number of cases of every target:
//!
//! ```sh
//! SOPGEN_FUZZ_CASES=1000000 cargo test --release --test suite -- fuzz:: --skip impor_fuzz --test-threads=1 --nocapture
//! ```
//!
//! Each target prints how many inputs it ran, in how long, and its slowest
//! input. The short run has a fixed seed, the long run a random one;
//! `SOPGEN_FUZZ_SEED=N` replays a run (a failure prints its seed);
//! `SOPGEN_FUZZ_HANG_SECS` (default 20) is how long one input may take
//! before the run is aborted as hung, printing that input;
//! `SOPGEN_FUZZ_SLOWEST_DIR=DIR` writes each target's slowest input there
//! in full. Failures are not persisted to files: a bug found becomes a
//! unit test beside its code (see `content::parse`, `content::frontmatter`
//! and `hukum`).

use std::collections::HashMap;
use std::fmt::Debug;
use std::hash::BuildHasher;
use std::io::Write as _;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::ThreadId;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseResult, TestRunner};

use sopgen::content::frontmatter::{self, Split, SplitError};
use sopgen::content::parse::{MAX_LANGKAH, MAX_PELAKSANA, parse_bagian, parse_sop};
use sopgen::content::tanggal::{BENTUK_TANGGAL, Tanggal};
use sopgen::content::waktu::{self, Lama, Ukuran, Waktu};
use sopgen::diagnostic::{Diagnostic, SourceFile};
use sopgen::indexes::hukum;
use sopgen::search::stem;
use sopgen::serve::http::{Lookup, Refusal, Served, clean_path, percent_decode};

// ------------------------------------------------------------ the runner

/// Runs `test` on `cases` inputs of `strategy` (or `SOPGEN_FUZZ_CASES`),
/// with a watchdog against hangs, and reports the run on stderr.
fn fuzz<S>(
    name: &'static str,
    // Cases of the short run: in a release build, in a debug one.
    (release, debug): (u32, u32),
    strategy: S,
    test: impl Fn(&S::Value) -> TestCaseResult,
) where
    S: Strategy,
    S::Value: Clone + Send + 'static,
{
    let cases = std::env::var("SOPGEN_FUZZ_CASES")
        .ok()
        .and_then(|s| s.trim().replace('_', "").parse().ok())
        .unwrap_or(if cfg!(debug_assertions) {
            debug
        } else {
            release
        });
    let seed = run_seed() ^ fnv(name.as_bytes());
    let config = Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(seed),
        // A long run must not spend an hour shrinking one failure.
        max_shrink_time: 120_000,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let ran = AtomicU64::new(0);
    let slowest: Mutex<(Duration, Option<S::Value>)> = Mutex::new((Duration::ZERO, None));
    let started = Instant::now();
    let result = runner.run(&strategy, |input| {
        ran.fetch_add(1, Ordering::Relaxed);
        let id = std::thread::current().id();
        let t = Instant::now();
        watchdog().lock().unwrap().insert(
            id,
            Running {
                name,
                since: t,
                input: Box::new(input.clone()),
            },
        );
        let r = test(&input);
        let took = t.elapsed();
        watchdog().lock().unwrap().remove(&id);
        let mut s = slowest.lock().unwrap();
        if took > s.0 {
            *s = (took, Some(input));
        }
        r
    });
    let (slow, slow_input) = slowest.into_inner().unwrap();
    if let Err(e) = result {
        panic!(
            "fuzz target `{name}` failed (SOPGEN_FUZZ_SEED={}): {e}",
            run_seed()
        );
    }
    let full = slow_input.map_or_else(String::new, |v| format!("{v:?}"));
    // The slowest input in full, for a look at what takes time.
    if let Ok(dir) = std::env::var("SOPGEN_FUZZ_SLOWEST_DIR") {
        let _ = std::fs::write(Path::new(&dir).join(format!("{name}.txt")), &full);
    }
    let shown = match full.char_indices().nth(120) {
        Some((cut, _)) => format!("{}… ({} chars)", &full[..cut], full.chars().count()),
        None => full,
    };
    eprintln!(
        "fuzz {name}: {} inputs in {:.1?}, slowest {:.1?}: {shown}",
        ran.load(Ordering::Relaxed),
        started.elapsed(),
        slow,
    );
}

/// The seed of this run: `SOPGEN_FUZZ_SEED`; else a random one for a long
/// run, and a fixed one for the short run of `cargo test`, so that CI gives
/// the same answer for the same code (new ground is the long run's job).
fn run_seed() -> u64 {
    static SEED: OnceLock<u64> = OnceLock::new();
    *SEED.get_or_init(|| {
        std::env::var("SOPGEN_FUZZ_SEED")
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or_else(|| {
                if std::env::var_os("SOPGEN_FUZZ_CASES").is_some() {
                    std::collections::hash_map::RandomState::new().hash_one(Instant::now())
                } else {
                    20_121_135
                }
            })
    })
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

struct Running {
    name: &'static str,
    since: Instant,
    input: Box<dyn Debug + Send>,
}

/// The input each test thread is working on; a thread checks every half
/// second and aborts the process, printing the input, when one takes
/// longer than `SOPGEN_FUZZ_HANG_SECS`.
fn watchdog() -> &'static Mutex<HashMap<ThreadId, Running>> {
    static RUNNING: OnceLock<Mutex<HashMap<ThreadId, Running>>> = OnceLock::new();
    static STARTED: OnceLock<()> = OnceLock::new();
    let running = RUNNING.get_or_init(|| Mutex::new(HashMap::new()));
    STARTED.get_or_init(|| {
        let limit = std::env::var("SOPGEN_FUZZ_HANG_SECS")
            .ok()
            .and_then(|s| s.parse().ok())
            .map_or(Duration::from_secs(20), Duration::from_secs);
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(Duration::from_millis(500));
                let map = running.lock().unwrap_or_else(|e| e.into_inner());
                if let Some(r) = map.values().find(|r| r.since.elapsed() > limit) {
                    // Straight to stderr: the test harness would swallow
                    // a captured `eprintln!` when the process aborts.
                    let _ = writeln!(
                        std::io::stderr(),
                        "fuzz {}: one input has run for {:.1?} (SOPGEN_FUZZ_SEED={}); a hang? input: {:?}",
                        r.name,
                        r.since.elapsed(),
                        run_seed(),
                        r.input
                    );
                    std::process::abort();
                }
            }
        });
    });
    running
}

// -------------------------------------------------------- random strings

/// Characters that matter to the parsers, with any other now and then.
fn fuzz_char() -> impl Strategy<Value = char> + Clone {
    const ASCII: &[u8] = b" \n\t\r+-=\"'[]{}#.,:;/\\%_()0123456789abdeghiklmnprstuyABCKNPT";
    #[rustfmt::skip]
    const ODD: &[char] = &[
        '\0', '\u{feff}', '\u{200f}', '\u{202e}', '\u{2028}', '\u{85}', '\u{a0}', '\u{3000}',
        '\u{301}', '\u{307}', '\u{7f}', '\u{1b}', 'İ', 'ß', 'ſ', '\u{212a}', 'Σ', 'ǅ', 'ä', '２',
        '٣', '😀', '\u{10ffff}', '\u{fffd}', '“', '”', '–', '•',
    ];
    prop_oneof![
        8 => prop::sample::select(ASCII).prop_map(char::from),
        2 => any::<char>(),
        1 => prop::sample::select(ODD),
    ]
}

fn fuzz_string(max: usize) -> impl Strategy<Value = String> + Clone {
    prop::collection::vec(fuzz_char(), 0..max).prop_map(|v| v.into_iter().collect())
}

/// Text that has broken parsers before, or that these ones treat specially.
const HOSTILE: &[&str] = &[
    "\"\"\"",
    "'''",
    "\"",
    "'",
    "[[",
    "]]",
    "[",
    "]",
    "{",
    "}",
    "+++",
    "+++\n",
    "\n+++\n",
    "---\n",
    "\0",
    "\u{feff}",
    "\u{200f}",
    "\u{202e}",
    "\u{2066}",
    "👩\u{200d}👩\u{200d}👧",
    "😀",
    "e\u{301}",
    "İ",
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\t",
    " = ",
    "=",
    "#",
    "\\",
    "\\u0000",
    "\\uD800",
    "\\U0010FFFF",
    "\\x",
    "1979-05-27T07:32:00Z",
    "2023-02-29",
    "2023-13-01",
    "0000-00-00",
    "nan",
    "-inf",
    "1e400",
    "0x1F",
    "-0",
    "99999999999999999999999999",
    "a.b.c",
    "\"a\".\"b\"",
    "[langkah]\n",
    "[[langkah]]\n",
    "[disahkan_oleh]\n",
    "[[disahkan_oleh]]\n",
    "[[langkah]]\nkegiatan = \"K\"\npelaksana = \"Staf\"\n",
    "[[langkah]]\nid = \"a\"\nkegiatan = \"K\"\npelaksana = [\"Staf\", \"Staf\"]\ntidak = \"a\"\n",
    "tidak = 1\n",
    "tidak = 0\n",
    "ya = -1\n",
    "tidak = 9223372036854775807\n",
    "tidak = \"rapat\"\n",
    "ya = \"\"\n",
    "id = \"rapat\"\n",
    // Two ids as close to a wrong target: the hint must not depend on hashing.
    "[[langkah]]\nid = \"ab\"\nkegiatan = \"K\"\npelaksana = \"Staf\"\n",
    "[[langkah]]\nid = \"ac\"\nkegiatan = \"K\"\npelaksana = \"Staf\"\ntidak = \"aa\"\n",
    "tidak = \"aa\"\n",
    "id = 5\n",
    "waktu = \"1,5 jam\"\n",
    "waktu = \"100001 menit\"\n",
    "waktu = \"99999 bulan\"\n",
    "waktu = \"0.0000000000000000000001 detik\"\n",
    "waktu = 10\n",
    "tanggal_pembuatan = 2023-02-29\n",
    "tanggal_revisi = \"2023-13\"\n",
    "tanggal_efektif = 1979-05-27T07:32:00Z\n",
    "tanggal_pengesahan = \"0000\"\n",
    "status = \"Draf\"\n",
    "status = \"dicabut\"\n",
    "status = 1\n",
    "slug = \"..\"\n",
    "slug = \"_x\"\n",
    "nip = \"1970\"\n",
    "nip = \"１９７０１２３１１９９８０３１０６９\"\n",
    "pelaksana = []\n",
    "pelaksana = \"Staf\"\n",
    "pelaksana = [\"A\", \"a\", \" A \"]\n",
    "langkah = []\n",
    "langkah = {}\n",
    "langkah = 5\n",
    "keterkaitan = \"x\"\n",
    "keterkaitan = [1, 2]\n",
    "dasar_hukum = 5\n",
    "dasar_hukum = [\"UU No.23/2014\", \"\"]\n",
    "nama = \"\"\n",
    "nama = { a = 1 }\n",
    "judul = \"J\"\n",
    "x = [[[[[[[[[[\n",
    "x = { a = { b = { c = {\n",
    "inline = { a = 1, a = 2 }\n",
];

/// A string made to upset a parser: hostile pieces, random text, or both.
fn hostile_string() -> impl Strategy<Value = String> + Clone {
    prop::collection::vec(
        prop_oneof![
            2 => prop::sample::select(HOSTILE).prop_map(str::to_string),
            1 => fuzz_string(12),
        ],
        0..6,
    )
    .prop_map(|v| v.concat())
}

// ------------------------------------------------------------- SOP files

/// The seed files: every `.md` under `content/`, and a synthetic catalogue.
fn seeds() -> &'static [String] {
    static SEEDS: OnceLock<Vec<String>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let mut out: Vec<String> = walkdir::WalkDir::new(&root)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
            .map(|e| std::fs::read_to_string(e.path()).unwrap())
            .collect();
        assert!(out.len() >= 6, "the example content is missing");
        out.extend(
            sopgen_synth::generate(40, 7)
                .into_iter()
                .filter(|f| f.path.ends_with(".md"))
                .map(|f| f.text),
        );
        out
    })
}

/// One change to a file. Positions are taken modulo the text's length and
/// moved back to a character boundary.
#[derive(Debug, Clone)]
enum Edit {
    Delete {
        at: u32,
        len: u16,
    },
    Insert {
        at: u32,
        what: String,
    },
    Replace {
        at: u32,
        len: u16,
        what: String,
    },
    /// Copies a piece of the text elsewhere, `times` times.
    Copy {
        from: u32,
        len: u16,
        to: u32,
        times: u8,
    },
    /// Inserts lines of another seed file at the start of a line.
    Splice {
        file: u16,
        line: u32,
        count: u8,
        to: u32,
    },
    SwapLines {
        a: u32,
        b: u32,
    },
    DeleteLine {
        at: u32,
    },
    Truncate {
        at: u32,
    },
    Crlf,
    Bom,
    LongLine {
        at: u32,
        len: u32,
        ch: char,
    },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => (any::<u32>(), 0..64u16).prop_map(|(at, len)| Edit::Delete { at, len }),
        4 => (any::<u32>(), hostile_string()).prop_map(|(at, what)| Edit::Insert { at, what }),
        3 => (any::<u32>(), 0..32u16, hostile_string())
            .prop_map(|(at, len, what)| Edit::Replace { at, len, what }),
        2 => (any::<u32>(), 1..400u16, any::<u32>(), prop_oneof![4 => 1..3u8, 1 => 1..=255u8])
            .prop_map(|(from, len, to, times)| Edit::Copy { from, len, to, times }),
        2 => (any::<u16>(), any::<u32>(), 1..8u8, any::<u32>())
            .prop_map(|(file, line, count, to)| Edit::Splice { file, line, count, to }),
        1 => (any::<u32>(), any::<u32>()).prop_map(|(a, b)| Edit::SwapLines { a, b }),
        1 => any::<u32>().prop_map(|at| Edit::DeleteLine { at }),
        1 => any::<u32>().prop_map(|at| Edit::Truncate { at }),
        1 => Just(Edit::Crlf),
        1 => Just(Edit::Bom),
        1 => (any::<u32>(), 1000..20_000u32, prop::sample::select(&['a', '"', '[', ' ', 'ä', '😀', '+'][..]))
            .prop_map(|(at, len, ch)| Edit::LongLine { at, len, ch }),
    ]
}

fn boundary(s: &str, at: u32) -> usize {
    let mut i = at as usize % (s.len() + 1);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn range(s: &str, at: u32, len: u16) -> Range<usize> {
    let a = boundary(s, at);
    let mut b = (a + len as usize).min(s.len());
    while !s.is_char_boundary(b) {
        b -= 1;
    }
    a..b
}

fn line_starts(s: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(s.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

fn apply(text: &mut String, e: &Edit) {
    match e {
        Edit::Delete { at, len } => {
            let r = range(text, *at, *len);
            text.replace_range(r, "");
        }
        Edit::Insert { at, what } => {
            let i = boundary(text, *at);
            text.insert_str(i, what);
        }
        Edit::Replace { at, len, what } => {
            let r = range(text, *at, *len);
            text.replace_range(r, what);
        }
        Edit::Copy {
            from,
            len,
            to,
            times,
        } => {
            let piece = text[range(text, *from, *len)].repeat(*times as usize);
            let i = boundary(text, *to);
            text.insert_str(i, &piece);
        }
        Edit::Splice {
            file,
            line,
            count,
            to,
        } => {
            let other = &seeds()[*file as usize % seeds().len()];
            let starts = line_starts(other);
            let a = starts[*line as usize % starts.len()];
            let b = starts
                .get(starts.partition_point(|&s| s <= a) + *count as usize - 1)
                .copied()
                .unwrap_or(other.len());
            let here = line_starts(text);
            let i = here[*to as usize % here.len()];
            text.insert_str(i, &other[a..b]);
        }
        Edit::SwapLines { a, b } => {
            let mut lines: Vec<&str> = text.split('\n').collect();
            let n = lines.len();
            lines.swap(*a as usize % n, *b as usize % n);
            *text = lines.join("\n");
        }
        Edit::DeleteLine { at } => {
            let mut lines: Vec<&str> = text.split('\n').collect();
            let n = lines.len();
            lines.remove(*at as usize % n);
            *text = lines.join("\n");
        }
        Edit::Truncate { at } => {
            let i = boundary(text, *at);
            text.truncate(i);
        }
        Edit::Crlf => *text = text.replace("\r\n", "\n").replace('\n', "\r\n"),
        Edit::Bom => text.insert(0, '\u{feff}'),
        Edit::LongLine { at, len, ch } => {
            let i = boundary(text, *at);
            let long: String = std::iter::repeat_n(*ch, *len as usize).collect();
            text.insert_str(i, &long);
        }
    }
}

/// A content file: a seed with edits, or random text, or hostile pieces.
#[derive(Clone)]
struct Mutant {
    seed: usize,
    edits: Vec<Edit>,
    text: String,
}

impl Debug for Mutant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "seed {} with {:?}: {:?}",
            self.seed, self.edits, self.text
        )
    }
}

fn content_file() -> impl Strategy<Value = Mutant> {
    let mutated = (any::<u16>(), prop::collection::vec(edit(), 0..8)).prop_map(|(seed, edits)| {
        let seed = seed as usize % seeds().len();
        let mut text = seeds()[seed].clone();
        for e in &edits {
            apply(&mut text, e);
        }
        Mutant { seed, edits, text }
    });
    let random = prop_oneof![
        fuzz_string(600),
        prop::collection::vec(hostile_string(), 0..20).prop_map(|v| v.concat()),
        // Random front matter between fences.
        (
            hostile_string(),
            prop::collection::vec(hostile_string(), 0..10),
            fuzz_string(40)
        )
            .prop_map(|(a, v, b)| format!("{a}+++\n{}\n+++\n{b}", v.join("\n"))),
    ]
    .prop_map(|text| Mutant {
        seed: usize::MAX,
        edits: Vec::new(),
        text,
    });
    prop_oneof![6 => mutated, 1 => random]
}

// -------------------------------------------------- front-matter splitter

/// What `split` should do, written plainly from its documentation: skip a
/// BOM and blank lines; the first line must be `+++` (trailing whitespace
/// allowed); the front matter runs to the next such line.
fn reference_split(text: &str) -> Result<Split, SplitError> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[bom..];
    if rest.trim().is_empty() {
        return Err(SplitError::Empty);
    }
    let mut lines = Vec::new();
    let mut start = bom;
    for piece in rest.split_inclusive('\n') {
        let body = piece.strip_suffix('\n').unwrap_or(piece);
        lines.push(start..start + body.len());
        start += piece.len();
    }
    let fence = |r: &Range<usize>| text[r.clone()].trim_end() == "+++";
    let mut it = lines
        .into_iter()
        .skip_while(|l| text[l.clone()].trim().is_empty());
    let first = it.next().unwrap();
    if !fence(&first) {
        return Err(SplitError::Missing {
            yaml: text[first.clone()].trim_end() == "---",
            first_line: first,
        });
    }
    let toml_start = (first.end + 1).min(text.len());
    for l in it {
        if fence(&l) {
            return Ok(Split {
                toml: toml_start..l.start,
                body: (l.end + 1).min(text.len())..text.len(),
            });
        }
    }
    Err(SplitError::Unterminated { opening: first })
}

/// `split` agrees with the plain reference above; its ranges are in order,
/// on character boundaries, the front matter holds no fence line and a
/// fence line separates it from the body; a BOM only shifts the result, and
/// CRLF line endings split the same as LF.
#[test]
fn frontmatter_split() {
    fuzz("frontmatter_split", (5000, 2000), content_file(), |m| {
        let text = &m.text;
        let got = frontmatter::split(text);
        prop_assert_eq!(&got, &reference_split(text));
        match &got {
            Ok(s) => {
                prop_assert!(s.toml.start <= s.toml.end && s.toml.end <= s.body.start);
                prop_assert_eq!(s.body.end, text.len());
                for i in [s.toml.start, s.toml.end, s.body.start] {
                    prop_assert!(text.is_char_boundary(i));
                }
                let before = text[..s.toml.start].trim_start_matches('\u{feff}');
                prop_assert_eq!(before.trim(), "+++");
                let fence = &text[s.toml.end..s.body.start];
                prop_assert_eq!(fence.trim_end(), "+++");
                prop_assert!(
                    !text[s.toml.clone()]
                        .split('\n')
                        .any(|l| l.trim_end() == "+++"),
                    "a fence inside the front matter"
                );
            }
            Err(SplitError::Empty) => {
                prop_assert!(
                    text.trim_start_matches('\u{feff}').trim().is_empty(),
                    "not blank"
                );
            }
            Err(SplitError::Missing { first_line, .. })
            | Err(SplitError::Unterminated {
                opening: first_line,
            }) => {
                prop_assert!(first_line.end <= text.len());
                prop_assert!(!text[first_line.clone()].contains('\n'));
                prop_assert!(!text[first_line.clone()].trim().is_empty());
            }
        }
        // A BOM shifts everything by its three bytes.
        if !text.starts_with('\u{feff}') {
            let with_bom = format!("\u{feff}{text}");
            let shift = |r: &Range<usize>| r.start + 3..r.end + 3;
            let expected = match &got {
                Ok(s) => Ok(Split {
                    toml: shift(&s.toml),
                    body: shift(&s.body),
                }),
                Err(SplitError::Empty) => Err(SplitError::Empty),
                Err(SplitError::Missing { yaml, first_line }) => Err(SplitError::Missing {
                    yaml: *yaml,
                    first_line: shift(first_line),
                }),
                Err(SplitError::Unterminated { opening }) => Err(SplitError::Unterminated {
                    opening: shift(opening),
                }),
            };
            prop_assert_eq!(frontmatter::split(&with_bom), expected);
        }
        // CRLF line endings split the same way.
        if !text.contains('\r') {
            let crlf = text.replace('\n', "\r\n");
            let back = |r: Range<usize>| crlf[r].replace("\r\n", "\n");
            match (frontmatter::split(&crlf), &got) {
                (Ok(c), Ok(s)) => {
                    prop_assert_eq!(back(c.toml), &text[s.toml.clone()]);
                    prop_assert_eq!(back(c.body), &text[s.body.clone()]);
                }
                (Err(SplitError::Empty), Err(SplitError::Empty))
                | (Err(SplitError::Missing { .. }), Err(SplitError::Missing { .. }))
                | (Err(SplitError::Unterminated { .. }), Err(SplitError::Unterminated { .. })) => {}
                (c, s) => prop_assert!(false, "CRLF gives {:?}, LF {:?}", c, s),
            }
        }
        Ok(())
    });
}

// --------------------------------------------------------- content parser

/// Every located diagnostic points into the file: its line exists, its
/// quoted text is that line, its column and underline lie on it; it names
/// the file; and it renders.
fn check_diagnostics(file: &SourceFile, diags: &[Diagnostic]) -> TestCaseResult {
    let lines: Vec<&str> = file.text.split('\n').collect();
    for d in diags {
        prop_assert_eq!(&d.file, &file.path);
        prop_assert!(!d.message.trim().is_empty());
        let Some(l) = &d.location else {
            continue;
        };
        prop_assert!(
            l.line >= 1 && l.line <= lines.len(),
            "line {} of {}",
            l.line,
            lines.len()
        );
        // The quoted line leaves out the line ending, every `\r` of it.
        let raw = lines[l.line - 1];
        let line = raw.trim_end_matches('\r');
        prop_assert_eq!(&l.line_text, line);
        let chars = line.chars().count();
        // Known: a span starting at the `\n` of a CRLF line ending (TOML's
        // "expected `\"`" at the end of a line) is shown past the line's
        // end, after the `\r` that `line_text` leaves out. Only that case
        // is let through; `SourceFile::locate` could clamp it.
        let past_cr = raw.len() - line.len();
        prop_assert!(
            l.column >= 1 && l.column <= chars + 1 + past_cr,
            "column {} on a line of {} chars: {:?}",
            l.column,
            chars,
            d
        );
        prop_assert!(l.width >= 1);
        prop_assert!(
            l.column - 1 + l.width <= chars + 1 + past_cr,
            "underline past the line: {:?}",
            d
        );
        let shown = d.render(false);
        prop_assert!(shown.contains(&d.locus()));
        let _ = d.render_short(true);
    }
    Ok(())
}

fn check_span(text: &str, span: &Range<usize>, inside: &Range<usize>) -> TestCaseResult {
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{:?}",
        span
    );
    prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    prop_assert!(
        inside.start <= span.start && span.end <= inside.end,
        "{:?} outside {:?}",
        span,
        inside
    );
    Ok(())
}

fn key(diags: &[Diagnostic]) -> Vec<String> {
    diags.iter().map(|d| d.render(false)).collect()
}

fn lower_normal(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `parse_sop` never panics; its diagnostics are located inside the file,
/// within the front matter, and the same on every run (no hash-order
/// leaks); a split error gives exactly one; an SOP comes back only without
/// errors, and then satisfies docs/format.md: 1..=20 distinct pelaksana,
/// 1..=200 steps each done by known, distinct pelaksana, decisions
/// pointing to other existing steps, distinct ids, waktu whose sum cannot
/// overflow, valid dates, spans inside the front matter, and the body
/// after it.
#[test]
fn parse_sop_file() {
    fuzz("parse_sop", (3000, 800), content_file(), |m| {
        let file = SourceFile::new("content/x/y.md", m.text.clone());
        let (sop, diags) = parse_sop(Arc::clone(&file), "x/y".to_string());
        check_diagnostics(&file, &diags)?;
        let (_, again) = parse_sop(Arc::clone(&file), "x/y".to_string());
        prop_assert_eq!(
            key(&diags),
            key(&again),
            "diagnostics differ between two runs"
        );
        let split = frontmatter::split(&file.text);
        let Ok(split) = split else {
            prop_assert!(sop.is_none());
            prop_assert_eq!(diags.len(), 1);
            prop_assert!(diags[0].is_error());
            return Ok(());
        };
        let closing_line = file.text[..split.toml.end].matches('\n').count() + 1;
        // Control characters in the notes are dropped with a warning at
        // the first of them: the one diagnostic of the body.
        let body_controls = file.text[split.toml.end..]
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'));
        for d in &diags {
            if body_controls && !d.is_error() {
                continue;
            }
            if let Some(l) = &d.location {
                prop_assert!(
                    l.line <= closing_line,
                    "diagnostic after the front matter: {:?}",
                    d
                );
            }
        }
        let Some(sop) = sop else {
            prop_assert!(
                diags.iter().any(Diagnostic::is_error),
                "no SOP and no error"
            );
            return Ok(());
        };
        prop_assert!(!diags.iter().any(Diagnostic::is_error));
        prop_assert_eq!(&sop.body, &file.text[split.body.clone()]);
        prop_assert_eq!(sop.path.as_str(), "x/y");
        let n = sop.pelaksana.len();
        prop_assert!((1..=MAX_PELAKSANA).contains(&n));
        let mut names: Vec<String> = sop.pelaksana.iter().map(|p| lower_normal(p)).collect();
        names.sort();
        names.dedup();
        prop_assert_eq!(names.len(), n, "duplicate pelaksana");
        let steps = sop.langkah.len();
        prop_assert!((1..=MAX_LANGKAH).contains(&steps));
        let mut ids = Vec::new();
        for (i, l) in sop.langkah.iter().enumerate() {
            prop_assert!(!l.pelaksana.is_empty());
            let mut seen = l.pelaksana.clone();
            seen.sort_unstable();
            seen.dedup();
            prop_assert_eq!(seen.len(), l.pelaksana.len());
            prop_assert!(l.pelaksana.iter().all(|&p| p < n));
            for t in [l.tidak, l.ya].into_iter().flatten() {
                prop_assert!(t < steps && t != i, "step {} points to {}", i, t);
            }
            if let Some(id) = &l.id {
                ids.push(id.trim().to_string());
            }
            if let Some(w) = &l.waktu {
                prop_assert!(w.seconds() <= MAX_WAKTU_DETIK);
            }
        }
        let count = ids.len();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), count, "duplicate step ids");
        prop_assert!(sop.total_seconds() <= MAX_LANGKAH as u64 * MAX_WAKTU_DETIK);
        for t in [
            sop.tanggal_pembuatan,
            sop.tanggal_revisi,
            sop.tanggal_efektif,
            sop.tanggal_pengesahan,
        ]
        .into_iter()
        .flatten()
        {
            check_tanggal(&t)?;
        }
        for nip in sop.disahkan_oleh.iter().filter_map(|p| p.nip.as_ref()) {
            let digits: String = nip
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '.')
                .collect();
            prop_assert!(digits.len() == 18 && digits.bytes().all(|b| b.is_ascii_digit()));
        }
        for k in &sop.keterkaitan {
            check_span(&file.text, &k.span, &split.toml)?;
        }
        if let Some(s) = &sop.slug {
            check_span(&file.text, &s.span, &split.toml)?;
            prop_assert!(!s.text.contains(['/', '\\', '?', '#', '%']) && s.text != "..");
        }
        Ok(())
    });
}

/// `parse_bagian` never panics; its diagnostics are located inside the
/// file and the same on every run; without front matter the whole file is
/// the body, with it the body is what follows it.
#[test]
fn parse_bagian_file() {
    fuzz("parse_bagian", (3000, 800), content_file(), |m| {
        let file = SourceFile::new("content/x/_index.md", m.text.clone());
        let (bagian, diags) = parse_bagian(Arc::clone(&file), "x".to_string());
        check_diagnostics(&file, &diags)?;
        let (_, again) = parse_bagian(Arc::clone(&file), "x".to_string());
        prop_assert_eq!(key(&diags), key(&again));
        prop_assert_eq!(bagian.path.as_str(), "x");
        // The body without control characters, which are dropped with
        // one warning.
        let clean = |t: &str| -> String {
            t.chars()
                .filter(|&c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
                .collect()
        };
        match frontmatter::split(&file.text) {
            Ok(s) => prop_assert_eq!(&bagian.body, &clean(&file.text[s.body])),
            Err(SplitError::Empty | SplitError::Missing { .. }) => {
                prop_assert_eq!(&bagian.body, &clean(&file.text));
                prop_assert_eq!(diags.len(), usize::from(clean(&file.text) != file.text));
            }
            Err(SplitError::Unterminated { .. }) => prop_assert_eq!(diags.len(), 1),
        }
        Ok(())
    });
}

// ------------------------------------------------------------------ waktu

fn waktu_text() -> impl Strategy<Value = String> {
    let digits = prop_oneof![
        4 => "[0-9]{1,6}",
        1 => "[0-9]{0,30}",
        1 => "0{0,20}[0-9]{0,3}",
    ];
    let number = prop_oneof![
        4 => digits.clone(),
        3 => (digits.clone(), prop::sample::select(&[",", "."][..]), digits)
            .prop_map(|(a, s, b)| format!("{a}{s}{b}")),
        1 => fuzz_string(8),
        1 => prop::sample::select(&["1e3", "-1", "+1", "1,5,5", "1.", ".5", "١٠", "１０", "inf", "NaN", "0x10", "1_000", "100000", "100000.0000000001", "99999.99999999999999", "dua", "tiga puluh", "setengah", "sehari", "2 (dua)", "1 x 24", "1x", "2 X", "10-15", "10 s.d. 15", "10 s/d", "± 10", "maks.", "kurang lebih", "1/2", "½", "1½", "3/0", "1/2/3"][..]).prop_map(str::to_string),
    ];
    let unit = prop_oneof![
        4 => prop::sample::select(&["detik", "menit", "jam", "hari", "hari kerja", "minggu", "bulan", "HK", "mnt", "hr.", "bln", "pekan"][..]).prop_map(str::to_string),
        2 => prop::sample::select(&["Menit", "JAM", "HaRi", "DETI\u{212a}", "menir", "jm", "hr", "tahun", "minggu.", "menit,", "ｍｅｎｉｔ", "menıt", "hari kerj", "hari  KERJA", "x 24 jam", "- 15 menit", "s.d. 2 jam", "jam 30 menit", "menit setelah diterima", "(dua) hari", "menit/berkas"][..]).prop_map(str::to_string),
        1 => fuzz_string(8),
    ];
    let space =
        prop::sample::select(&[" ", "  ", "\t", "\u{a0}", "\u{3000}", "\n", "", " \u{200b}"][..]);
    prop_oneof![
        6 => (space.clone(), number, space.clone(), unit, space.clone(), prop_oneof![6 => Just(String::new()), 1 => fuzz_string(6)])
            .prop_map(|(a, n, b, u, c, tail)| format!("{a}{n}{b}{u}{c}{tail}")),
        1 => fuzz_string(30),
        1 => any::<String>(),
    ]
}

/// The largest length one waktu may have: 100 000 bulan.
const MAX_WAKTU_DETIK: u64 = 100_000 * 30 * 86_400;

/// `Waktu::parse` never panics; free text is what does not start with a
/// digit, kept as written; a refusal comes only with a digit (or ½, ¼,
/// ¾), and explains
/// itself with a hint; a measured waktu is at most 100 000 bulan and
/// 100 000 hari kerja a side (so that 200 steps cannot overflow), not a
/// reversed range, its `seconds` is its lower calendar length, and what
/// it shows reads back to the same value and shows the same again.
#[test]
fn waktu_parse() {
    fuzz("waktu_parse", (5000, 3000), waktu_text(), |text| {
        let got = Waktu::parse(text);
        prop_assert_eq!(&got, &Waktu::parse(text));
        let t = text.trim();
        match got {
            Ok(w) => {
                prop_assert_eq!(w.teks.as_str(), t);
                let Some(u) = &w.ukuran else {
                    prop_assert!(!t.starts_with(|c: char| c.is_ascii_digit()), "{:?}", t);
                    prop_assert_eq!(w.to_string(), t);
                    prop_assert_eq!(w.seconds(), 0);
                    return Ok(());
                };
                prop_assert!(!u.dari.is_empty());
                let (lo, hi) = (u.rendah(), u.tinggi());
                for l in [lo, hi] {
                    prop_assert!(l.detik <= MAX_WAKTU_DETIK, "{:?}", l);
                    prop_assert!(l.hari_kerja_x100 <= 100_000 * 100, "{:?}", l);
                    prop_assert!(l.detik.checked_mul(MAX_LANGKAH as u64).is_some());
                }
                prop_assert!(
                    lo == hi || lo.detik < hi.detik || lo.hari_kerja_x100 < hi.hari_kerja_x100,
                    "reversed range {:?}",
                    u
                );
                prop_assert_eq!(w.seconds(), lo.detik);
                let shown = w.to_string();
                let back = Waktu::parse(&shown);
                prop_assert!(
                    back.is_ok(),
                    "{:?} shows as {:?}, refused: {:?}",
                    t,
                    shown,
                    back
                );
                let back = back.unwrap();
                prop_assert_eq!(&back.ukuran, &w.ukuran, "{:?} shows as {:?}", t, shown);
                prop_assert_eq!(back.to_string(), shown);
                prop_assert!(!lo.to_string().is_empty());
            }
            Err(e) => {
                prop_assert!(
                    text.chars()
                        .any(|c| c.is_ascii_digit() || "½¼¾".contains(c)),
                    "{:?}: {:?}",
                    text,
                    e
                );
                prop_assert!(!e.message.is_empty() && !e.hint.is_empty());
            }
        }
        Ok(())
    });
}

/// (calendar seconds, hundredths of working days)
type Worth = (u64, u64);

/// A waktu built from docs/format.md's forms, and what it is worth: (text,
/// (low, high)).
fn waktu_form() -> impl Strategy<Value = (String, (Worth, Worth))> {
    // (spellings, seconds of one unit; 0 for a working day)
    const UNITS: &[(&[&str], u64)] = &[
        (&["detik", "Detik", "dtk"], 1),
        (&["menit", "MENIT", "mnt"], 60),
        (&["jam", "Jam", "jm"], 3_600),
        (&["hari", "HARI", "hr"], 86_400),
        (&["hari kerja", "Hari Kerja", "HK"], 0),
        (&["minggu", "Minggu"], 7 * 86_400),
        (&["bulan", "Bulan", "bln"], 30 * 86_400),
    ];
    // A number in hundredths, written "12", "12,5" or "12.05".
    let number = (0u64..=2_000, 0u64..100, any::<bool>()).prop_map(|(whole, h, dot)| {
        let text = match (h, dot) {
            (0, _) => whole.to_string(),
            (_, true) => format!("{whole}.{h:02}"),
            (_, false) => format!("{whole},{h:02}"),
        };
        (text, whole * 100 + h)
    });
    let mark = prop::sample::select(
        &[
            "-",
            " - ",
            "–",
            " – ",
            " s.d. ",
            " s/d ",
            " sampai ",
            " sampai dengan ",
            " hingga ",
        ][..],
    );
    (
        number.clone(),
        prop_oneof![3 => Just(None), 1 => (1u64..=3, 0u64..=2).prop_map(Some)],
        (any::<prop::sample::Index>(), any::<prop::sample::Index>()),
        prop_oneof![2 => Just(None), 1 => (number, mark, any::<bool>()).prop_map(Some)],
        prop_oneof![3 => Just(""), 1 => prop::sample::select(&[" setelah berkas lengkap", " per berkas", "/dokumen"][..])],
    )
        .prop_map(|((a, av), kali, (ui, si), range, tail)| {
            let (spellings, secs) = UNITS[ui.index(UNITS.len())];
            let unit = spellings[si.index(spellings.len())];
            // Hundredths of units, k times, to (seconds, hundredths of
            // working days), rounded half up.
            let worth = |v: u64, k: u64| -> Worth {
                let v = v * k;
                if secs == 0 { (0, v) } else { ((v * secs + 50) / 100, 0) }
            };
            match (kali, range) {
                (None, None) => (format!("{a} {unit}{tail}"), (worth(av, 1), worth(av, 1))),
                (Some((k, _)), None) => {
                    (format!("{k} x {a} {unit}{tail}"), (worth(av, k), worth(av, k)))
                }
                // "1-2 x 24 jam": the times vary.
                (Some((k, more)), Some((_, mark, _))) => (
                    format!("{k}{mark}{} x {a} {unit}{tail}", k + more),
                    (worth(av, k), worth(av, k + more)),
                ),
                (None, Some(((b, bv), mark, both))) => {
                    let ((lo, lv), (hi, hv)) = if av <= bv { ((a, av), (b, bv)) } else { ((b, bv), (a, av)) };
                    let text = if both {
                        format!("{lo} {unit}{mark}{hi} {unit}{tail}")
                    } else {
                        format!("{lo}{mark}{hi} {unit}{tail}")
                    };
                    (text, (worth(lv, 1), worth(hv, 1)))
                }
            }
        })
}

/// Every form of docs/format.md is read at the value it is written with,
/// calendar time and working days apart, ranges at both ends.
#[test]
fn waktu_forms() {
    fuzz(
        "waktu_forms",
        (3000, 2000),
        waktu_form(),
        |(text, (lo, hi))| {
            let w = Waktu::parse(text);
            prop_assert!(w.is_ok(), "{:?}: {:?}", text, w);
            let w = w.unwrap();
            let u = w.ukuran.as_ref();
            prop_assert!(u.is_some(), "{:?} read as free text", text);
            let u = u.unwrap();
            let pair = |l: Lama| (l.detik, l.hari_kerja_x100);
            prop_assert_eq!(pair(u.rendah()), *lo, "{:?}", text);
            prop_assert_eq!(pair(u.tinggi()), *hi, "{:?}", text);
            Ok(())
        },
    );
}

/// A total is the sum of its measured steps' ends and counts the others;
/// it reads "0 menit" for nothing and shows a range only when the ends
/// differ.
#[test]
fn waktu_total() {
    let steps = prop::collection::vec(
        prop_oneof![4 => waktu_text().prop_map(Some), 1 => Just(None)],
        0..12,
    );
    fuzz("waktu_total", (2000, 1000), steps, |steps| {
        let parsed: Vec<Option<Waktu>> = steps
            .iter()
            .map(|s| s.as_deref().and_then(|s| Waktu::parse(s).ok()))
            .collect();
        let t = waktu::total(parsed.iter().map(Option::as_ref));
        let measured: Vec<&Ukuran> = parsed
            .iter()
            .flatten()
            .filter_map(|w| w.ukuran.as_ref())
            .collect();
        prop_assert_eq!(t.terukur, measured.len());
        prop_assert_eq!(t.terukur + t.tanpa_waktu, parsed.len());
        prop_assert_eq!(t.rendah, measured.iter().map(|u| u.rendah()).sum::<Lama>());
        prop_assert_eq!(t.tinggi, measured.iter().map(|u| u.tinggi()).sum::<Lama>());
        let teks = t.teks();
        prop_assert_eq!(teks.contains(" – "), t.is_range());
        if t.terukur == 0 {
            prop_assert_eq!(teks.as_str(), "–");
        } else if t.rendah.is_zero() && !t.is_range() {
            prop_assert_eq!(teks.as_str(), "0 menit");
        }
        prop_assert_eq!(t.tanpa_waktu_teks().is_some(), t.tanpa_waktu > 0);
        Ok(())
    });
}

// ---------------------------------------------------------------- tanggal

fn tanggal_text() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        6 => "[0-9]{1,5}",
        1 => fuzz_string(4),
        1 => prop::sample::select(&["", "00", "02", "29", "30", "31", "12", "13", "２０", "٠١", "+1", "-1", " 1"][..]).prop_map(str::to_string),
    ];
    let sep = prop::sample::select(&["-", "-", "-", "/", "/", ".", "--", " - "][..]);
    let space = prop::sample::select(&["", "", " ", "\t", "\n", "\u{a0}", "\u{feff}"][..]);
    prop_oneof![
        6 => (space.clone(), prop::collection::vec((part, sep), 1..5), space)
            .prop_map(|(a, parts, b)| {
                let mut s = a.to_string();
                for (i, (p, sep)) in parts.iter().enumerate() {
                    if i > 0 {
                        s.push_str(sep);
                    }
                    s.push_str(p);
                }
                s + b
            }),
        2 => (0u16..=9999, 0u8..=13, 0u8..=32, 1..=3usize).prop_map(|(y, m, d, n)| match n {
            1 => format!("{y:04}"),
            2 => format!("{y:04}-{m:02}"),
            _ => format!("{y:04}-{m:02}-{d:02}"),
        }),
        2 => (0u8..=32, 0u8..=13, 0u16..=9999, any::<bool>(), prop::sample::select(&["-", "/", "."][..]))
            .prop_map(|(d, m, y, pad, sep)| if pad {
                format!("{d:02}{sep}{m:02}{sep}{y:04}")
            } else {
                format!("{d}{sep}{m}{sep}{y}")
            }),
        1 => prop::sample::select(&["", " ", "-", "–", "—", " - ", "--", "- -"][..]).prop_map(str::to_string),
        1 => fuzz_string(14),
    ]
}

fn check_tanggal(t: &Tanggal) -> TestCaseResult {
    prop_assert!(t.tahun <= 9999);
    if let Some(m) = t.bulan {
        prop_assert!((1..=12).contains(&m));
    }
    if let Some(d) = t.hari {
        prop_assert!(t.bulan.is_some());
        prop_assert_eq!(
            Tanggal::ymd(t.tahun, t.bulan.unwrap(), d),
            Some(*t),
            "not a calendar date"
        );
    }
    prop_assert_eq!(Tanggal::parse(&t.iso()), Some(*t));
    // The Indonesian form it is shown in reads back to it.
    let shown = t.to_string();
    let year = format!("{:04}", t.tahun);
    prop_assert!(shown.ends_with(&year), "{:?}", shown);
    prop_assert_eq!(Tanggal::baca(&shown), Ok(Some(*t)), "{:?}", shown);
    Ok(())
}

/// Whether `y-m-d` is a date of the proleptic Gregorian calendar, counted
/// by days from a known one rather than by the leap-year rule.
fn is_calendar_date(y: u16, m: u8, d: u8) -> bool {
    if !(1..=12).contains(&m) || d == 0 {
        return false;
    }
    // Day d exists when it comes before the first of the next month.
    let next = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    let days = days_from_civil(i64::from(next.0), next.1, 1) - days_from_civil(i64::from(y), m, 1);
    i64::from(d) <= days
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u8, d: u8) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// What `Tanggal::baca` makes of a text without letters, written plainly
/// from its documentation: dashes alone are no date; "YYYY", "YYYY-MM",
/// "YYYY-MM-DD" and day-month-year "D-M-YYYY" (1 or 2 digits, `-`, `/` or
/// `.` twice) naming a real month or day are dates (as ISO text); anything
/// else is refused.
fn reference_tanggal(text: &str) -> Result<Option<String>, ()> {
    let t = text.trim();
    if t.chars().all(|c| c.is_whitespace() || "-–—".contains(c)) {
        return Ok(None);
    }
    let shape =
        |s: &str, n: &[usize]| n.contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    let num = |s: &str| s.parse::<u16>().unwrap();
    let calendar = |y: &str, m: &str, d: &str| {
        let (y, m, d) = (num(y), num(m), num(d));
        (m <= 12 && d <= 31 && is_calendar_date(y, m as u8, d as u8))
            .then(|| format!("{y:04}-{m:02}-{d:02}"))
    };
    let dashed: Vec<&str> = t.split('-').collect();
    let got =
        match dashed.as_slice() {
            [y] if shape(y, &[4]) => Some(y.to_string()),
            [y, m] if shape(y, &[4]) && shape(m, &[2]) => {
                (1..=12).contains(&num(m)).then(|| t.to_string())
            }
            [y, m, d] if shape(y, &[4]) && shape(m, &[2]) && shape(d, &[2]) => calendar(y, m, d),
            _ => ['-', '/', '.'].into_iter().find_map(|sep| {
                match t.split(sep).collect::<Vec<_>>()[..] {
                    [d, m, y] if shape(d, &[1, 2]) && shape(m, &[1, 2]) && shape(y, &[4]) => {
                        calendar(y, m, d)
                    }
                    _ => None,
                }
            }),
        };
    got.map(Some).ok_or(())
}

/// `Tanggal::baca` reads a text without letters exactly as the reference
/// does; on any text it never panics, `parse` is `baca` without reasons,
/// a date is a calendar date that reads back from its ISO and its
/// Indonesian forms, and a refusal says why with every accepted form in
/// its hint. ISO order is the order of `Tanggal`.
#[test]
fn tanggal_parse() {
    fuzz(
        "tanggal_parse",
        (5000, 3000),
        (tanggal_text(), tanggal_text()),
        |(a, b)| {
            for text in [a, b] {
                let got = Tanggal::baca(text);
                prop_assert_eq!(Tanggal::parse(text), got.clone().ok().flatten());
                if !text.chars().any(char::is_alphabetic) {
                    let expected = reference_tanggal(text);
                    let iso = got.clone().map(|t| t.map(|t| t.iso())).map_err(|_| ());
                    prop_assert_eq!(iso, expected, "{:?} -> {:?}", text, got);
                }
                match got {
                    Ok(Some(g)) => check_tanggal(&g)?,
                    Ok(None) => {
                        prop_assert!(text.chars().all(|c| c.is_whitespace() || "-–—".contains(c)))
                    }
                    Err(e) => {
                        prop_assert!(e.message.contains("bukan"), "{:?}", e.message);
                        prop_assert!(e.hint.ends_with(BENTUK_TANGGAL), "{:?}", e.hint);
                    }
                }
            }
            if let (Some(x), Some(y)) = (Tanggal::parse(a), Tanggal::parse(b)) {
                prop_assert_eq!(x.cmp(&y), x.iso().cmp(&y.iso()));
            }
            Ok(())
        },
    );
}

/// The month spellings docs/format.md and `content::tanggal` document, written
/// out again here.
const BULAN: [&[&str]; 12] = [
    &["Januari", "Jan"],
    &["Februari", "Pebruari", "Feb", "Peb"],
    &["Maret", "Mar"],
    &["April", "Apr"],
    &["Mei"],
    &["Juni", "Jun"],
    &["Juli", "Jul"],
    &["Agustus", "Agu", "Agt", "Ags", "Agust"],
    &["September", "Sep", "Sept"],
    &["Oktober", "Okt"],
    &["November", "Nopember", "Nov", "Nop"],
    &["Desember", "Des"],
];

/// An Indonesian date in words, perhaps of a day that does not exist, and
/// the (year, month, day) it names; or one with a word that is no month.
fn tanggal_kata() -> impl Strategy<Value = (String, (u16, u8, Option<u8>), bool)> {
    (
        (
            1000u16..=9999,
            1u8..=12,
            0u8..=32,
            any::<bool>(),
            any::<bool>(),
        ),
        (any::<prop::sample::Index>(), 0..3u8, any::<bool>()),
        prop::sample::select(&[" ", "  ", "\u{a0}", "-", " - ", ", ", "/"][..]),
        prop::sample::select(&["", "", "Senin, ", "Jum'at, ", "kamis "][..]),
        prop_oneof![6 => Just(None), 1 => "[a-z]{2,9}".prop_map(Some)],
    )
        .prop_map(
            |((y, m, d, with_day, pad), (pick, case, dot), sep, hari, other)| {
                let names = BULAN[usize::from(m) - 1];
                let name = other
                    .clone()
                    .unwrap_or_else(|| names[pick.index(names.len())].to_string());
                let name = match case {
                    0 => name.to_uppercase(),
                    1 => name.to_lowercase(),
                    _ => name,
                };
                let dot = if dot { "." } else { "" };
                let day = match (with_day, pad) {
                    (false, _) => String::new(),
                    (true, true) => format!("{d:02}{sep}"),
                    (true, false) => format!("{d}{sep}"),
                };
                let text = format!("{hari}{day}{name}{dot}{sep}{y}");
                let is_month = BULAN
                    .iter()
                    .flat_map(|n| n.iter())
                    .any(|n| n.eq_ignore_ascii_case(&name));
                (
                    text,
                    (y, m, with_day.then_some(d)),
                    other.is_none() || is_month,
                )
            },
        )
}

/// A date in words is read as the day, month and year it names when that
/// day exists, and refused with the reason otherwise: a day past the end
/// of the month names the month's last day, a word that is not a month is
/// named.
#[test]
fn tanggal_in_words() {
    fuzz(
        "tanggal_kata",
        (3000, 2000),
        tanggal_kata(),
        |(text, (y, m, d), month_ok)| {
            let got = Tanggal::baca(text);
            if !month_ok {
                let e = got.unwrap_err();
                prop_assert!(e.message.contains("bukan nama bulan"), "{:?}", e.message);
                return Ok(());
            }
            match d {
                None => prop_assert_eq!(
                    got,
                    Ok(Some(Tanggal {
                        tahun: *y,
                        bulan: Some(*m),
                        hari: None
                    }))
                ),
                Some(d) if is_calendar_date(*y, *m, *d) => {
                    prop_assert_eq!(
                        got,
                        Ok(Some(Tanggal::ymd(*y, *m, *d).unwrap())),
                        "{:?}",
                        text
                    )
                }
                Some(0) => prop_assert!(got.unwrap_err().message.ends_with("tidak ada tanggal 0")),
                Some(_) => {
                    let e = got.unwrap_err();
                    let last = (28..=31)
                        .rev()
                        .find(|&l| is_calendar_date(*y, *m, l))
                        .unwrap();
                    prop_assert!(
                        e.message
                            .ends_with(&format!("{y} hanya sampai tanggal {last}")),
                        "{:?}: {:?}",
                        text,
                        e.message
                    );
                }
            }
            Ok(())
        },
    );
}

// ------------------------------------------------------------ dasar hukum

/// The citations of the seed files.
fn citations() -> &'static [String] {
    static CITATIONS: OnceLock<Vec<String>> = OnceLock::new();
    CITATIONS.get_or_init(|| {
        let mut out: Vec<String> = seeds()
            .iter()
            .filter_map(|text| parse_sop(SourceFile::new("x.md", text.clone()), "x".into()).0)
            .flat_map(|sop| sop.dasar_hukum)
            .collect();
        out.sort();
        out.dedup();
        assert!(out.len() >= 30, "only {} seed citations", out.len());
        out
    })
}

#[derive(Debug, Clone)]
enum WordEdit {
    Delete(u16),
    Duplicate(u16),
    Insert(u16, String),
    Upper(u16),
    Lower(u16),
    /// Joins a word to the next one (without or with a punctuation mark).
    Glue(u16, &'static str),
    Digits(u16, String),
}

fn word_edit() -> impl Strategy<Value = WordEdit> {
    let piece = prop_oneof![
        3 => prop::sample::select(&[
            "Nomor", "No.", "No", "nomor:", "Tahun", "th.", "thn", "tentang", "ttg", "/", "-", ".", ",", "(", ")",
            "Peraturan", "Keputusan", "Menteri", "Bupati", "Gubernur", "Wali", "Kota", "Kabupaten", "Kab.",
            "Provinsi", "Daerah", "Undang-Undang", "UU", "PP", "Perpres", "Permendagri", "Perda", "Perbup",
            "Kepala", "Badan", "Republik", "Indonesia", "Dalam", "Negeri", "dan", "serta", "Bersama",
            "2012", "1945", "2100", "2101", "1944", "0", "07", "13A", "35tahun", "KEP/25/M.PAN/2/2004",
            "190/PMK.05/2012", "188/123/KPTS/2020", "(Lembaran Negara Tahun 2014 Nomor 244)", "1.", "a.", "iv.",
            "(3)", "•", "“", "”", "İ", "ß", "\u{0}", "\u{200f}", "😀", "Undang2", "Nomor35",
            // Short forms and renamed ministries, across their eras.
            "Perbub", "Perbupati", "Kepbub", "Pergubernur", "Perwalikota", "Perkada", "Perdirjen",
            "(Perbup)", "(", ")", "Kepmenpan", "PermenPANRB", "RB", "Reformasi", "Birokrasi", "Negara",
            "Permenakertrans", "Kepmenkeh", "Kehakiman", "HAM", "Pendidikan", "Nasional", "Permendiknas",
            "Permendikbud", "Permenkominfo", "Permenkum", "1993", "1999", "2000", "2004", "2009", "2011",
            "2014", "2021", "2024", "2025",
        ][..]).prop_map(str::to_string),
        1 => fuzz_string(10),
    ];
    prop_oneof![
        2 => any::<u16>().prop_map(WordEdit::Delete),
        1 => any::<u16>().prop_map(WordEdit::Duplicate),
        3 => (any::<u16>(), piece).prop_map(|(i, p)| WordEdit::Insert(i, p)),
        1 => any::<u16>().prop_map(WordEdit::Upper),
        1 => any::<u16>().prop_map(WordEdit::Lower),
        1 => (any::<u16>(), prop::sample::select(&["", ".", "/", "-", ":"][..])).prop_map(|(i, g)| WordEdit::Glue(i, g)),
        1 => (any::<u16>(), "[0-9]{0,6}").prop_map(|(i, d)| WordEdit::Digits(i, d)),
    ]
}

fn citation_text() -> impl Strategy<Value = String> {
    let mutated =
        (any::<u16>(), prop::collection::vec(word_edit(), 0..6)).prop_map(|(seed, edits)| {
            let c = citations();
            let mut words: Vec<String> = c[seed as usize % c.len()]
                .split(' ')
                .map(str::to_string)
                .collect();
            for e in edits {
                let n = words.len().max(1);
                match e {
                    WordEdit::Delete(i) if !words.is_empty() => {
                        words.remove(i as usize % n);
                    }
                    WordEdit::Duplicate(i) if !words.is_empty() => {
                        let w = words[i as usize % n].clone();
                        words.insert(i as usize % n, w);
                    }
                    WordEdit::Insert(i, p) => words.insert(i as usize % (words.len() + 1), p),
                    WordEdit::Upper(i) if !words.is_empty() => {
                        words[i as usize % n] = words[i as usize % n].to_uppercase();
                    }
                    WordEdit::Lower(i) if !words.is_empty() => {
                        words[i as usize % n] = words[i as usize % n].to_lowercase();
                    }
                    WordEdit::Glue(i, g) if words.len() > 1 => {
                        let i = i as usize % (words.len() - 1);
                        let next = words.remove(i + 1);
                        words[i] = format!("{}{g}{next}", words[i]);
                    }
                    WordEdit::Digits(i, d) if !words.is_empty() => {
                        let w = &mut words[i as usize % n];
                        *w = w.replace(|c: char| c.is_ascii_digit(), &d);
                    }
                    _ => {}
                }
            }
            words.join(" ")
        });
    prop_oneof![
        6 => mutated,
        1 => fuzz_string(80),
        1 => prop::collection::vec(hostile_string(), 0..4).prop_map(|v| v.concat()),
    ]
}

fn check_citation(c: &hukum::Citation) -> TestCaseResult {
    prop_assert!((1945..=2100).contains(&c.tahun));
    prop_assert!(!c.jenis.trim().is_empty() && !c.singkatan.trim().is_empty());
    prop_assert!(c.nomor.bytes().any(|b| b.is_ascii_digit()), "{:?}", c);
    if let Some(t) = &c.tentang {
        prop_assert!(!t.is_empty() && t.trim() == t, "{:?}", t);
    }
    let key = c.key();
    prop_assert!(
        key.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'/'),
        "{:?}",
        key
    );
    prop_assert!(
        key.split('/')
            .all(|s| !s.is_empty() && !s.starts_with('-') && !s.ends_with('-')),
        "{:?}",
        key
    );
    let year = format!("/{}", c.tahun);
    prop_assert!(key.ends_with(&year));
    prop_assert_eq!(
        key.split('/').count(),
        if c.wilayah.is_some() { 4 } else { 3 }
    );
    let judul = c.judul();
    prop_assert!(!judul.is_empty() && judul.trim() == judul, "{:?}", judul);
    let nomor = format!(" Nomor {}", c.nomor);
    prop_assert!(judul.contains(&nomor), "{:?}", judul);
    Ok(())
}

/// `hukum::parse` never panics; a citation has a year in 1945..=2100, a
/// number with a digit, a URL-safe key of non-empty parts ending in the
/// year, and a non-empty title naming the number; parsing is
/// deterministic; and the key is the same for the spellings a list gives
/// a citation: with a list number or bullet before it, with a gazette
/// note after it, and in capitals.
#[test]
fn hukum_parse() {
    fuzz("hukum_parse", (5000, 3000), citation_text(), |text| {
        let got = hukum::parse(text);
        prop_assert_eq!(&got, &hukum::parse(text));
        let Some(c) = got else {
            return Ok(());
        };
        check_citation(&c)?;
        let key = c.key();
        prop_assert_eq!(&key, &c.clone().key());
        // Spellings of one regulation, one key: its own title, capitals.
        let judul = c.judul();
        let again = hukum::parse(&judul);
        prop_assert!(again.is_some(), "the title {:?} does not parse", judul);
        prop_assert_eq!(again.unwrap().key(), key.clone(), "title {:?}", judul);
        if text.is_ascii() {
            let upper = hukum::parse(&text.to_uppercase()).map(|c| c.key());
            prop_assert_eq!(upper, Some(key.clone()), "in capitals");
        }
        let ascii_letters = text.bytes().all(|b| b.is_ascii());
        if ascii_letters && c.tentang.is_some() {
            for variant in [
                format!("1. {text}"),
                format!("- {text}"),
                format!("{text} (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244)"),
            ] {
                let v = hukum::parse(&variant);
                prop_assert!(v.is_some(), "{:?} parses, {:?} does not", text, variant);
                prop_assert_eq!(v.unwrap().key(), key.clone(), "{:?}", variant);
            }
        }
        Ok(())
    });
}

// ---------------------------------------------------------------- stemmer

/// The words of the stemmer's test tables.
fn stem_words() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let mut out = Vec::new();
        for f in ["stem_vectors.tsv", "stem_families.tsv"] {
            let text = std::fs::read_to_string(dir.join(f)).unwrap();
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                out.extend(stem::tokens(line));
            }
        }
        out.sort();
        out.dedup();
        assert!(
            out.len() > 500,
            "only {} words in the stem tables",
            out.len()
        );
        out
    })
}

fn word() -> impl Strategy<Value = String> {
    const PREFIXES: &[&str] = &[
        "", "", "", "me", "men", "mem", "meng", "meny", "menge", "pe", "pen", "pem", "peng",
        "peny", "penge", "di", "ter", "ber", "per", "ke", "se", "be", "bel", "memper", "diper",
        "keber", "keter", "pember", "ku", "kau",
    ];
    const SUFFIXES: &[&str] = &[
        "", "", "", "kan", "an", "i", "nya", "ku", "mu", "lah", "kah", "tah", "pun", "annya",
        "kannya", "inya",
    ];
    let syllables = prop::collection::vec("[bcdfghjklmnprstwyz]?[aeiou][ngrhkt]?", 1..5)
        .prop_map(|v| v.concat());
    let root = prop_oneof![
        3 => any::<prop::sample::Index>().prop_map(|i| {
            let w = stem_words();
            w[i.index(w.len())].clone()
        }),
        2 => syllables,
        1 => "[a-z]{1,12}",
    ];
    let built = (
        prop::sample::select(PREFIXES),
        prop::sample::select(PREFIXES),
        root,
        prop::sample::select(SUFFIXES),
        prop::sample::select(SUFFIXES),
        0..6u8,
    )
        .prop_map(|(p1, p2, r, s1, s2, form)| {
            let w = format!("{p1}{p2}{r}{s1}{s2}");
            match form {
                0 => format!("{w}-{w}"),
                1 => format!("{r}-{w}"),
                2 => format!("{w}-{r}{s1}"),
                3 => w.to_uppercase(),
                _ => w,
            }
        });
    prop_oneof![
        6 => built,
        1 => fuzz_string(20),
        1 => "[a-zA-Z0-9\\-]{0,40}",
        1 => prop::sample::select(&["", "-", "--", "a-", "-a", "aa-aa-aa", "İstanbul", "straße", "ﬁle", "ǅemal", "mengİkuti", "ΣΑΣ"][..]).prop_map(str::to_string),
        // A long word, cheap to make.
        1 => ("[a-z]{1,5}", 40..1000usize).prop_map(|(s, n)| s.repeat(n)),
    ]
}

/// The documented contract of the stemmer: `candidates` is never empty,
/// without repeats; a word with a digit, a letter outside a–z or a hyphen
/// that is not a reduplication is its own lowercase and only candidate;
/// any other root is lowercase a–z, no longer than the word, and a
/// stripped root has at least three letters and a vowel; `stem_with`
/// takes the first known candidate, else the first; `Stemmer::stem` always
/// gives one of the candidates, whatever the corpus, and the same whatever
/// its order and repeats; `Stemmer::stems` starts with that stem and adds
/// only other candidates, once each; case does not matter. (Stemming is
/// not promised to be idempotent, so that is not checked.)
#[test]
fn stemmer() {
    let strategy = (word(), prop::collection::vec(word(), 0..12), any::<u8>());
    fuzz("stemmer", (3000, 2000), strategy, |(w, corpus, pick)| {
        let cands = stem::candidates(w);
        prop_assert!(!cands.is_empty());
        let mut unique = cands.clone();
        unique.sort();
        unique.dedup();
        prop_assert_eq!(unique.len(), cands.len(), "repeated candidates {:?}", cands);
        let lower = w.to_lowercase();
        if !w.is_empty() && w.chars().all(char::is_alphabetic) {
            prop_assert!(
                cands.iter().all(|c| !c.is_empty()),
                "{:?} -> {:?}",
                w,
                cands
            );
        }
        let plain = lower.bytes().all(|b| b.is_ascii_lowercase());
        let hyphens = lower.matches('-').count();
        if !plain && hyphens == 0 {
            prop_assert_eq!(&cands, &vec![lower.clone()]);
        }
        if plain || hyphens == 1 {
            for c in &cands {
                if c != &lower {
                    prop_assert!(
                        c.bytes().all(|b| b.is_ascii_lowercase()),
                        "{:?} -> {:?}",
                        w,
                        c
                    );
                    prop_assert!(c.len() <= w.len(), "{:?} -> {:?}", w, c);
                    prop_assert!(!c.is_empty());
                }
                if plain && c != &lower {
                    prop_assert!(
                        c.len() >= 3 && c.bytes().any(|b| b"aeiou".contains(&b)),
                        "{:?} -> {:?}",
                        w,
                        c
                    );
                }
            }
        }
        if w.is_ascii() {
            prop_assert_eq!(&stem::candidates(&w.to_uppercase()), &cands);
        }
        prop_assert_eq!(&stem::stem_with(w, |_| false), &cands[0]);
        let target = &cands[*pick as usize % cands.len()];
        prop_assert_eq!(&stem::stem_with(w, |c| c == target), target);
        let refs: Vec<&str> = corpus
            .iter()
            .map(String::as_str)
            .chain([w.as_str()])
            .collect();
        let stemmer = stem::Stemmer::new(refs.iter().copied());
        let s = stemmer.stem(w);
        prop_assert!(
            cands.contains(&s),
            "{:?} stems to {:?}, not one of {:?}",
            w,
            s,
            cands
        );
        let all = stemmer.stems(w);
        prop_assert_eq!(&all[0], &s);
        let mut unique = all.clone();
        unique.sort();
        unique.dedup();
        prop_assert_eq!(unique.len(), all.len(), "repeated stems {:?}", all);
        prop_assert!(
            all.iter().all(|x| cands.contains(x)),
            "{:?} not among {:?}",
            all,
            cands
        );
        let shuffled = stem::Stemmer::new(refs.iter().rev().chain(refs.iter()).copied());
        prop_assert_eq!(&shuffled.stem(w), &s);
        prop_assert_eq!(&shuffled.stems(w), &all);
        for c in corpus {
            prop_assert!(stem::candidates(c).contains(&stemmer.stem(c)));
        }
        Ok(())
    });
}

fn token_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => word(),
        2 => prop::sample::select(&[" ", "  ", "-", "\u{2010}", "\u{2011}", "--", " - ", ".", ",", "/", "\n", "\u{a0}", "İ", "Σ", "ǅ", "①", "²", "٣", "\u{301}", "😀"][..]).prop_map(str::to_string),
        1 => fuzz_string(10),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

/// `tokens` is `for_each_token` collected; a token is non-empty, has no
/// whitespace, is lowercase, starts and ends with a letter or digit, and
/// has no hyphen unless a reduplication; text split at a space tokenizes
/// as its two halves; an ASCII token is its own only token.
#[test]
fn tokenizer() {
    fuzz(
        "tokenizer",
        (5000, 2000),
        (token_text(), token_text()),
        |(a, b)| {
            let toks = stem::tokens(a);
            let mut each = Vec::new();
            stem::for_each_token(a, |t| each.push(t.to_string()));
            prop_assert_eq!(&toks, &each);
            for t in &toks {
                prop_assert!(!t.is_empty());
                prop_assert!(!t.chars().any(char::is_whitespace), "{:?}", t);
                prop_assert_eq!(&t.to_lowercase(), t);
                let first = t.chars().next().unwrap();
                let last = t.chars().next_back().unwrap();
                prop_assert!(
                    (first.is_alphanumeric() && last.is_alphanumeric()) || !t.is_ascii(),
                    "{:?}",
                    t
                );
                if t.is_ascii() {
                    prop_assert_eq!(stem::tokens(t), vec![t.clone()], "{:?}", t);
                }
                prop_assert!(
                    stem::is_stop_word(t) == stem::is_stop_word(&t.to_uppercase()) || !t.is_ascii()
                );
            }
            let joined = stem::tokens(&format!("{a} {b}"));
            let mut apart = toks.clone();
            apart.extend(stem::tokens(b));
            prop_assert_eq!(joined, apart);
            Ok(())
        },
    );
}

// ------------------------------------------------------------ server paths

fn url_path() -> impl Strategy<Value = String> {
    let segment = prop_oneof![
        4 => prop::sample::select(&[
            "..", ".", "", "a", "dinsos", "index.html", "aset", "sopgen.css", "%2e%2e", "%2E%2E", "%2e.", ".%2e",
            "..%2f..", "%2f", "%2F", "%5c", "%5C", "\\", "..\\..", "%00", "\0", "C:", "c%3a", "C%3A", "%3a", ":",
            "a:b", "%ZZ", "%", "%2", "%%32%65", "%252e%252e", "%c0%ae%c0%ae", "%e2%80%ae", "%C3%A4", "ä", "%0a",
            "%0d", "%7f", "%09", " ", "%20", "~", "?", "#", "?x=/../", "#/../", "%3f", "%23", "//", "\u{202e}",
            "%ef%bc%8e%ef%bc%8e", "．．", "%e2%80%a4%e2%80%a4", "%2e%2e%5c", "file:", "http:", "%ff",
        ][..]).prop_map(str::to_string),
        2 => "[a-zA-Z0-9._~-]{1,10}",
        1 => prop::collection::vec(any::<u8>(), 1..4).prop_map(|v| v.iter().map(|b| format!("%{b:02x}")).collect()),
        1 => fuzz_string(6),
    ];
    prop_oneof![
        8 => (prop::sample::select(&["/", "/", "/", "", "//", "\\", "http://x/", "%2f"][..]), prop::collection::vec(segment, 0..8), any::<bool>())
            .prop_map(|(lead, segs, slash)| {
                let mut s = format!("{lead}{}", segs.join("/"));
                if slash {
                    s.push('/');
                }
                s
            }),
        1 => fuzz_string(40),
        1 => fuzz_string(40).prop_map(|s| format!("/{s}")),
    ]
}

/// Percent-encodes every byte but unreserved ones and `/`.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The path a server rooted at `root` would read for `clean`, resolved
/// lexically (`..` goes up, `.` stays).
fn resolve(root: &Path, clean: &str) -> PathBuf {
    let mut out = root.to_path_buf();
    for c in Path::new(clean).components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// `clean_path` gives a relative path with no empty, `.` or `..` segment,
/// no NUL, backslash or control character, no drive, that stays under the
/// root once joined to it, keeps the final `/` and ignores the query; it
/// is a fixpoint once re-encoded; a refusal is 400 or 403; and a path that
/// a proxy decoded before us is just as safe. `percent_decode` inverts
/// percent-encoding and only ever shortens.
#[test]
fn serve_paths() {
    fuzz(
        "serve_paths",
        (5000, 3000),
        (url_path(), fuzz_string(12)),
        |(url, query)| {
            let root = Path::new("/srv/x");
            for candidate in [url.clone(), percent_decode(url).unwrap_or_default()] {
                let got = clean_path(&candidate);
                match &got {
                    Ok(clean) => {
                        prop_assert!(!clean.starts_with('/'), "{:?}", clean);
                        prop_assert!(!clean.contains(['\0', '\\']), "{:?}", clean);
                        prop_assert!(!clean.chars().any(char::is_control), "{:?}", clean);
                        let body = clean.strip_suffix('/').unwrap_or(clean);
                        if !body.is_empty() {
                            for seg in body.split('/') {
                                prop_assert!(
                                    !matches!(seg, "" | "." | ".."),
                                    "segment {:?} in {:?}",
                                    seg,
                                    clean
                                );
                                let b = seg.as_bytes();
                                prop_assert!(
                                    !(b.len() >= 2 && b[1] == b':' && b[0].is_ascii_alphabetic()),
                                    "drive in {:?}",
                                    clean
                                );
                            }
                        }
                        for c in Path::new(clean).components() {
                            prop_assert!(
                                matches!(c, Component::Normal(_)),
                                "{:?} in {:?}",
                                c,
                                clean
                            );
                        }
                        let joined = resolve(root, clean);
                        prop_assert!(
                            joined.starts_with(root) && joined != root.parent().unwrap(),
                            "{:?} escapes: {:?}",
                            candidate,
                            joined
                        );
                        let path_part = candidate.split(['?', '#']).next().unwrap();
                        let decoded = percent_decode(path_part).unwrap();
                        prop_assert_eq!(
                            clean.ends_with('/'),
                            !clean.is_empty() && decoded.ends_with('/')
                        );
                        // Re-encoded, it cleans to itself.
                        prop_assert_eq!(
                            clean_path(&format!("/{}", encode(clean))),
                            Ok(clean.clone())
                        );
                        // The query and fragment are not part of the path.
                        if !candidate.contains(['?', '#']) {
                            prop_assert_eq!(
                                clean_path(&format!("{candidate}?{query}")),
                                got.clone()
                            );
                            prop_assert_eq!(
                                clean_path(&format!("{candidate}#{query}")),
                                got.clone()
                            );
                        }
                        // A redirect to a folder stays on this site.
                        let mut served = Served::default();
                        served
                            .files
                            .insert(format!("{clean}/index.html"), Arc::new(Vec::new()));
                        if let (false, Lookup::Redirect(to)) =
                            (clean.is_empty(), served.lookup(clean))
                        {
                            prop_assert!(
                                to.starts_with('/') && !to.starts_with("//") && !to.contains('\\'),
                                "{:?}",
                                to
                            );
                            prop_assert_eq!(clean_path(&to), Ok(format!("{clean}/")));
                        }
                    }
                    Err(r) => prop_assert!(matches!(r.status(), 400 | 403)),
                }
                if !candidate.starts_with('/') {
                    prop_assert_eq!(got, Err(Refusal::BadRequest));
                }
            }
            // percent_decode inverts encoding, leaves text without '%' alone.
            prop_assert_eq!(percent_decode(&encode(url)), Some(url.clone()));
            if !url.contains('%') {
                prop_assert_eq!(percent_decode(url), Some(url.clone()));
            }
            if let Some(d) = percent_decode(url) {
                prop_assert!(d.len() <= url.len());
            }
            Ok(())
        },
    );
}
