//! How the names of pelaksana (the actors of an SOP) are compared. A
//! leaf: the parser, the actor index and the site settings all use it.

/// Within one SOP, between its `pelaksana` list and its steps: case and
/// runs of spaces aside.
pub fn normal_in_sop(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Across the catalogue (the index of pelaksana, the `alias_pelaksana`
/// setting): case, spaces and dots do not matter, and "Kasubbag" is
/// "Kasubag".
pub fn normal(name: &str) -> String {
    let no_dots: String = name.chars().filter(|&c| c != '.').collect();
    let words: Vec<String> = no_dots.split_whitespace().map(str::to_lowercase).collect();
    // "Ka Subbag" (from "Ka. Subbag") is "Kasubag" too.
    words
        .join(" ")
        .replace("ka subbag", "kasubag")
        .replace("ka subag", "kasubag")
        .replace("kasubbag", "kasubag")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn within_an_sop_only_case_and_spaces_differ() {
        assert_eq!(normal_in_sop("  Kepala   Dinas "), "kepala dinas");
        assert_ne!(normal_in_sop("Ka.Subbag"), normal_in_sop("Kasubag"));
    }

    #[test]
    fn spellings_that_must_and_must_not_merge() {
        let same = [
            "Kasubag Program",
            "Kasubbag Program",
            "Ka.Subbag Program",
            "kasubag  program",
            "Ka. Subbag Program",
            "KASUBAG PROGRAM.",
        ];
        for s in same {
            assert_eq!(normal(s), "kasubag program", "{s}");
        }
        for different in [
            "Kasubbag Program dan Evaluasi",
            "Kasubag Umum",
            "Kabag Program",
            "Kepala Sub Bagian Program",
        ] {
            assert_ne!(normal(different), "kasubag program", "{different}");
        }
    }
}
