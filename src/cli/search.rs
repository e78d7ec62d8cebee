//! `sopgen search`: the catalogue searched from the terminal, ranked as
//! the search page ranks.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::diagnostic::{Diagnostic, report_with_summary};
use crate::search::index::SearchIndex;
use crate::search::query;
use crate::site;

#[derive(clap::Args)]
pub struct Args {
    /// The site's folder (holding content/ and an optional sopgen.toml)
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// Print the results as JSON
    #[arg(long)]
    pub json: bool,
    /// How many results to show
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Also search SOPs with status = "draf"
    #[arg(long)]
    pub drafts: bool,
    /// The words to search for, e.g. dikumpulkan data kinerja
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
}

pub fn run(args: Args, color: bool) -> ExitCode {
    let query = args.query.join(" ");
    let mut options = site::Options::new(&args.root);
    options.drafts = args.drafts.into();
    let catalog = match site::load(&options) {
        Ok((_, catalog)) if !catalog.diags.iter().any(Diagnostic::is_error) => catalog,
        Ok((_, catalog)) => {
            report_with_summary(&catalog.diags, color, false);
            return ExitCode::FAILURE;
        }
        Err(diags) => {
            report_with_summary(&diags, color, false);
            return ExitCode::FAILURE;
        }
    };
    let index = SearchIndex::build(&catalog, crate::cache::Caches::none());
    let hits = query::search(&index, &query, |_| true);
    if args.json {
        print_json(&index, &hits, &query, args.limit);
    } else {
        print_text(&index, &hits, &query, args.limit);
    }
    ExitCode::SUCCESS
}

fn print_json(index: &SearchIndex, hits: &[query::Hit], query: &str, limit: usize) {
    let results: Vec<serde_json::Value> = hits
        .iter()
        .take(limit)
        .enumerate()
        .map(|(k, h)| {
            let d = &index.docs[h.doc as usize];
            serde_json::json!({
                "peringkat": k + 1,
                "nama": d.nama,
                "url": d.url,
                "instansi": index.instansi[d.instansi as usize],
                "unit": index.unit[d.unit as usize],
                "status": d.status,
                "skor": h.score,
                "kata_cocok": h.groups,
            })
        })
        .collect();
    let out = serde_json::json!({"query": query, "jumlah": hits.len(), "hasil": results});
    println!("{}", serde_json::to_string_pretty(&out).expect("JSON"));
}

fn print_text(index: &SearchIndex, hits: &[query::Hit], query: &str, limit: usize) {
    if hits.is_empty() {
        println!(
            "{}",
            crate::pesan!(
                "Tidak ada SOP yang cocok dengan \"{query}\".",
                "No SOP matches \"{query}\"."
            )
        );
        return;
    }
    let n = hits.len();
    let s = if n == 1 { "" } else { "s" };
    let first = if n > limit {
        crate::pesan!(" ({limit} teratas)", " (first {limit})")
    } else {
        String::new()
    };
    println!(
        "{}",
        crate::pesan!(
            "{n} SOP cocok dengan \"{query}\"{first}:",
            "{n} SOP{s} match \"{query}\"{first}:"
        )
    );
    let score = if crate::bahasa::inggris() {
        "score"
    } else {
        "skor"
    };
    for (k, h) in hits.iter().take(limit).enumerate() {
        let d = &index.docs[h.doc as usize];
        let place: Vec<&str> = [
            &index.instansi[d.instansi as usize],
            &index.unit[d.unit as usize],
        ]
        .into_iter()
        .map(String::as_str)
        .filter(|s| !s.is_empty())
        .collect();
        println!(
            "{:>3}. {}\n     {}\n     {} ({score} {:.2})",
            k + 1,
            d.nama,
            place.join(" · "),
            d.url,
            h.score
        );
    }
}
