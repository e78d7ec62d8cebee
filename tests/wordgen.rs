//! Tests of the SOP-AP .docx writer (`sopgen::wordgen`).

#[path = "wordgen/benih.rs"]
mod benih;

use std::path::Path;

/// Writes the seed fixtures into tests/fixtures/word/ (run by
/// tests/tools/word-fixtures.sh, which then converts the LibreOffice ones).
#[test]
#[ignore]
fn regenerate_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/word");
    std::fs::create_dir_all(&dir).unwrap();
    let out = std::env::var("WORDGEN_OUT")
        .map(std::path::PathBuf::from)
        .unwrap_or(dir);
    for (name, (dok, gaya)) in benih::semua() {
        let bytes = sopgen::wordgen::ke_docx(&dok, &gaya);
        std::fs::write(out.join(format!("{name}.docx")), bytes).unwrap();
    }
}

/// Writes generated documents in every encoding into $WORDGEN_OUT, to look
/// at (LibreOffice: `soffice --headless --convert-to pdf`).
#[test]
#[ignore]
fn write_samples() {
    let out = std::path::PathBuf::from(std::env::var("WORDGEN_OUT").expect("WORDGEN_OUT"));
    let docs = sopgen::wordgen::dokumen_banyak(4, 7);
    for (k, gaya) in sopgen::wordgen::Gaya::ragam().into_iter().enumerate() {
        let dok = &docs[k % docs.len()];
        let bytes = sopgen::wordgen::ke_docx(dok, &gaya);
        let name = format!(
            "{:?}-{:?}-{:?}-{:?}",
            gaya.versi, gaya.kodean, gaya.tempat, gaya.sambungan
        );
        std::fs::write(out.join(format!("{name}.docx")), bytes).unwrap();
    }
}
