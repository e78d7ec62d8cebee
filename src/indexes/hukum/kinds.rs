//! The kinds of acts: the instrument (Peraturan, Keputusan, ...), the
//! regional issuers, the kinds of region, and what a citation's head was
//! read as.

/// The instrument: what kind of act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Instr {
    Per,
    Kep,
    In,
    Se,
}

impl Instr {
    pub(super) fn long(self) -> &'static str {
        match self {
            Instr::Per => "Peraturan",
            Instr::Kep => "Keputusan",
            Instr::In => "Instruksi",
            Instr::Se => "Surat Edaran",
        }
    }
}

/// The kind of a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rk {
    Provinsi,
    Kabupaten,
    Kota,
    Desa,
}

impl Rk {
    pub(super) fn word(self) -> &'static str {
        match self {
            Rk::Provinsi => "Provinsi",
            Rk::Kabupaten => "Kabupaten",
            Rk::Kota => "Kota",
            Rk::Desa => "Desa",
        }
    }
}

/// The regional issuers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Local {
    Daerah,
    Qanun,
    Gubernur,
    Bupati,
    WaliKota,
    Desa,
    KepalaDesa,
    KepalaDaerah,
}

/// What the head says: the type, and for a regional regulation the kind of
/// region its issuer implies and where the region's words start.
pub(super) struct Kind {
    pub(super) jenis: String,
    pub(super) singkatan: String,
    pub(super) region: Option<(Option<Rk>, usize)>,
    /// A ministry of [`MINISTRIES`], named as its era requires once the
    /// year is read.
    pub(super) menteri: Option<(Instr, usize)>,
}

pub(super) fn fixed(jenis: &str, singkatan: &str) -> Option<Kind> {
    Some(Kind {
        jenis: jenis.to_string(),
        singkatan: singkatan.to_string(),
        region: None,
        menteri: None,
    })
}

/// The kind of region a regional type implies ("Peraturan Bupati" ->
/// Kabupaten), read back from `jenis`.
pub(super) fn implied_kind(jenis: &str) -> Option<Rk> {
    if jenis.ends_with("Gubernur") {
        Some(Rk::Provinsi)
    } else if jenis.ends_with("Bupati") {
        Some(Rk::Kabupaten)
    } else if jenis.ends_with("Wali Kota") {
        Some(Rk::Kota)
    } else if jenis.ends_with(" Desa") {
        Some(Rk::Desa)
    } else {
        None
    }
}
