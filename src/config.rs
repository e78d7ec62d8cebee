//! `sopgen.toml`: the site's settings. Every field is optional; a site with
//! no `sopgen.toml` builds with the defaults.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostic::{Diagnostic, SourceFile, closest};

pub const CONFIG_FILE: &str = "sopgen.toml";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The catalogue's title, shown on every page.
    #[serde(alias = "judul")]
    pub title: String,
    #[serde(alias = "deskripsi")]
    pub description: Option<String>,
    /// Where the site is published, e.g. `https://dinsos.example.go.id/sop/`;
    /// used for absolute links (sitemap, feeds). Pages link relatively.
    pub base_url: Option<String>,
    /// A folder under `themes/`; "default" is built in.
    pub theme: String,
    /// The government line of the letterhead ("Pemerintah Provinsi Jawa
    /// Timur") of SOPs that name none, and whose folders name none.
    pub pemerintah: Option<String>,
    /// The agency of SOPs that name none, and whose folders name none.
    pub instansi: Option<String>,
    /// Where `sopgen build` writes, relative to the site root.
    #[serde(alias = "output")]
    pub output_dir: PathBuf,
    /// An image under `static/` shown as the agency's logo on SOP forms.
    pub logo: Option<String>,
    /// Spellings of an actor to show under another name on the actor
    /// index, e.g. `"Kasubbag Program dan Evaluasi" = "Kasubag Program"`.
    pub alias_pelaksana: BTreeMap<String, String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: "Katalog SOP".to_string(),
            description: None,
            base_url: None,
            theme: "default".to_string(),
            pemerintah: None,
            instansi: None,
            output_dir: PathBuf::from("public"),
            logo: None,
            alias_pelaksana: BTreeMap::new(),
        }
    }
}

const FIELDS: &[&str] = &[
    "title",
    "description",
    "base_url",
    "theme",
    "pemerintah",
    "instansi",
    "output_dir",
    "logo",
    "alias_pelaksana",
];

impl Config {
    /// Reads `root/sopgen.toml` if there is one.
    pub fn load(root: &Path) -> Result<Config, Diagnostic> {
        let path = root.join(CONFIG_FILE);
        let text = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
                Diagnostic::error(
                    CONFIG_FILE,
                    crate::pesan!(
                        "berkas ini bukan teks UTF-8 yang sah",
                        "the file is not valid UTF-8 text"
                    ),
                )
                .with_hint(crate::pesan!(
                    "simpan sopgen.toml sebagai UTF-8",
                    "save sopgen.toml as UTF-8"
                ))
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => {
                let e = crate::terjemah::io(&e);
                return Err(Diagnostic::error(
                    CONFIG_FILE,
                    crate::pesan!(
                        "berkas ini tidak dapat dibaca: {e}",
                        "cannot read the file: {e}"
                    ),
                )
                .with_hint(crate::pesan!(
                    "periksa izin akses berkas ini",
                    "check the file's permissions"
                )));
            }
        };
        Config::parse(&text)
    }

    pub fn parse(text: &str) -> Result<Config, Diagnostic> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let file = SourceFile::new(CONFIG_FILE, text.to_string());
            let message = e.message().trim_end().to_string();
            let hint = match message
                .strip_prefix("unknown field `")
                .and_then(|m| m.split('`').next())
            {
                Some(name) => match closest(name, FIELDS.iter().copied()) {
                    Some(near) => crate::pesan!("maksudnya `{near}`?", "did you mean `{near}`?"),
                    None => {
                        let all = FIELDS.join(", ");
                        crate::pesan!("pengaturan yang ada: {all}", "the settings are: {all}")
                    }
                },
                None => crate::pesan!(
                    "lihat daftar pengaturan di docs/pengaturan.md",
                    "see the settings in docs/pengaturan.md"
                ),
            };
            file.error(e.span().unwrap_or(0..0), crate::terjemah::toml(&message))
                .with_hint(hint)
        })?;
        config.refuse_control_characters(text)?;
        if let Some(url) = &mut config.base_url
            && !url.ends_with('/')
        {
            url.push('/');
        }
        // Aliases are matched the way actor names are compared.
        config.alias_pelaksana = config
            .alias_pelaksana
            .into_iter()
            .map(|(from, to)| (crate::content::pelaksana::normal(&from), to))
            .collect();
        Ok(config)
    }
}

impl Config {
    /// A control character (TOML's `\u0001`) in a setting would go into
    /// every page and the feed, where HTML and XML do not allow it.
    fn refuse_control_characters(&self, text: &str) -> Result<(), Diagnostic> {
        let output = self.output_dir.to_string_lossy();
        let fields: [(&[&str], Option<&str>); 7] = [
            (&["title", "judul"], Some(&self.title)),
            (&["description", "deskripsi"], self.description.as_deref()),
            (&["base_url"], self.base_url.as_deref()),
            (&["theme"], Some(&self.theme)),
            (&["pemerintah"], self.pemerintah.as_deref()),
            (&["instansi"], self.instansi.as_deref()),
            (&["logo"], self.logo.as_deref()),
        ];
        let aliases = self
            .alias_pelaksana
            .iter()
            .flat_map(|(from, to)| [from.as_str(), to.as_str()]);
        let found = fields
            .iter()
            .filter_map(|(keys, v)| v.map(|v| (*keys, v)))
            .chain([(&["output_dir", "output"][..], output.as_ref())])
            .chain(aliases.map(|v| (&["[alias_pelaksana]"][..], v)))
            .find_map(|(keys, v)| {
                v.chars()
                    .find(|&c| crate::content::fields::is_control(c))
                    .map(|c| (keys, c))
            });
        let Some((keys, c)) = found else {
            return Ok(());
        };
        // The line that sets it: the key (or the table's header) at the
        // start of a line.
        let mut at = 0;
        let mut span = 0..0;
        for line in text.split_inclusive('\n') {
            let t = line.trim_start();
            if keys.iter().any(|k| {
                t.strip_prefix(k)
                    .is_some_and(|rest| k.starts_with('[') || rest.trim_start().starts_with('='))
            }) {
                let start = at + (line.len() - t.len());
                span = start..at + line.trim_end().len();
                break;
            }
            at += line.len();
        }
        let key = keys[0].trim_matches(|c| c == '[' || c == ']');
        let code = format!("U+{:04X}", c as u32);
        let file = SourceFile::new(CONFIG_FILE, text.to_string());
        Err(file
            .error(
                span,
                crate::pesan!(
                    "`{key}` memuat karakter kendali {code}, yang tidak terlihat dan tidak boleh ada di halaman",
                    "`{key}` holds the control character {code}, which is invisible and not allowed in pages"
                ),
            )
            .with_hint(crate::pesan!(
                "hapus karakter itu; biasanya terbawa dari salinan dokumen lain",
                "remove it; it usually comes with text copied from another document"
            )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_config_is_the_default() {
        let c = Config::parse("").unwrap();
        assert_eq!(c.title, "Katalog SOP");
        assert_eq!(c.output_dir, PathBuf::from("public"));
        assert_eq!(c.theme, "default");
    }

    #[test]
    fn reads_settings_and_normalises_base_url() {
        let c = Config::parse("title = \"SOP Dinsos\"\nbase_url = \"https://x.go.id/sop\"\ninstansi = \"Dinas Sosial\"\n").unwrap();
        assert_eq!(c.title, "SOP Dinsos");
        assert_eq!(c.base_url.as_deref(), Some("https://x.go.id/sop/"));
        assert_eq!(c.instansi.as_deref(), Some("Dinas Sosial"));
    }

    #[test]
    fn a_typo_is_an_error_with_a_suggestion() {
        let d = Config::parse("title = \"x\"\nbase_ur = \"y\"\n").unwrap_err();
        assert_eq!(d.location.as_ref().unwrap().line, 2);
        assert_eq!(d.hint.as_deref(), Some("maksudnya `base_url`?"));
        assert!(
            d.message.starts_with("kolom `base_ur` tidak dikenal"),
            "{}",
            d.message
        );
    }
}
