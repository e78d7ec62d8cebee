//! Small helpers: XML escaping, the ids Word invents, a PRNG, units.

use std::fmt::Write;

/// EMU (English Metric Units) in a twip: 914400 a inch, 1440 twips a inch.
pub const EMU_TWIP: i64 = 635;
/// EMU in a point.
pub const EMU_PT: i64 = 12700;

/// Appends `s` escaped for text or a double-quoted attribute.
pub fn esc_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Control characters are not allowed in XML 1.0; Word never
            // writes them.
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' && c != '\r' => {}
            c => out.push(c),
        }
    }
}

pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    esc_into(&mut out, s);
    out
}

/// Points as VML writes them: "6.75pt", ".5pt", "0".
pub fn pt(emu: i64) -> String {
    let v = emu as f64 / EMU_PT as f64;
    if v == 0.0 {
        return "0".to_string();
    }
    let mut s = format!("{:.2}", v);
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if let Some(rest) = s.strip_prefix("0.") {
        s = format!(".{rest}");
    } else if let Some(rest) = s.strip_prefix("-0.") {
        s = format!("-.{rest}");
    }
    s + "pt"
}

/// splitmix64: the writer's own, so the output depends on the seed alone.
#[derive(Debug, Clone)]
pub struct Acak(u64);

impl Acak {
    pub fn new(seed: u64) -> Acak {
        let mut r = Acak(seed ^ 0x00D0_C5E7_A11B_E75A);
        r.next();
        r
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`; `n` > 0.
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64) * (1.0 / (1u64 << 53) as f64) < p
    }

    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// The ids Word gives things while a document is edited: revision-save
/// ids, paragraph ids, drawing ids, VML shape ids.
pub struct Ids {
    pub acak: Acak,
    rsids: Vec<u32>,
    /// `wp:docPr`/`wps:cNvPr` ids, unique in the document.
    pub doc_pr: u32,
    /// The number after `_x0000_s` of VML shapes.
    pub spid: u32,
    /// `relativeHeight` / `z-index` of the next floating shape.
    pub z: u32,
    /// Tracked-change and bookmark ids.
    pub revisi: u32,
    pub bookmark: u32,
    /// Word 2010+ writes paragraph ids.
    pub para_id: bool,
}

impl Ids {
    pub fn new(seed: u64, para_id: bool) -> Ids {
        let mut acak = Acak::new(seed);
        let n = 3 + acak.below(6);
        let mut rsids: Vec<u32> = (0..n).map(|_| (acak.next() as u32) & 0x00FF_FFFF).collect();
        rsids.sort_unstable();
        rsids.dedup();
        Ids {
            acak,
            rsids,
            doc_pr: 0,
            spid: 1025,
            z: 251_658_240,
            revisi: 0,
            bookmark: 0,
            para_id,
        }
    }

    pub fn rsids(&self) -> &[u32] {
        &self.rsids
    }

    /// One of the document's revision ids, as Word writes it ("00A1B2C3").
    pub fn rsid(&mut self) -> String {
        let r = self.rsids[self.acak.below(self.rsids.len())];
        format!("{r:08X}")
    }

    /// The attributes Word puts on a `w:p`.
    pub fn p_attrs(&mut self, out: &mut String) {
        if self.para_id {
            let a = (self.acak.next() as u32) & 0x7FFF_FFFF;
            let _ = write!(out, " w14:paraId=\"{a:08X}\" w14:textId=\"77777777\"");
        }
        let r = self.rsid();
        let d = self.rsid();
        let _ = write!(out, " w:rsidR=\"{r}\" w:rsidRDefault=\"{d}\"");
    }

    pub fn next_doc_pr(&mut self) -> u32 {
        self.doc_pr += 1;
        self.doc_pr
    }

    pub fn next_spid(&mut self) -> u32 {
        self.spid += 1;
        self.spid
    }

    pub fn next_z(&mut self) -> u32 {
        self.z += 1024;
        self.z
    }

    /// An 8-digit hex id for `wp14:anchorId` / `wp14:editId`.
    pub fn hex8(&mut self) -> String {
        format!("{:08X}", (self.acak.next() as u32) & 0x7FFF_FFFF)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_are_written_as_vml_writes_them() {
        assert_eq!(pt(0), "0");
        assert_eq!(pt(EMU_PT * 6 + EMU_PT * 3 / 4), "6.75pt");
        assert_eq!(pt(EMU_PT / 2), ".5pt");
        assert_eq!(pt(-EMU_PT / 4), "-.25pt");
        assert_eq!(pt(EMU_PT * 80), "80pt");
    }

    #[test]
    fn text_is_escaped_and_control_characters_dropped() {
        assert_eq!(esc("a<b & \"c\"\u{1}>"), "a&lt;b &amp; &quot;c&quot;&gt;");
    }
}
