//! A fingerprint of every flowchart drawn from a large, fixed set of
//! inputs: the SVG of each page (and, stricter, the exact geometry behind
//! it) of thousands of generated SOPs, every SOP of the example catalogue
//! and of the fixture sites, and thousands of random flows with many lanes,
//! loops, jumps and page breaks. For work on the router's speed: a change
//! that only makes the layout faster must leave every fingerprint as it
//! was.
//!
//!     SOPGEN_FLOW_HASHES=/tmp/before.txt cargo test --release --test suite -- flowchart_hashes --ignored
//!     (change the code)
//!     SOPGEN_FLOW_HASHES=/tmp/after.txt SOPGEN_FLOW_HASHES_REF=/tmp/before.txt \
//!         cargo test --release --test suite -- flowchart_hashes --ignored
//!
//! Ignored: it takes seconds in release, and compares against a file made
//! from another revision, not against anything stored here.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use sopgen::content::load::{RawFile, parse_files, read_content};
use sopgen::flowchart::geometry::{self, FlowStep, Metrics};
use sopgen::flowchart::{self, svg, table};

/// FNV-1a, 64 bits: the same on every machine and every Rust release.
fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// splitmix64, for the random flows.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn percent(&mut self, p: usize) -> bool {
        self.below(100) < p
    }
}

/// A random flow meant to be hard to route: many lanes, steps done by
/// several actors, long and short loops back, jumps forward from decisions
/// and `lanjut`, own branch labels of every length, rows of every height
/// (so that pages break often).
fn hard_flow(rng: &mut Rng) -> (usize, Vec<FlowStep>, Vec<f32>) {
    const WORDS: [&str; 8] = [
        "Ya",
        "Tidak",
        "Lengkap",
        "Tidak Lengkap",
        "Memenuhi Syarat",
        "Dikembalikan untuk diperbaiki oleh pemohon",
        "ACC",
        "Perlu Perbaikan",
    ];
    let lanes = 1 + rng.below(10);
    let n = 1 + rng.below(45);
    let mut steps = Vec::with_capacity(n);
    for i in 0..n {
        let mut actors = vec![rng.below(lanes)];
        for _ in 0..2 {
            if lanes > 1 && rng.percent(12) {
                let other = rng.below(lanes);
                if !actors.contains(&other) {
                    actors.push(other);
                }
            }
        }
        let mut s = FlowStep::new(i + 1 + usize::from(rng.percent(5)), actors);
        if i > 0 && rng.percent(28) {
            s.tidak = Some(rng.below(i));
            if rng.percent(10) && i + 2 < n {
                s.tidak = Some(i + 2 + rng.below(n - i - 2));
            }
            if rng.percent(15) && i + 3 < n {
                s.ya = Some(i + 2 + rng.below(n - i - 2));
            } else if rng.percent(5) {
                s.ya = Some(rng.below(i));
            }
            if rng.percent(50) {
                s.label_ya = Some(WORDS[rng.below(WORDS.len())].to_string());
                s.label_tidak = Some(WORDS[rng.below(WORDS.len())].to_string());
            }
        } else if n > 2 && rng.percent(8) {
            let t = rng.below(n);
            if t != i && t != i + 1 {
                s.lanjut = Some(t);
            }
        }
        steps.push(s);
    }
    let rows = (0..n)
        .map(|_| table::MIN_ROW + (rng.below(8) * rng.below(50)) as f32)
        .collect();
    (lanes, steps, rows)
}

fn sops(files: Vec<RawFile>, set: &str, out: &mut BTreeMap<String, u64>) -> usize {
    let loaded = parse_files(files);
    for sop in &loaded.sops {
        let proc = flowchart::procedure(sop);
        let mut all = String::new();
        for (k, page) in proc.pages.iter().enumerate() {
            let _ = write!(all, "{:?}{:?}", page.steps, page.rows);
            out.insert(
                format!("{set} {} page {k} svg", sop.path),
                fnv(page.svg.as_bytes()),
            );
            all.push_str(&page.svg);
        }
        out.insert(format!("{set} {} procedure", sop.path), fnv(all.as_bytes()));
        let plan = flowchart::plan(sop);
        out.insert(
            format!("{set} {} geometry", sop.path),
            fnv(format!("{:?}", plan.pages).as_bytes()),
        );
    }
    loaded.sops.len()
}

fn generated(count: usize, seed: u64) -> Vec<RawFile> {
    sopgen_synth::generate(count, seed)
        .into_iter()
        .filter(|g| g.path.ends_with(".md") && !g.path.ends_with("_index.md"))
        .map(|g| RawFile {
            rel: g.path.trim_start_matches("content/").to_string(),
            display: g.path.clone().into(),
            bytes: g.text.into_bytes(),
        })
        .collect()
}

#[test]
#[ignore]
fn flowchart_fingerprints() {
    let mut hashes: BTreeMap<String, u64> = BTreeMap::new();
    let mut counts = Vec::new();
    for (count, seed) in [(3000, 42), (2000, 11), (1000, 7)] {
        let n = sops(
            generated(count, seed),
            &format!("synth-{seed}"),
            &mut hashes,
        );
        assert_eq!(n, count);
        counts.push(n);
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sites = vec![repo.to_path_buf()];
    let mut fixtures: Vec<_> = std::fs::read_dir(repo.join("tests/fixtures/valid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("content").is_dir())
        .collect();
    fixtures.sort();
    sites.extend(fixtures);
    for root in &sites {
        let (files, _) = read_content(root, &root.join("content"));
        let name = root.strip_prefix(repo).unwrap().display().to_string();
        counts.push(sops(files, &format!("site:{name}"), &mut hashes));
    }
    assert!(counts[3] >= 5, "the example catalogue");
    let mut rng = Rng(0x1A_7E57);
    let flows = 4000;
    for case in 0..flows {
        let (lanes, steps, rows) = hard_flow(&mut rng);
        let cols = table::Columns::new(lanes, false);
        let split = table::paginate(&rows, 60.0, geometry::strips(&steps));
        let m = Metrics::new(cols.lane, table::SPACER);
        let pages = geometry::layout(&steps, lanes, m, &rows, &split);
        let names: Vec<String> = (0..lanes).map(|l| format!("Pelaksana {l}")).collect();
        let numbers: Vec<usize> = steps.iter().map(|s| s.no).collect();
        let mut all = String::new();
        for page in &pages {
            all.push_str(&svg::page_svg(page, &names, &numbers, "bagan"));
        }
        hashes.insert(format!("flow {case:04} svg"), fnv(all.as_bytes()));
        hashes.insert(
            format!("flow {case:04} geometry"),
            fnv(format!("{pages:?}").as_bytes()),
        );
    }
    let text: String = hashes
        .iter()
        .map(|(k, h)| format!("{h:016x} {k}\n"))
        .collect();
    eprintln!(
        "{} fingerprints: SOPs {counts:?}, {flows} random flows",
        hashes.len()
    );
    if let Ok(out) = std::env::var("SOPGEN_FLOW_HASHES") {
        std::fs::write(&out, &text).unwrap();
        eprintln!("written to {out}");
    }
    if let Ok(reference) = std::env::var("SOPGEN_FLOW_HASHES_REF") {
        let want = std::fs::read_to_string(&reference).unwrap();
        let want: BTreeMap<&str, &str> = want
            .lines()
            .map(|l| {
                let (h, k) = l.split_once(' ').unwrap();
                (k, h)
            })
            .collect();
        let mut differ = Vec::new();
        for (k, h) in &hashes {
            match want.get(k.as_str()) {
                Some(w) if *w == format!("{h:016x}") => {}
                _ => differ.push(k.clone()),
            }
        }
        assert_eq!(
            want.len(),
            hashes.len(),
            "as many fingerprints as {reference}"
        );
        assert!(
            differ.is_empty(),
            "{} of {} fingerprints differ from {reference}, e.g. {:?}",
            differ.len(),
            hashes.len(),
            &differ[..differ.len().min(10)]
        );
        eprintln!("all {} equal to {reference}", hashes.len());
    }
}

/// The CPU time of this thread: on a shared machine, less disturbed by
/// the other processes than the time on the clock.
fn cpu_time() -> std::time::Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec for the call to fill.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime");
    std::time::Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// The time to lay out the procedures of 3,000 generated SOPs three times
/// (the router's benchmark; run in release with `--nocapture`). Five runs,
/// each figure shown (on the clock, and in CPU time), the best last.
#[test]
#[ignore]
fn flow_time() {
    let loaded = parse_files(generated(3000, 42));
    let mut best = std::time::Duration::MAX;
    let mut best_cpu = std::time::Duration::MAX;
    for _ in 0..5 {
        let t = std::time::Instant::now();
        let c = cpu_time();
        let mut n = 0usize;
        for _ in 0..3 {
            for s in &loaded.sops {
                n += flowchart::procedure(s).pages.len();
            }
        }
        let took = t.elapsed();
        let cpu = cpu_time() - c;
        best = best.min(took);
        best_cpu = best_cpu.min(cpu);
        eprintln!(
            "FLOWTIME {} sops x3: {took:?}, CPU {cpu:?} ({n} pages)",
            loaded.sops.len()
        );
    }
    eprintln!("FLOWTIME best {best:?} CPU {best_cpu:?}");
}

/// The procedures of 1,000 generated SOPs laid out once: a workload small
/// enough to count instructions of under valgrind
/// (`valgrind --tool=callgrind --toggle-collect='*flowchart*procedure*'`),
/// a measure the other processes of a shared machine do not disturb.
#[test]
#[ignore]
fn flow_once() {
    let loaded = parse_files(generated(1000, 42));
    let pages: usize = loaded
        .sops
        .iter()
        .map(|s| flowchart::procedure(s).pages.len())
        .sum();
    assert!(pages >= loaded.sops.len());
}
