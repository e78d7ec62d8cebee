//! The ways real SOP documents are built: which Word wrote them, how the
//! identity table, the six boxes, the procedure table and the flowchart are
//! laid out, and what noise a hand-edited file carries.

/// The Word that saved the file: decides the namespaces, the compatibility
/// settings and the names Word gives shapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersiWord {
    /// Word 2007, or a later Word in compatibility mode: VML only.
    Word2007,
    Word2010,
    /// Word 2016 / 365.
    Word2016,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kertas {
    A4,
    /// F4 / folio (215 × 330 mm), common in Indonesian offices.
    F4,
}

/// How the flowchart's shapes are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kodean {
    /// `wps:wsp` shapes in `mc:AlternateContent`, with the VML fallback.
    DrawingMl,
    /// Legacy VML only (`w:pict`), as Word 2003/2007 documents have.
    Vml,
}

/// Where the shapes float.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tempat {
    /// Each symbol anchored in its actor's cell of the step's row.
    Sel,
    /// One group per page floating over the table.
    Grup,
    /// One drawing canvas per page floating over the table.
    Kanvas,
}

/// How arrows are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sambungan {
    /// Connectors glued to their shapes (`a:stCxn`/`a:endCxn`, VML rules).
    Terikat,
    /// Connectors with only their end points.
    Lepas,
    /// Elbow arrows as two or three separate line segments.
    Segmen,
}

/// Where the off-page connector of a step-to-next-step page crossing goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Penghubung {
    /// In an empty row of its own at the bottom of the page and at the top
    /// of the next.
    BarisSendiri,
    /// In the step's own cell, below the symbol (and above it on the next
    /// page).
    DalamSel,
}

/// How items of the six boxes are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Butir {
    /// "1. text" typed by hand.
    Ketik,
    /// Word numbering (`w:numPr`, `numbering.xml`).
    Penomoran,
    /// A nested table: number | text.
    TabelNomor,
}

/// Where the colon of an identity label goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitikDua {
    Tanpa,
    /// "Nomor SOP :" in the label cell.
    DiLabel,
    /// ":" in a cell of its own.
    SelSendiri,
}

/// Where the signatories are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TempatPengesahan {
    /// In the identity table's "Disahkan oleh" row.
    Identitas,
    /// A block after the six boxes.
    SetelahKotak,
    /// A block after the procedure table.
    SetelahProsedur,
}

/// How the procedure table continues on the next page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pecah {
    /// One table whose header rows repeat (`w:tblHeader`).
    UlangKepala,
    /// One table, header printed once.
    TanpaUlang,
    /// One table a page, each with its header, a page break between.
    TabelTerpisah,
}

/// The texts of the form's labels, as the agency writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub nomor: String,
    pub pembuatan: String,
    pub revisi: String,
    pub efektif: String,
    pub pengesahan: String,
    pub disahkan: String,
    pub nama: String,
    pub kotak: [String; 6],
    pub no: String,
    pub kegiatan: String,
    pub pelaksana: String,
    pub mutu_baku: String,
    pub kelengkapan: String,
    pub waktu: String,
    pub output: String,
    pub keterangan: String,
    pub penanggung_jawab: String,
    pub ya: String,
    pub tidak: String,
}

impl Default for Label {
    fn default() -> Label {
        let s = |x: &str| x.to_string();
        Label {
            nomor: s("Nomor SOP"),
            pembuatan: s("Tanggal Pembuatan"),
            revisi: s("Tanggal Revisi"),
            efektif: s("Tanggal Efektif"),
            pengesahan: s("Tanggal Pengesahan"),
            disahkan: s("Disahkan oleh"),
            nama: s("Nama SOP"),
            kotak: [
                s("Dasar Hukum"),
                s("Kualifikasi Pelaksana"),
                s("Keterkaitan"),
                s("Peralatan/Perlengkapan"),
                s("Peringatan"),
                s("Pencatatan dan Pendataan"),
            ],
            no: s("No"),
            kegiatan: s("Kegiatan"),
            pelaksana: s("Pelaksana"),
            mutu_baku: s("Mutu Baku"),
            kelengkapan: s("Kelengkapan"),
            waktu: s("Waktu"),
            output: s("Output"),
            keterangan: s("Keterangan"),
            penanggung_jawab: s("Penanggung Jawab"),
            ya: s("Ya"),
            tidak: s("Tidak"),
        }
    }
}

/// Noise a document picks up while people edit it; each is optional.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Derau {
    /// Empty paragraphs after cell texts and between blocks.
    pub paragraf_kosong: bool,
    /// Long texts wrapped by hand with `w:br`.
    pub baris_lunak: bool,
    /// A tab after typed item numbers, a leading tab here and there.
    pub tab: bool,
    /// Some spaces as U+00A0.
    pub spasi_keras: bool,
    /// Straight quotes as curly ones.
    pub kutip_cerdas: bool,
    /// U+00AD inside long words.
    pub tanda_hubung_lunak: bool,
    /// Text split over runs of different formatting and revision ids,
    /// with `w:proofErr` marks.
    pub run_terpecah: bool,
    /// `w:fldSimple` and complex `w:fldChar` fields with cached results.
    pub field: bool,
    /// `w:bookmarkStart`/`w:bookmarkEnd`.
    pub bookmark: bool,
    /// Tracked insertions and deletions (`w:ins`, `w:del`).
    pub lacak_perubahan: bool,
}

impl Derau {
    pub fn semua() -> Derau {
        Derau {
            paragraf_kosong: true,
            baris_lunak: true,
            tab: true,
            spasi_keras: true,
            kutip_cerdas: true,
            tanda_hubung_lunak: true,
            run_terpecah: true,
            field: true,
            bookmark: true,
            lacak_perubahan: true,
        }
    }
}

/// How one document is built.
#[derive(Debug, Clone, PartialEq)]
pub struct Gaya {
    pub versi: VersiWord,
    pub kertas: Kertas,
    /// Page margins, twips.
    pub margin: u32,
    /// Identity and boxes on portrait pages, the procedure in a landscape
    /// section; otherwise everything landscape.
    pub identitas_potret: bool,
    pub huruf: String,
    /// Font size in points.
    pub ukuran: u32,
    pub label: Label,
    pub label_kapital: bool,
    pub titik_dua: TitikDua,
    pub logo: bool,
    /// A cover page before the form: its lines, large and centred.
    pub sampul: Vec<String>,
    pub pengesahan: TempatPengesahan,
    pub butir: Butir,
    /// Boxes whose items are plain paragraphs, never numbered.
    pub kotak_tanpa_nomor: [bool; 6],
    /// Box headings in a row of their own (else in the cell, above the items).
    pub judul_kotak_baris_sendiri: bool,
    pub judul_kotak_titik_dua: bool,
    /// Kelengkapan and output items as bullets (Word numbering).
    pub butir_mutu_baku: bool,
    pub kolom_penanggung_jawab: bool,
    pub kolom_keterangan: bool,
    pub baris_nomor_kolom: bool,
    /// "1." rather than "1" in the No column.
    pub nomor_bertitik: bool,
    /// No "No" column: the number is typed before the kegiatan text.
    pub nomor_dalam_kegiatan: bool,
    pub pecah: Pecah,
    /// At most this many steps a page.
    pub langkah_per_halaman: usize,
    /// A title paragraph above the procedure table ("SOP : ...").
    pub judul_prosedur: Option<String>,
    pub kodean: Kodean,
    pub tempat: Tempat,
    pub sambungan: Sambungan,
    pub penghubung: Penghubung,
    /// VML line pieces (`v:line`, [`Sambungan::Segmen`] and loose lines of
    /// Word 2007) written from their top-left end, the arrowhead at the
    /// start where the flow runs up or left. Both are valid VML; LibreOffice
    /// drops a `v:line` whose `to` lies above or left of its `from` when it
    /// reads a .docx, so a .doc made through LibreOffice needs this.
    pub garis_searah: bool,
    /// Text inside the first and last terminators ("Mulai", "Selesai").
    pub teks_terminator: Option<(String, String)>,
    pub derau: Derau,
    /// Seeds the ids Word invents (rsids, paraIds, anchor ids).
    pub benih: u64,
}

impl Default for Gaya {
    fn default() -> Gaya {
        Gaya {
            versi: VersiWord::Word2016,
            kertas: Kertas::A4,
            margin: 851,
            identitas_potret: false,
            huruf: "Arial".to_string(),
            ukuran: 10,
            label: Label::default(),
            label_kapital: false,
            titik_dua: TitikDua::Tanpa,
            logo: true,
            sampul: Vec::new(),
            pengesahan: TempatPengesahan::Identitas,
            butir: Butir::Ketik,
            kotak_tanpa_nomor: [false; 6],
            judul_kotak_baris_sendiri: false,
            judul_kotak_titik_dua: true,
            butir_mutu_baku: false,
            kolom_penanggung_jawab: false,
            kolom_keterangan: true,
            baris_nomor_kolom: false,
            nomor_bertitik: false,
            nomor_dalam_kegiatan: false,
            pecah: Pecah::UlangKepala,
            langkah_per_halaman: 8,
            judul_prosedur: None,
            kodean: Kodean::DrawingMl,
            tempat: Tempat::Sel,
            sambungan: Sambungan::Terikat,
            penghubung: Penghubung::BarisSendiri,
            garis_searah: false,
            teks_terminator: None,
            derau: Derau::default(),
            benih: 1,
        }
    }
}

impl Gaya {
    /// A canvas, or a VML group, floats from the paragraph above its
    /// page's table (a DrawingML group from a cell of the table).
    pub fn jangkar_paragraf(&self) -> bool {
        self.tempat == Tempat::Kanvas
            || (self.tempat == Tempat::Grup
                && (self.kodean == Kodean::Vml || self.versi == VersiWord::Word2007))
    }

    /// The flowchart encodings a round trip should cover, each with Word
    /// versions that write them.
    pub fn ragam() -> Vec<Gaya> {
        let mut out = Vec::new();
        for (versi, kodean, tempat) in [
            (VersiWord::Word2016, Kodean::DrawingMl, Tempat::Sel),
            (VersiWord::Word2010, Kodean::DrawingMl, Tempat::Sel),
            (VersiWord::Word2007, Kodean::Vml, Tempat::Sel),
            (VersiWord::Word2016, Kodean::DrawingMl, Tempat::Grup),
            (VersiWord::Word2010, Kodean::DrawingMl, Tempat::Kanvas),
            (VersiWord::Word2007, Kodean::Vml, Tempat::Grup),
            (VersiWord::Word2007, Kodean::Vml, Tempat::Kanvas),
        ] {
            for sambungan in [Sambungan::Terikat, Sambungan::Lepas, Sambungan::Segmen] {
                out.push(Gaya {
                    versi,
                    kodean,
                    tempat,
                    sambungan,
                    ..Gaya::default()
                });
            }
        }
        out
    }
}
