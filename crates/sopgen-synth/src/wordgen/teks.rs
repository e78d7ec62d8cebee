//! Paragraphs and runs as Word writes them, with the noise of real editing.

use std::fmt::Write;

use super::gaya::{Derau, Gaya};
use super::xml::{Ids, esc_into};

/// Numbering instances of `numbering.xml` (see `paket::numbering`).
pub const NUM_ANGKA: u32 = 1;
pub const NUM_BULLET: u32 = 2;
/// First of the restarting decimal lists (one per box, so each starts at 1).
pub const NUM_ANGKA_MULAI: u32 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Rata {
    #[default]
    Kiri,
    Tengah,
}

/// The look of a paragraph and its text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Par {
    pub rata: Rata,
    pub tebal: bool,
    pub garis_bawah: bool,
    pub miring: bool,
    /// Point size, when not the document's.
    pub ukuran: Option<u32>,
    /// (numId, level)
    pub num: Option<(u32, u32)>,
    /// Spacing after, in twips; Word's Normal has 0 in these forms.
    pub setelah: Option<u32>,
    pub keep_next: bool,
    pub halaman_baru: bool,
    /// Left indent and hanging indent in twips.
    pub indent: Option<(i32, i32)>,
    /// Noise may be applied to this text.
    pub isi: bool,
}

impl Par {
    pub fn isi() -> Par {
        Par {
            isi: true,
            ..Par::default()
        }
    }
    pub fn tengah(mut self) -> Par {
        self.rata = Rata::Tengah;
        self
    }
    pub fn tebal(mut self) -> Par {
        self.tebal = true;
        self
    }
}

/// Everything the parts of a document share while it is written.
pub struct Penulis {
    pub ids: Ids,
    pub gaya: Gaya,
    pub derau: Derau,
    /// `numbering.xml` is needed.
    pub penomoran: bool,
    /// Restarting decimal lists handed out so far.
    pub daftar_baru: u32,
    /// The logo image is used.
    pub logo: bool,
    /// VML connector rules (`o:r`) for settings.xml.
    pub aturan_vml: String,
    pub jumlah_aturan: u32,
    /// VML shape types already declared.
    pub tipe_vml: std::collections::HashSet<u32>,
    /// While a VML group is written: its shape types, to go before it.
    pub tipe_tertunda: Option<String>,
    /// Characters and words, for docProps/app.xml.
    pub kata: usize,
    pub huruf: usize,
}

impl Penulis {
    pub fn new(gaya: &Gaya) -> Penulis {
        Penulis {
            ids: Ids::new(gaya.benih, gaya.versi != super::gaya::VersiWord::Word2007),
            gaya: gaya.clone(),
            derau: gaya.derau,
            penomoran: false,
            daftar_baru: 0,
            logo: false,
            aturan_vml: String::new(),
            jumlah_aturan: 0,
            tipe_vml: std::collections::HashSet::new(),
            tipe_tertunda: None,
            kata: 0,
            huruf: 0,
        }
    }

    /// A decimal list that starts at 1 (a `w:num` of its own).
    pub fn daftar_baru(&mut self) -> u32 {
        self.penomoran = true;
        self.daftar_baru += 1;
        NUM_ANGKA_MULAI + self.daftar_baru - 1
    }

    fn ppr(&mut self, out: &mut String, par: &Par) {
        let mut inner = String::new();
        if par.keep_next {
            inner.push_str("<w:keepNext/>");
        }
        if par.halaman_baru {
            inner.push_str("<w:pageBreakBefore/>");
        }
        if let Some((num, lvl)) = par.num {
            self.penomoran = true;
            let _ = write!(
                inner,
                "<w:numPr><w:ilvl w:val=\"{lvl}\"/><w:numId w:val=\"{num}\"/></w:numPr>"
            );
        }
        if let Some(after) = par.setelah {
            let _ = write!(
                inner,
                "<w:spacing w:after=\"{after}\" w:line=\"240\" w:lineRule=\"auto\"/>"
            );
        }
        if let Some((left, hanging)) = par.indent {
            if hanging > 0 {
                let _ = write!(inner, "<w:ind w:left=\"{left}\" w:hanging=\"{hanging}\"/>");
            } else {
                let _ = write!(inner, "<w:ind w:left=\"{left}\"/>");
            }
        } else if par.num.is_some() {
            inner.push_str("<w:ind w:left=\"317\" w:hanging=\"317\"/>");
        }
        match par.rata {
            Rata::Kiri => {}
            Rata::Tengah => inner.push_str("<w:jc w:val=\"center\"/>"),
        }
        let rpr = self.rpr(par);
        if !rpr.is_empty() {
            let _ = write!(inner, "<w:rPr>{rpr}</w:rPr>");
        }
        if !inner.is_empty() {
            let _ = write!(out, "<w:pPr>{inner}</w:pPr>");
        }
    }

    fn rpr(&self, par: &Par) -> String {
        let mut s = String::new();
        if par.tebal {
            s.push_str("<w:b/><w:bCs/>");
        }
        if par.miring {
            s.push_str("<w:i/><w:iCs/>");
        }
        if let Some(u) = par.ukuran {
            let _ = write!(s, "<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>", u * 2);
        }
        if par.garis_bawah {
            s.push_str("<w:u w:val=\"single\"/>");
        }
        s
    }

    /// Opens a paragraph: `<w:p ...><w:pPr>...</w:pPr>`.
    pub fn buka_p(&mut self, out: &mut String, par: &Par) {
        out.push_str("<w:p");
        self.ids.p_attrs(out);
        out.push('>');
        self.ppr(out, par);
    }

    /// A paragraph holding `text` (lines split at '\n' by `w:br`).
    pub fn p(&mut self, out: &mut String, par: Par, text: &str) {
        self.buka_p(out, &par);
        self.runs(out, &par, text);
        out.push_str("</w:p>");
    }

    /// A paragraph whose runs are already written.
    pub fn p_xml(&mut self, out: &mut String, par: Par, runs: &str) {
        self.buka_p(out, &par);
        out.push_str(runs);
        out.push_str("</w:p>");
    }

    /// An empty paragraph.
    pub fn p_kosong(&mut self, out: &mut String) {
        self.p_xml(out, Par::default(), "");
    }

    /// An empty paragraph, now and then, when the noise asks for it.
    pub fn mungkin_kosong(&mut self, out: &mut String, peluang: f64) {
        if self.derau.paragraf_kosong && self.ids.acak.chance(peluang) {
            self.p_kosong(out);
        }
    }

    /// One plain run.
    pub fn run(&mut self, out: &mut String, par: &Par, text: &str) {
        let rpr = self.rpr(par);
        out.push_str("<w:r");
        if self.ids.acak.chance(0.3) {
            let r = self.ids.rsid();
            let _ = write!(out, " w:rsidR=\"{r}\"");
        }
        out.push('>');
        if !rpr.is_empty() {
            let _ = write!(out, "<w:rPr>{rpr}</w:rPr>");
        }
        t(out, text);
        out.push_str("</w:r>");
    }

    /// The runs of a text, with `w:br` at '\n', and the noise of editing
    /// when the paragraph is content.
    pub fn runs(&mut self, out: &mut String, par: &Par, text: &str) {
        self.huruf += text.chars().count();
        self.kata += text.split_whitespace().count();
        for (k, line) in text.split('\n').enumerate() {
            if k > 0 {
                out.push_str("<w:r><w:br/></w:r>");
            }
            if par.isi && self.ada_derau_teks() {
                self.runs_berderau(out, par, line);
            } else if !line.is_empty() {
                self.run(out, par, line);
            }
        }
    }

    fn ada_derau_teks(&self) -> bool {
        let d = &self.derau;
        d.baris_lunak
            || d.spasi_keras
            || d.kutip_cerdas
            || d.tanda_hubung_lunak
            || d.run_terpecah
            || d.bookmark
            || d.lacak_perubahan
            || d.tab
    }

    fn runs_berderau(&mut self, out: &mut String, par: &Par, line: &str) {
        let d = self.derau;
        let mut text = line.to_string();
        if d.kutip_cerdas {
            text = kutip_cerdas(&text);
        }
        if d.tanda_hubung_lunak && self.ids.acak.chance(0.3) {
            text = tanda_hubung_lunak(&text, &mut self.ids.acak);
        }
        if d.spasi_keras && self.ids.acak.chance(0.3) {
            text = spasi_keras(&text, &mut self.ids.acak);
        }
        if d.tab && self.ids.acak.chance(0.05) {
            out.push_str("<w:r><w:tab/></w:r>");
        }
        // Pieces at word boundaries: each its own run.
        let words: Vec<&str> = text.split_inclusive(' ').collect();
        let pieces = if d.run_terpecah && words.len() > 2 {
            1 + self.ids.acak.below(4.min(words.len()))
        } else {
            1
        };
        let mut cuts: Vec<usize> = (1..pieces)
            .map(|_| 1 + self.ids.acak.below(words.len() - 1))
            .collect();
        cuts.sort_unstable();
        cuts.dedup();
        let mut start = 0;
        let mut bounds = Vec::new();
        for c in cuts.into_iter().chain(std::iter::once(words.len())) {
            if c > start {
                bounds.push((start, c));
                start = c;
            }
        }
        // At least three words each side: nobody breaks a line right after
        // an item's number ("3." ↵ "satpolpp-.../pengamanan-...").
        let soft_break =
            d.baris_lunak && text.len() > 70 && words.len() >= 6 && self.ids.acak.chance(0.4);
        let break_at = if soft_break {
            Some(words.len() / 2)
        } else {
            None
        };
        let goback = d.bookmark && self.ids.acak.chance(0.1);
        for (n, (a, b)) in bounds.iter().copied().enumerate() {
            let mut piece = String::new();
            for (w, word) in words[a..b].iter().enumerate() {
                if Some(a + w) == break_at && a + w > 0 && piece.ends_with(' ') {
                    // The space becomes a line break typed with Shift+Enter.
                    piece.pop();
                    piece.push('\n');
                }
                piece.push_str(word);
            }
            let tracked = d.lacak_perubahan && n > 0 && self.ids.acak.chance(0.25);
            let proof = d.run_terpecah && self.ids.acak.chance(0.2);
            let bookmark = d.bookmark && self.ids.acak.chance(0.1);
            if tracked && self.ids.acak.chance(0.5) {
                // A word typed and deleted before the final text.
                let gone = *self
                    .ids
                    .acak
                    .pick(&["yang ", "untuk ", "data ", "dan ", "di "]);
                self.ids.revisi += 1;
                let id = self.ids.revisi;
                let _ = write!(
                    out,
                    "<w:del w:id=\"{id}\" w:author=\"{}\" w:date=\"{}\"><w:r><w:delText xml:space=\"preserve\">{gone}</w:delText></w:r></w:del>",
                    penulis_revisi(&mut self.ids),
                    tanggal_revisi(&mut self.ids)
                );
            }
            if bookmark {
                self.ids.bookmark += 1;
                let id = self.ids.bookmark;
                let name = 100_000_000 + self.ids.acak.below(899_999_999);
                let _ = write!(
                    out,
                    "<w:bookmarkStart w:id=\"{id}\" w:name=\"_Hlk{name}\"/>"
                );
            }
            if proof {
                out.push_str("<w:proofErr w:type=\"spellStart\"/>");
            }
            if tracked {
                self.ids.revisi += 1;
                let id = self.ids.revisi;
                let _ = write!(
                    out,
                    "<w:ins w:id=\"{id}\" w:author=\"{}\" w:date=\"{}\">",
                    penulis_revisi(&mut self.ids),
                    tanggal_revisi(&mut self.ids)
                );
            }
            self.run_variasi(out, par, &piece, n);
            if tracked {
                out.push_str("</w:ins>");
            }
            if proof {
                out.push_str("<w:proofErr w:type=\"spellEnd\"/>");
            }
            if bookmark {
                let id = self.ids.bookmark;
                let _ = write!(out, "<w:bookmarkEnd w:id=\"{id}\"/>");
            }
        }
        if goback {
            self.ids.bookmark += 1;
            let id = self.ids.bookmark;
            let _ = write!(
                out,
                "<w:bookmarkStart w:id=\"{id}\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"{id}\"/>"
            );
        }
    }

    /// A run whose formatting differs from its neighbours in ways that do
    /// not show: direct fonts, language, a revision id.
    fn run_variasi(&mut self, out: &mut String, par: &Par, text: &str, n: usize) {
        let mut rpr = String::new();
        let huruf = self.gaya.huruf.clone();
        if self.derau.run_terpecah && self.ids.acak.chance(0.5) {
            let _ = write!(
                rpr,
                "<w:rFonts w:ascii=\"{huruf}\" w:hAnsi=\"{huruf}\" w:cs=\"{huruf}\"/>"
            );
        }
        rpr.push_str(&self.rpr(par));
        if self.derau.run_terpecah && (n % 2 == 1 || self.ids.acak.chance(0.3)) {
            let lang = *self.ids.acak.pick(&["id-ID", "en-US", "en-ID"]);
            let _ = write!(rpr, "<w:lang w:val=\"{lang}\"/>");
        }
        let r = self.ids.rsid();
        let _ = write!(out, "<w:r w:rsidR=\"{r}\">");
        if !rpr.is_empty() {
            let _ = write!(out, "<w:rPr>{rpr}</w:rPr>");
        }
        for (k, part) in text.split('\n').enumerate() {
            if k > 0 {
                out.push_str("<w:br/>");
            }
            t(out, part);
        }
        out.push_str("</w:r>");
    }

    /// A complex field whose cached result is `result`.
    pub fn field_kompleks(&mut self, out: &mut String, par: &Par, instr: &str, result: &str) {
        let rpr = self.rpr(par);
        let rpr = if rpr.is_empty() {
            String::new()
        } else {
            format!("<w:rPr>{rpr}</w:rPr>")
        };
        let _ = write!(
            out,
            "<w:r>{rpr}<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>{rpr}<w:instrText xml:space=\"preserve\">"
        );
        esc_into(out, instr);
        let _ = write!(
            out,
            "</w:instrText></w:r><w:r>{rpr}<w:fldChar w:fldCharType=\"separate\"/></w:r>"
        );
        self.run(out, par, result);
        let _ = write!(out, "<w:r>{rpr}<w:fldChar w:fldCharType=\"end\"/></w:r>");
    }

    /// A simple field whose cached result is `result`.
    pub fn field_sederhana(&mut self, out: &mut String, par: &Par, instr: &str, result: &str) {
        out.push_str("<w:fldSimple w:instr=\"");
        esc_into(out, instr);
        out.push_str("\">");
        self.run(out, par, result);
        out.push_str("</w:fldSimple>");
    }
}

/// `w:t`, keeping leading and trailing spaces.
pub fn t(out: &mut String, text: &str) {
    if text.is_empty() {
        return;
    }
    // Tabs typed inside a text become w:tab, as Word stores them.
    for (k, part) in text.split('\t').enumerate() {
        if k > 0 {
            out.push_str("<w:tab/>");
        }
        if part.is_empty() {
            continue;
        }
        if part.starts_with(' ') || part.ends_with(' ') || part.contains("  ") {
            out.push_str("<w:t xml:space=\"preserve\">");
        } else {
            out.push_str("<w:t>");
        }
        esc_into(out, part);
        out.push_str("</w:t>");
    }
}

fn penulis_revisi(ids: &mut Ids) -> &'static str {
    const NAMES: [&str; 5] = ["Admin", "USER", "Subbag Program", "hp", "ASUS"];
    NAMES[ids.acak.below(NAMES.len())]
}

fn tanggal_revisi(ids: &mut Ids) -> String {
    let d = 1 + ids.acak.below(28);
    let m = 1 + ids.acak.below(12);
    let h = 7 + ids.acak.below(9);
    let min = ids.acak.below(60);
    format!("2023-{m:02}-{d:02}T{h:02}:{min:02}:00Z")
}

/// Straight quotes as Word's AutoFormat types them.
pub fn kutip_cerdas(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    let mut prev = ' ';
    for c in s.chars() {
        let open = prev.is_whitespace() || prev == '(' || prev == '[';
        match c {
            '"' => out.push(if open { '\u{201C}' } else { '\u{201D}' }),
            '\'' => out.push(if open { '\u{2018}' } else { '\u{2019}' }),
            c => out.push(c),
        }
        prev = c;
    }
    out
}

/// A soft hyphen inside one long word.
fn tanda_hubung_lunak(s: &str, acak: &mut super::xml::Acak) -> String {
    let words: Vec<&str> = s.split(' ').collect();
    let long: Vec<usize> = (0..words.len())
        .filter(|&i| words[i].chars().count() >= 10 && words[i].chars().all(char::is_alphabetic))
        .collect();
    if long.is_empty() {
        return s.to_string();
    }
    let w = long[acak.below(long.len())];
    let chars: Vec<char> = words[w].chars().collect();
    let at = 4 + acak.below(chars.len() - 7);
    let mut word: String = chars[..at].iter().collect();
    word.push('\u{AD}');
    word.extend(&chars[at..]);
    let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    out[w] = word;
    out.join(" ")
}

/// One space, between two words, as a non-breaking space.
fn spasi_keras(s: &str, acak: &mut super::xml::Acak) -> String {
    let spaces: Vec<usize> = s
        .char_indices()
        .filter(|&(i, c)| c == ' ' && i > 0 && i + 1 < s.len())
        .map(|(i, _)| i)
        .collect();
    if spaces.is_empty() {
        return s.to_string();
    }
    let at = spaces[acak.below(spaces.len())];
    format!("{}\u{A0}{}", &s[..at], &s[at + 1..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_open_after_space_and_close_after_words() {
        assert_eq!(
            kutip_cerdas("menyatakan \"setuju\" dan 'ok'"),
            "menyatakan \u{201C}setuju\u{201D} dan \u{2018}ok\u{2019}"
        );
    }

    #[test]
    fn a_soft_hyphen_goes_inside_a_long_word_only() {
        let mut acak = super::super::xml::Acak::new(3);
        let s = tanda_hubung_lunak("Menyampaikan laporan", &mut acak);
        assert_eq!(s.replace('\u{AD}', ""), "Menyampaikan laporan");
        assert_eq!(s.matches('\u{AD}').count(), 1);
        let first = s.split(' ').next().unwrap();
        assert!(first.contains('\u{AD}'));
        assert_eq!(
            tanda_hubung_lunak("data kinerja", &mut acak),
            "data kinerja"
        );
    }
}
