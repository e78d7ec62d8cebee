//! Messages sopgen passes on from elsewhere (the TOML parser, the operating
//! system), in the language of messages: as they are in English, put into
//! Indonesian otherwise.
//!
//! Only the phrases those libraries are known to use are translated; one
//! not in the tables is passed on as it is, so nothing is ever lost.

use crate::bahasa::inggris;

/// A message of the TOML parser (or of reading `sopgen.toml` through
/// serde): `description`, or `description, expected a, b`, or (a date's
/// reason alone) `expected ...`.
pub fn toml(message: &str) -> String {
    if inggris() {
        return message.to_string();
    }
    if let Some(list) = message.strip_prefix("expected ") {
        let list = expected(list);
        // "hari antara 01 dan 28": said as a rule.
        return match list.split_once(" antara ") {
            Some((unit, range)) if !unit.contains(' ') => format!("{unit} harus antara {range}"),
            _ => format!("seharusnya {list}"),
        };
    }
    match message.split_once(", expected ") {
        Some((what, list)) => format!(
            "{} (yang diharapkan: {})",
            description(what),
            expected(list)
        ),
        None => description(message),
    }
}

/// What the parser says went wrong.
fn description(what: &str) -> String {
    let what = what.trim();
    if let Some(rest) = what.strip_prefix("unknown field ") {
        return format!("kolom {rest} tidak dikenal");
    }
    if let Some(rest) = what.strip_prefix("duplicate key: ") {
        return format!("kunci {rest} ditulis dua kali");
    }
    // A setting written under both its names (`title` and `judul`).
    if let Some(rest) = what.strip_prefix("duplicate field ") {
        return format!("pengaturan {rest} ditulis dua kali (mungkin dengan nama lainnya)");
    }
    if let Some(rest) = what.strip_prefix("missing field ") {
        return format!("kolom {rest} tidak ada");
    }
    if let Some(rest) = what.strip_prefix("invalid type: ") {
        return format!("jenis nilai salah: {}", found(rest));
    }
    if let Some(rest) = what.strip_prefix("invalid value: ") {
        return format!("nilai salah: {}", found(rest));
    }
    let known = match what {
        "`_` may only go between digits" => "`_` hanya boleh di antara angka",
        "cannot recurse further; max recursion depth met" | "recursion limit" => {
            "terlalu banyak tingkat tabel atau daftar di dalam satu sama lain"
        }
        "carriage return must be followed by newline" => "karakter CR harus diikuti baris baru",
        "duplicate key" => "kunci ditulis dua kali",
        "extra `=`" => "ada `=` yang berlebih",
        "extra assignment between key-value pairs" => {
            "ada `=` yang berlebih di antara pasangan kunci dan nilai"
        }
        "extra comma in array" => "ada koma yang berlebih di dalam daftar",
        "extra comma in inline table" => "ada koma yang berlebih di dalam tabel satu baris",
        "integers with a radix cannot be signed" => {
            "bilangan heksadesimal, oktal atau biner tidak boleh diberi tanda + atau -"
        }
        "invalid comment character" => "ada karakter yang tidak boleh di dalam komentar",
        "invalid inline table element" => "isi tabel satu baris tidak sah",
        "invalid key-value pair" => "pasangan kunci dan nilai tidak sah",
        "invalid unquoted key" => "kunci tanpa tanda petik tidak sah",
        "invalid value" => "nilai tidak sah",
        "key with no value" => "kunci tanpa nilai",
        "keys cannot be multi-line basic strings" | "keys cannot be multi-line literal strings" => {
            "kunci tidak boleh berupa teks beberapa baris"
        }
        "missing array opening" => "kurung siku pembuka `[` tidak ada",
        "missing assignment between key-value pairs" => {
            "tanda `=` di antara kunci dan nilai tidak ada"
        }
        "missing comma between array elements" => "koma di antara butir daftar tidak ada",
        "missing comma between key-value pairs" => {
            "koma di antara pasangan kunci dan nilai tidak ada"
        }
        "missing comment start" => "tanda awal komentar `#` tidak ada",
        "missing escaped value" => "karakter sesudah `\\` tidak ada",
        "missing inline table opening" => "kurung kurawal pembuka `{` tidak ada",
        "missing key for inline table element" => "kunci isi tabel satu baris tidak ada",
        "missing opening quote" => "tanda petik pembuka tidak ada",
        "missing table open" => "kurung siku pembuka tabel `[` tidak ada",
        "missing value for key" => "nilai untuk kunci ini tidak ada",
        "missing value" => "nilai tidak ada",
        "radix must be lowercase" => "awalan 0x, 0o atau 0b harus huruf kecil",
        "redundant integer number prefix" => "awalan bilangan berlebih",
        "redundant numeric sign" => "tanda bilangan berlebih",
        "string values must be quoted" => "nilai teks harus diapit tanda petik",
        "too few unicode value digits" => "angka kode unicode kurang",
        "unclosed array table" => "`[[...]]` tidak ditutup",
        "unclosed array" => "daftar tidak ditutup dengan `]`",
        "unclosed inline table" => "tabel satu baris tidak ditutup dengan `}`",
        "unclosed table" => "`[...]` tidak ditutup",
        "unexpected `=` in array" => "ada `=` di dalam daftar",
        "unexpected content between comment and newline" => {
            "ada isi yang tidak terduga di antara komentar dan akhir baris"
        }
        "unexpected content" => "ada isi yang tidak terduga",
        "unexpected key or value" => "ada kunci atau nilai yang tidak terduga",
        "unexpected leading zero" => "bilangan tidak boleh diawali angka nol",
        "unexpected sign" => "ada tanda + atau - yang tidak terduga",
        "unquoted keys cannot be empty" => "kunci tanpa tanda petik tidak boleh kosong",
        "could not allocate for string" => "memori tidak cukup untuk teks ini",
        "invalid string"
        | "invalid basic string"
        | "invalid literal string"
        | "invalid multi-line basic string"
        | "invalid multi-line literal string" => "teks tidak sah",
        "invalid boolean" => "nilai true/false tidak sah",
        "invalid date-time" | "invalid datetime" => "tanggal atau jam tidak sah",
        "invalid float" => "bilangan desimal tidak sah",
        "invalid integer number" => "bilangan bulat tidak sah",
        "invalid hexadecimal number" => "bilangan heksadesimal tidak sah",
        "invalid octal number" => "bilangan oktal tidak sah",
        "invalid binary number" => "bilangan biner tidak sah",
        _ => return what.to_string(),
    };
    known.to_string()
}

/// The parser's list of what it expected, an item at a time.
fn expected(list: &str) -> String {
    list.split(", ")
        .map(|item| {
            if let Some(rest) = item.strip_prefix("one of ") {
                return format!("salah satu dari {rest}");
            }
            if let Some((unit, range)) = item.split_once(" between ") {
                let (a, b) = range.split_once(" and ").unwrap_or((range, ""));
                let unit = match unit {
                    "day" => "hari",
                    "month" => "bulan",
                    "hour" | "hours" => "jam",
                    "minute" | "minutes" => "menit",
                    "second" => "detik",
                    other => other,
                };
                return if b.is_empty() {
                    format!("{unit} {a}")
                } else {
                    format!("{unit} antara {a} dan {b}")
                };
            }
            let known = match item {
                "a four-digit year (YYYY)" => "tahun empat angka (YYYY)",
                "a two-digit month (MM)" => "bulan dua angka (MM)",
                "a two-digit day (DD)" => "hari dua angka (DD)",
                "a two-digit hour (HH)" => "jam dua angka (HH)",
                "a two-digit minute (MM)" => "menit dua angka (MM)",
                "a two-digit second (SS)" => "detik dua angka (SS)",
                "`T` between date and time" => "`T` di antara tanggal dan jam",
                "a valid datetime field" => "bagian tanggal atau jam yang sah",
                "a TOML datetime" => "tanggal TOML",
                "basic string" | "literal string" | "a string" => "teks",
                "multi-line basic string" => "teks beberapa baris",
                "characters" => "karakter",
                "digits" | "numbers" => "angka",
                "key" => "kunci",
                "letters" => "huruf",
                "non-double-quote visible characters" => "karakter selain tanda petik ganda",
                "non-single-quote characters" | "non-single-quote visible characters" => {
                    "karakter selain tanda petik tunggal"
                }
                "printable characters" => "karakter yang dapat dicetak",
                "unicode hexadecimal value" => "kode unicode heksadesimal",
                "value" => "nilai",
                "newline" => "baris baru",
                "nothing" => "tidak ada lagi",
                "etc" => "dll.",
                "a boolean" => "true/false",
                "a sequence" => "daftar",
                "a map" => "tabel",
                "an integer" | "i64" | "u64" => "bilangan bulat",
                _ => return found(item),
            };
            known.to_string()
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A value as serde names it: `string "x"`, `integer `3``, `sequence`, ...
fn found(what: &str) -> String {
    for (en, id) in [
        ("string ", "teks "),
        ("integer ", "bilangan "),
        ("floating point ", "bilangan desimal "),
        ("boolean ", "true/false "),
    ] {
        if let Some(rest) = what.strip_prefix(en) {
            return format!("{id}{rest}");
        }
    }
    match what {
        "sequence" => "daftar".to_string(),
        "map" => "tabel".to_string(),
        other => other.to_string(),
    }
}

/// An error of the operating system (a file that cannot be read, a port in
/// use) said in the language of messages.
pub fn io(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    if inggris() {
        return e.to_string();
    }
    let said = match e.kind() {
        K::NotFound => "tidak ditemukan",
        K::PermissionDenied => "izin akses ditolak",
        K::AlreadyExists => "sudah ada",
        K::StorageFull => "disk penuh",
        K::ReadOnlyFilesystem => "disk atau folder ini hanya bisa dibaca",
        K::IsADirectory => "ini folder, bukan berkas",
        K::NotADirectory => "ini bukan folder",
        K::DirectoryNotEmpty => "folder tidak kosong",
        K::AddrInUse => "alamat sudah dipakai program lain",
        K::AddrNotAvailable => "alamat ini tidak ada di komputer ini",
        K::OutOfMemory => "memori tidak cukup",
        K::TimedOut => "waktu habis",
        K::Interrupted => "terputus",
        K::InvalidData => "data tidak sah",
        K::CrossesDevices => "tidak dapat dipindah ke disk lain",
        K::FileTooLarge => "berkas terlalu besar",
        _ => return e.to_string(),
    };
    match e.raw_os_error() {
        Some(code) => format!("{said} (kode sistem {code})"),
        None => said.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Unit tests run with Indonesian messages (nothing asks for English).

    #[test]
    fn translates_parser_messages_and_their_lists() {
        assert_eq!(
            toml("string values must be quoted, expected literal string"),
            "nilai teks harus diapit tanda petik (yang diharapkan: teks)"
        );
        assert_eq!(
            toml("expected day between 01 and 28"),
            "hari harus antara 01 dan 28"
        );
        assert_eq!(
            toml("unknown field `base_ur`, expected one of `title`, `theme`"),
            "kolom `base_ur` tidak dikenal (yang diharapkan: salah satu dari `title`, `theme`)"
        );
        assert_eq!(
            toml("invalid type: integer `3`, expected a string"),
            "jenis nilai salah: bilangan `3` (yang diharapkan: teks)"
        );
    }

    #[test]
    fn passes_unknown_phrases_on() {
        assert_eq!(
            toml("something new, expected `%`"),
            "something new (yang diharapkan: `%`)"
        );
    }

    #[test]
    fn says_system_errors_in_indonesian() {
        let e = std::io::Error::from_raw_os_error(13);
        assert_eq!(io(&e), "izin akses ditolak (kode sistem 13)");
        let e = std::io::Error::other("aneh");
        assert_eq!(io(&e), "aneh");
    }
}
