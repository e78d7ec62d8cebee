//! Slugs: names made of lowercase ASCII letters and digits joined by
//! dashes, for URLs and file names. A leaf: it uses nothing of the crate.
//!
//! One way of cutting words, three uses that differ on purpose: the
//! site's folder names ([`slug`]: "Ka.Subbag" is one word, "kasubbag"),
//! the parts of a regulation's key ([`push_key_part`]: "M.PAN" is two,
//! "m-pan", as the keys have always been), and the file names the importer
//! writes ([`file_name`]: cut short, and empty when nothing is left).

/// A letter with an accent without it; any other character as it is.
fn fold(c: char) -> char {
    match c {
        'à'..='å' | 'À'..='Å' => 'a',
        'è'..='ë' | 'È'..='Ë' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' => 'i',
        'ò'..='ö' | 'Ò'..='Ö' => 'o',
        'ù'..='ü' | 'Ù'..='Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        c => c,
    }
}

/// Appends the words of `text` to `out`, lowercased and joined by dashes:
/// letters lose their accents, characters for which `silent` holds vanish
/// and any other non-alphanumeric character separates words. Returns
/// whether anything was written.
fn push_words(out: &mut String, text: &str, silent: impl Fn(char) -> bool) -> bool {
    let start = out.len();
    let mut dash = false;
    for c in text.chars().map(fold) {
        if c.is_ascii_alphanumeric() {
            if dash && out.len() > start {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else if !silent(c) {
            dash = true;
        }
    }
    out.len() > start
}

/// A URL-safe name for the site's folders: apostrophes and dots vanish
/// ("Jum'at", "Ka.Subbag"), anything else separates words; "x" when
/// nothing is left.
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    if !push_words(&mut out, text, |c| c == '\'' || c == '.') {
        out.push('x');
    }
    out
}

/// Appends one part of a regulation's key (its short type, region or
/// number): every non-alphanumeric character separates; "x" when nothing
/// is left.
pub fn push_key_part(out: &mut String, text: &str) {
    if !push_words(out, text, |_| false) {
        out.push('x');
    }
}

/// A file name (without extension) for an imported SOP: every
/// non-alphanumeric character separates, and a long title is cut at a
/// dash after 80 characters. Empty when nothing is left.
pub fn file_name(text: &str) -> String {
    let mut out = String::new();
    push_words(&mut out, text, |_| false);
    if out.len() > 80 {
        let cut = out[..80].rfind('-').unwrap_or(80);
        out.truncate(cut);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_slugs_are_url_safe() {
        assert_eq!(
            slug("Dinas Sosial Kabupaten Kepulauan Selayar"),
            "dinas-sosial-kabupaten-kepulauan-selayar"
        );
        assert_eq!(
            slug("Sekretariat - Sub Bagian Program dan Keuangan"),
            "sekretariat-sub-bagian-program-dan-keuangan"
        );
        assert_eq!(slug("Ka.Subbag Program"), "kasubbag-program");
        assert_eq!(slug("Jum'at"), "jumat");
        assert_eq!(slug("  "), "x");
        assert_eq!(slug("Élan / Ñ"), "elan-n");
        assert_eq!(slug("-- a --"), "a");
    }

    #[test]
    fn key_parts_split_at_every_mark() {
        let mut k = String::from("kep/");
        push_key_part(&mut k, "KEP/25/M.PAN/2/2004");
        assert_eq!(k, "kep/kep-25-m-pan-2-2004");
        // "x" for a part with nothing in it, a dash only inside a part.
        let mut k = String::from("a/");
        push_key_part(&mut k, " .. ");
        assert_eq!(k, "a/x");
        let mut k = String::from("a/");
        push_key_part(&mut k, "- Kab. Sleman -");
        assert_eq!(k, "a/kab-sleman");
    }

    #[test]
    fn file_names_are_cut_at_a_dash() {
        assert_eq!(
            file_name("Pengumpulan Data Kinerja (Revisi)"),
            "pengumpulan-data-kinerja-revisi"
        );
        assert_eq!(file_name("Ka.Subbag"), "ka-subbag");
        assert_eq!(file_name("()"), "");
        let long = "Penyusunan ".repeat(10);
        let cut = file_name(&long);
        assert!(cut.len() <= 80, "{cut}");
        assert!(cut.ends_with("penyusunan"), "{cut}");
        assert_eq!(file_name(&"a".repeat(90)).len(), 80);
    }
}
