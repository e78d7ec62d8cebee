//! Waktu (the time a step takes), read as SOP tables write it, summed and
//! shown in Indonesian.
//!
//! # What is read
//!
//! A waktu is either *measured* or *free text*. Free text is any text that
//! does not start with a number ("Disesuaikan", "Tentatif", "Sesuai
//! kebutuhan", "-", ""): it is kept as written and left out of totals. A
//! measured waktu is, in order:
//!
//! 1. optionally a qualifier, kept as written and shown, the value being
//!    counted as it stands: `±`, `+/-`, `kurang lebih`, `lebih kurang`,
//!    `kurleb`, `kira-kira`, `sekitar`, `selama`, `maks`/`maks.`/`max`,
//!    `maksimal`, `maksimum`, `paling lama`, `selambat-lambatnya`
//!    ("± 15 menit" is 15 menit);
//! 2. one or more amounts, summed: "10 menit", "1 jam 30 menit". An
//!    amount is a number, whole or decimal (`1,5` or `1.5`; a dot or a
//!    comma is always the decimal mark) or a fraction (`1/2`, `½`, `1½`),
//!    perhaps spelled out after it in
//!    brackets as documents do ("2 (dua) hari"; the words are not
//!    checked), perhaps times another ("1 x 24 jam", "2 X 24 Jam",
//!    "1x24 jam"), then a unit. A number may also be written in words,
//!    when a unit follows: "dua hari", "tiga puluh menit", "setengah jam",
//!    "satu setengah jam", "sehari", "seminggu";
//! 3. optionally a range: `-`, `–`, `—`, `~`, `s.d.`, `s/d`, `sd`,
//!    `sampai`, `sampai dengan`, `hingga`, then amounts again: "10-15
//!    menit", "10 s.d. 15 menit", "1 jam - 2 jam", "30 menit – 1 jam",
//!    "1-2 x 24 jam". A number without a unit before the mark takes the
//!    unit (and the "x 24 jam") of the first amount after it. The shorter
//!    end comes first ("15-10 menit" is an error);
//! 4. optionally more words, kept as written and shown after the value:
//!    "2 hari setelah surat diterima" is 2 hari, shown "2 hari setelah
//!    surat diterima". The measured start is what the step takes; the
//!    rest says from when, and a reader still sees it. The remark starts
//!    at the first word after an amount that is neither a number nor a
//!    range mark.
//!
//! Units, in any case, with the abbreviations SOP tables use (an
//! abbreviation may end with a dot): `detik` (`dtk`, `det`), `menit`
//! (`mnt`, `min`), `jam` (`jm`), `hari` (`hr`), `hari kerja` (`hr kerja`,
//! `HK`), `minggu` (`mgg`, `pekan`), `bulan` (`bln`).
//!
//! A written number must be followed by a unit: "10" and "10-15" are
//! errors asking for one, "10 Menir" an error naming "Menir" and
//! suggesting "menit", "5 hari kerj" one suggesting "hari kerja". A number
//! in words followed by no unit is free text ("satu berkas"), since such
//! words are also ordinary words.
//!
//! # The model: exact and integer
//!
//! A number is kept in millionths ([`Jumlah`]), so "1,5" and "1.50" are
//! the same value and nothing is a float. An amount's length ([`Lama`]) is
//! calendar seconds plus working days in hundredths, kept apart: calendar
//! units add up (1 hari = 24 jam, 1 minggu = 7 hari, 1 bulan = 30 hari),
//! so that a sum does not depend on an agency's working hours and a
//! reader can redo it by hand; a working day is not a number of hours
//! ("5 hari kerja" never becomes 120 jam) and stays "hari kerja" in
//! totals. A length is rounded to the second, and to the hundredth of a
//! working day. One amount is at most 100 000 units, and one side of a
//! waktu at most 100 000 bulan and 100 000 hari kerja, so no sum over the
//! steps of an SOP can overflow.

mod baca;
mod nilai;
mod total;

pub use baca::{BENTUK_WAKTU, WAKTU_FORMS, bentuk_waktu, schema_pattern};
pub use nilai::{Besaran, Jumlah, Lama, Satuan, Ukuran, Waktu, WaktuError};
pub use total::{Total, format_total, total};

#[cfg(test)]
mod tests {
    use super::baca::EJAAN_SATUAN;
    use super::*;

    fn w(text: &str) -> Waktu {
        Waktu::parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
    }

    fn u(text: &str) -> Ukuran {
        w(text)
            .ukuran
            .unwrap_or_else(|| panic!("{text:?} was read as free text"))
    }

    fn galat(text: &str) -> WaktuError {
        match Waktu::parse(text) {
            Err(e) => e,
            Ok(ok) => panic!("{text:?} should be refused, got {ok:?}"),
        }
    }

    const JAM: u64 = 3_600;
    const HARI: u64 = 86_400;

    fn detik(s: u64) -> Lama {
        Lama {
            detik: s,
            hari_kerja_x100: 0,
        }
    }

    fn hk(x100: u64) -> Lama {
        Lama {
            detik: 0,
            hari_kerja_x100: x100,
        }
    }

    #[test]
    fn reads_every_unit_and_abbreviation_in_any_case() {
        #[rustfmt::skip]
        let cases: &[(&[&str], Satuan)] = &[
            (&["detik", "Detik", "DETIK", "dtk", "Dtk.", "det"], Satuan::Detik),
            (&["menit", "Menit", "MENIT", "mnt", "Mnt.", "min"], Satuan::Menit),
            (&["jam", "Jam", "JAM", "jm", "Jm."], Satuan::Jam),
            (&["hari", "Hari", "HARI", "hr", "Hr."], Satuan::Hari),
            (&["hari kerja", "Hari Kerja", "HARI KERJA", "hari  kerja", "hr kerja", "Hr. kerja", "HK", "hk", "HK."], Satuan::HariKerja),
            (&["minggu", "Minggu", "MINGGU", "mgg", "pekan", "Pekan"], Satuan::Minggu),
            (&["bulan", "Bulan", "BULAN", "bln", "Bln."], Satuan::Bulan),
        ];
        let mut tested = Vec::new();
        for (spellings, satuan) in cases {
            for s in *spellings {
                let got = u(&format!("3 {s}"));
                assert_eq!(got.dari.len(), 1, "{s:?}");
                assert_eq!(got.dari[0].satuan, *satuan, "{s:?}");
                assert_eq!(got.dari[0].jumlah, Jumlah::bulat(3));
                assert_eq!(got.keterangan, None, "{s:?}");
                tested.push(s.to_lowercase().trim_end_matches('.').to_string());
            }
        }
        for (e, _) in EJAAN_SATUAN {
            assert!(tested.iter().any(|t| t == e), "{e} is not tested");
        }
        assert_eq!(u("3 hari").rendah(), detik(3 * HARI));
        assert_eq!(u("2 minggu").rendah(), detik(14 * HARI));
        assert_eq!(u("1 bulan").rendah(), detik(30 * HARI));
        assert_eq!(u("30 detik").rendah(), detik(30));
    }

    #[test]
    fn numbers_are_exact_decimals() {
        assert_eq!(u("1,5 Jam").rendah(), detik(5_400));
        assert_eq!(u("1.5 jam"), u("1,5 jam"));
        assert_eq!(u("1,50 jam"), u("1,5 jam"));
        assert_eq!(u("007 menit"), u("7 menit"));
        assert_eq!(u("0,25 jam").rendah(), detik(900));
        assert_eq!(u("2,5 hari kerja").rendah(), hk(250));
        // To the second, and to the hundredth working day, half up.
        assert_eq!(u("0,0000001 jam").rendah(), detik(0));
        assert_eq!(u("0,3333333 jam").rendah(), detik(1_200));
        assert_eq!(u("0,333 hari kerja").rendah(), hk(33));
        assert_eq!(u("0,335 hari kerja").rendah(), hk(34));
        assert_eq!(w("1,5 jam").seconds(), 5_400);
        // Fractions.
        assert_eq!(u("1/2 jam"), u("0,5 jam"));
        assert_eq!(u("½ jam"), u("0,5 jam"));
        assert_eq!(u("1½ hari"), u("1,5 hari"));
        assert_eq!(u("3/4 jam").rendah(), detik(2_700));
        assert_eq!(u("¼ hari kerja").rendah(), hk(25));
        assert_eq!(u("1/3 jam").rendah(), detik(1_200));
        assert_eq!(w("1/2 jam").to_string(), "0,5 jam");
        assert!(galat("1/0 jam").message.contains("\"1/0\""));
        assert!(galat("1/2/3 jam").message.contains("\"1/2/3\""));
        assert!(galat("1,5/2 jam").message.contains("\"1,5/2\""));
        assert!(galat("½").message.contains("tidak diikuti satuan"));
        assert_eq!(w("100000 bulan").seconds(), 100_000 * 30 * HARI);
    }

    #[test]
    fn reads_ranges_in_every_spelling() {
        let ten_fifteen = u("10-15 menit");
        assert_eq!(ten_fifteen.rendah(), detik(600));
        assert_eq!(ten_fifteen.tinggi(), detik(900));
        for text in [
            "10 - 15 menit",
            "10–15 menit",
            "10 – 15 menit",
            "10—15 menit",
            "10 ~ 15 menit",
            "10 s.d. 15 menit",
            "10 s.d 15 menit",
            "10 S.D. 15 Menit",
            "10 s/d 15 menit",
            "10 s/d. 15 menit",
            "10 sd 15 menit",
            "10 sampai 15 menit",
            "10 sampai dengan 15 menit",
            "10 hingga 15 menit",
            "10 menit - 15 menit",
            "10 menit s.d. 15 menit",
        ] {
            assert_eq!(u(text), ten_fifteen, "{text:?}");
        }
        let mixed = u("30 menit – 1 jam");
        assert_eq!((mixed.rendah(), mixed.tinggi()), (detik(1_800), detik(JAM)));
        let two = u("1 jam - 2 jam");
        assert_eq!((two.rendah(), two.tinggi()), (detik(JAM), detik(2 * JAM)));
        let days = u("1-2 x 24 jam");
        assert_eq!(
            (days.rendah(), days.tinggi()),
            (detik(HARI), detik(2 * HARI))
        );
        let compound = u("1 jam 30 menit - 2 jam");
        assert_eq!(compound.rendah(), detik(5_400));
        let work = u("3-5 hari kerja");
        assert_eq!((work.rendah(), work.tinggi()), (hk(300), hk(500)));
        assert!(u("10-10 menit").is_range());
    }

    #[test]
    fn reads_n_times_a_duration() {
        for text in [
            "1 x 24 jam",
            "1x24 jam",
            "1 X 24 Jam",
            "1×24 jam",
            "1x24jam",
        ] {
            let got = u(text);
            assert_eq!(
                got.dari,
                vec![Besaran {
                    kali: Some(Jumlah::SATU),
                    jumlah: Jumlah::bulat(24),
                    satuan: Satuan::Jam
                }],
                "{text:?}"
            );
            assert_eq!(got.rendah(), detik(HARI));
        }
        assert_eq!(u("2 X 24 Jam").rendah(), detik(2 * HARI));
        assert_eq!(u("3 x 1 hari kerja").rendah(), hk(300));
        assert_eq!(u("1,5 x 2 jam").rendah(), detik(3 * JAM));
    }

    #[test]
    fn reads_sums_spelled_numbers_and_qualifiers() {
        assert_eq!(u("1 jam 30 menit").rendah(), detik(5_400));
        assert_eq!(u("2 hari 4 jam").rendah(), detik(2 * HARI + 4 * JAM));
        assert_eq!(
            u("1 hari kerja 2 jam").rendah(),
            Lama {
                detik: 2 * JAM,
                hari_kerja_x100: 100
            }
        );
        for (text, lama) in [
            ("2 (dua) hari", detik(2 * HARI)),
            ("3 ( tiga ) hari kerja", hk(300)),
            ("dua hari", detik(2 * HARI)),
            ("Dua Hari", detik(2 * HARI)),
            ("sepuluh menit", detik(600)),
            ("sebelas menit", detik(660)),
            ("dua belas jam", detik(12 * JAM)),
            ("tiga puluh menit", detik(1_800)),
            ("tiga puluh lima menit", detik(2_100)),
            ("setengah jam", detik(1_800)),
            ("satu setengah jam", detik(5_400)),
            ("sehari", detik(HARI)),
            ("Seminggu", detik(7 * HARI)),
            ("sejam", detik(JAM)),
            ("sebulan", detik(30 * HARI)),
            ("lima hari kerja", hk(500)),
            ("sehari kerja", hk(100)),
        ] {
            assert_eq!(u(text).rendah(), lama, "{text:?}");
        }
        for (text, awalan) in [
            ("± 15 menit", "±"),
            ("±15 menit", "±"),
            ("+/- 15 menit", "+/-"),
            ("+- 15 menit", "+-"),
            ("Kurang lebih 15 menit", "Kurang lebih"),
            ("kurang  lebih 15 menit", "kurang  lebih"),
            ("lebih kurang 15 menit", "lebih kurang"),
            ("kurleb 15 menit", "kurleb"),
            ("kira-kira 15 menit", "kira-kira"),
            ("sekitar 15 menit", "sekitar"),
            ("selama 15 menit", "selama"),
            ("Maks. 15 menit", "Maks."),
            ("maks 15 menit", "maks"),
            ("max 15 menit", "max"),
            ("maksimal 15 menit", "maksimal"),
            ("Maksimum 15 menit", "Maksimum"),
            ("paling lama 15 menit", "paling lama"),
            ("Selambat-lambatnya 15 menit", "Selambat-lambatnya"),
        ] {
            let got = u(text);
            assert_eq!(got.awalan.as_deref(), Some(awalan), "{text:?}");
            assert_eq!(got.rendah(), detik(900), "{text:?}");
        }
    }

    #[test]
    fn words_after_a_measured_start_are_a_remark() {
        // Decided: "2 hari setelah surat diterima" takes 2 hari, counted;
        // the rest says from when, kept and shown.
        let got = w("2 hari setelah surat diterima");
        let ukuran = got.ukuran.as_ref().unwrap();
        assert_eq!(ukuran.rendah(), detik(2 * HARI));
        assert_eq!(ukuran.keterangan.as_deref(), Some("setelah surat diterima"));
        assert_eq!(got.to_string(), "2 hari setelah surat diterima");
        assert_eq!(u("10 menit lagi").keterangan.as_deref(), Some("lagi"));
        assert_eq!(u("10 menit/berkas").keterangan.as_deref(), Some("/berkas"));
        assert_eq!(w("10 menit/berkas").to_string(), "10 menit/berkas");
        assert_eq!(
            u("10 menit, sesuai antrian").keterangan.as_deref(),
            Some(", sesuai antrian")
        );
        assert_eq!(
            w("10 menit, sesuai antrian").to_string(),
            "10 menit, sesuai antrian"
        );
        assert_eq!(
            u("10-15 menit per berkas").keterangan.as_deref(),
            Some("per berkas")
        );
        assert_eq!(
            u("5 hari kerja sejak berkas lengkap.")
                .keterangan
                .as_deref(),
            Some("sejak berkas lengkap")
        );
        // A mark with no number after it starts the remark.
        assert_eq!(
            u("10 menit - sesuai kebutuhan").keterangan.as_deref(),
            Some("- sesuai kebutuhan")
        );
        // Numbers inside the remark are not amounts.
        assert_eq!(
            u("2 hari setelah 3 berkas diterima").rendah(),
            detik(2 * HARI)
        );
        // Trailing punctuation is not a remark.
        assert_eq!(u("10 menit.").keterangan, None);
        assert_eq!(u("10 menit ;").keterangan, None);
    }

    #[test]
    fn free_text_is_kept_as_written_and_not_counted() {
        for text in [
            "Disesuaikan",
            "Tentatif",
            "Sesuai kebutuhan",
            "-",
            "",
            "  ",
            "menit",
            "satu berkas",
            "dua harii",
            "± sesuai kebutuhan",
            "Selama proses berlangsung",
            "-1 jam",
            ".5 jam",
            "１０ menit",
            "(10 menit)",
        ] {
            let got = w(text);
            assert_eq!(got.ukuran, None, "{text:?}");
            assert_eq!(got.teks, text.trim());
            assert_eq!(got.to_string(), text.trim());
            assert_eq!(got.seconds(), 0);
            assert!(!got.terukur());
        }
    }

    #[test]
    fn an_unknown_unit_is_named_with_the_closest_unit() {
        let e = galat("10 Menir");
        assert_eq!(
            e.message,
            "satuan \"Menir\" tidak dikenal dalam waktu \"10 Menir\""
        );
        assert_eq!(e.hint, "maksudnya \"menit\"?");
        for (text, word, unit) in [
            ("2 harii", "harii", "hari"),
            ("1 jem", "jem", "jam"),
            ("30 dtik", "dtik", "detik"),
            ("3 buln", "buln", "bulan"),
            ("1 mingu", "mingu", "minggu"),
            ("5 mnit", "mnit", "menit"),
            ("2 blan", "blan", "bulan"),
            ("10 - 15 Menir", "Menir", "menit"),
            ("1 jam 30 menitt", "menitt", "menit"),
            ("10menit2", "menit2", "menit"),
        ] {
            let e = galat(text);
            assert_eq!(
                e.message,
                format!("satuan \"{word}\" tidak dikenal dalam waktu \"{text}\""),
                "{text:?}"
            );
            assert_eq!(e.hint, format!("maksudnya \"{unit}\"?"), "{text:?}");
        }
        for text in ["5 hari kerj", "5 Hari Kreja", "5 hr kerjaa"] {
            let e = galat(text);
            assert!(
                e.message.starts_with("satuan \""),
                "{text:?}: {}",
                e.message
            );
            assert_eq!(e.hint, "maksudnya \"hari kerja\"?", "{text:?}");
        }
        // Nothing close: every unit in the hint.
        for text in ["1 tahun", "3 kali", "1e3 menit", "2 x jam", "10 orang"] {
            let e = galat(text);
            assert!(
                e.message.starts_with("satuan \""),
                "{text:?}: {}",
                e.message
            );
            assert_eq!(e.hint, BENTUK_WAKTU, "{text:?}");
        }
        assert!(BENTUK_WAKTU.contains("hari kerja (HK)"));
    }

    #[test]
    fn a_number_without_a_unit_asks_for_one() {
        let e = galat("10");
        assert_eq!(
            e.message,
            "angka 10 dalam waktu \"10\" tidak diikuti satuan"
        );
        assert_eq!(
            e.hint,
            format!("tulis satuannya setelah angka, misalnya \"10 menit\"; {BENTUK_WAKTU}")
        );
        for text in [
            "10-15",
            "10 menit - 15",
            "1,5",
            "1. jam",
            "2 (dua)",
            "1 x 24",
            "10 (menit)",
        ] {
            assert!(
                galat(text).message.contains("tidak diikuti satuan"),
                "{text:?}: {}",
                galat(text).message
            );
        }
    }

    #[test]
    fn other_refusals_say_why() {
        let e = galat("1,5,5 jam");
        assert_eq!(
            e.message,
            "angka \"1,5,5\" dalam waktu \"1,5,5 jam\" tidak dapat dibaca"
        );
        assert!(galat("1.000.000 menit").message.contains("\"1.000.000\""));
        let e = galat("15-10 menit");
        assert_eq!(
            e.message,
            "rentang waktu \"15-10 menit\" terbalik: 15 menit lebih lama dari 10 menit"
        );
        assert!(e.hint.contains("lebih singkat lebih dahulu"));
        assert!(galat("2 jam - 30 menit").message.contains("terbalik"));
        for text in [
            "100001 menit",
            "999999999 bulan",
            "0000000000000000000000000000010000000 menit",
            "1000 x 1000 bulan",
            "100000 bulan 100000 bulan",
        ] {
            let e = galat(text);
            assert_eq!(e.message, format!("waktu \"{text}\" terlalu besar"));
            assert!(e.hint.contains("100000"));
        }
        assert!(Waktu::parse("100000 menit").is_ok());
        assert!(Waktu::parse("100000,0000001 menit").is_ok());
    }

    #[test]
    fn shows_measured_values_normalised() {
        for (text, shown) in [
            ("10 Menit", "10 menit"),
            ("1.5 jam", "1,5 jam"),
            ("1,50 JAM", "1,5 jam"),
            ("5 HK", "5 hari kerja"),
            ("5 hari  kerja", "5 hari kerja"),
            ("10-15 menit", "10–15 menit"),
            ("10 s/d 15 Menit", "10–15 menit"),
            ("1 jam - 2 jam", "1–2 jam"),
            ("30 menit sampai 1 jam", "30 menit – 1 jam"),
            ("1x24 jam", "1 x 24 jam"),
            ("2 X 24 Jam", "2 x 24 jam"),
            ("1-2 x 24 jam", "1–2 x 24 jam"),
            ("1 x 24 jam - 3 hari", "1 x 24 jam – 3 hari"),
            ("1 jam 30 menit", "1 jam 30 menit"),
            ("2 (dua) hari", "2 hari"),
            ("dua hari", "2 hari"),
            ("setengah jam", "0,5 jam"),
            ("±15 mnt", "± 15 menit"),
            ("Maks. 3 hr kerja", "Maks. 3 hari kerja"),
            (
                "2 hari  setelah surat diterima",
                "2 hari setelah surat diterima",
            ),
            ("Disesuaikan", "Disesuaikan"),
        ] {
            assert_eq!(w(text).to_string(), shown, "{text:?}");
            // What is shown reads back to the same value.
            assert_eq!(w(shown).ukuran, w(text).ukuran, "{shown:?}");
        }
        assert_eq!(w(" 10 menit ").teks, "10 menit");
    }

    #[test]
    fn working_days_are_not_calendar_days() {
        let l = u("5 hari kerja").rendah();
        assert_eq!(l, hk(500));
        assert_eq!(l.detik, 0);
        assert_eq!(w("5 hari kerja").seconds(), 0);
        assert_eq!(l.to_string(), "5 hari kerja");
        assert_ne!(u("5 hari kerja").rendah(), u("5 hari").rendah());
        assert_eq!(Satuan::HariKerja.lama(), hk(100));
        assert_eq!(Satuan::HariKerja.seconds(), 0);
    }

    fn sum(items: &[Option<&str>]) -> Total {
        let parsed: Vec<Option<Waktu>> = items.iter().map(|t| t.map(w)).collect();
        total(parsed.iter().map(Option::as_ref))
    }

    #[test]
    fn totals_read_like_the_paper_form() {
        let t = sum(&[
            Some("6 hari"),
            Some("3 jam"),
            Some("20 menit"),
            Some("5 menit"),
        ]);
        assert_eq!(t.teks(), "6 hari 3 jam 25 menit");
        assert_eq!((t.terukur, t.tanpa_waktu), (4, 0));
        assert_eq!(t.tanpa_waktu_teks(), None);
        assert!(!t.is_range());
        assert_eq!(sum(&[]).teks(), "–");
        assert_eq!(format_total(0), "0 menit");
        assert_eq!(format_total(90), "1 menit 30 detik");
        assert_eq!(format_total(w("2 minggu").seconds()), "14 hari");
        assert_eq!(format_total(w("1 bulan").seconds()), "30 hari");
    }

    #[test]
    fn totals_keep_working_days_apart_give_ranges_and_count_the_rest() {
        let t = sum(&[
            Some("2 hari kerja"),
            Some("1 hari kerja"),
            Some("2 jam"),
            Some("10 menit"),
        ]);
        assert_eq!(t.teks(), "3 hari kerja 2 jam 10 menit");
        let t = sum(&[Some("1 jam"), Some("1-2 jam"), Some("20 menit")]);
        assert_eq!(t.teks(), "2 jam 20 menit – 3 jam 20 menit");
        let t = sum(&[Some("2 jam 20 menit"), Some("0-40 menit")]);
        assert_eq!(t.teks(), "2 jam 20 menit – 3 jam");
        let t = sum(&[
            Some("10-15 menit"),
            Some("Disesuaikan"),
            None,
            Some("1 x 24 jam"),
            Some("2-3 hari kerja"),
            Some("-"),
            Some("2 hari setelah surat diterima"),
        ]);
        assert_eq!(
            t.rendah,
            Lama {
                detik: 3 * HARI + 600,
                hari_kerja_x100: 200
            }
        );
        assert_eq!(
            t.tinggi,
            Lama {
                detik: 3 * HARI + 900,
                hari_kerja_x100: 300
            }
        );
        assert_eq!(
            t.teks(),
            "2 hari kerja 3 hari 10 menit – 3 hari kerja 3 hari 15 menit"
        );
        assert_eq!((t.terukur, t.tanpa_waktu), (4, 3));
        assert_eq!(
            t.tanpa_waktu_teks().as_deref(),
            Some("3 langkah tanpa waktu terukur")
        );
        assert!(t.is_range());
        let t = sum(&[Some("0,5 hari kerja"), Some("0,25 hari kerja")]);
        assert_eq!(t.teks(), "0,75 hari kerja");
        let t = sum(&[Some("Tentatif"), None]);
        assert_eq!((t.teks(), t.tanpa_waktu), ("–".to_string(), 2));
        assert_eq!(
            t.tanpa_waktu_teks().as_deref(),
            Some("tidak ada langkah dengan waktu terukur")
        );
        let t = sum(&[Some("0 menit")]);
        assert_eq!(t.teks(), "0 menit", "a measured nothing is still measured");
    }
}
