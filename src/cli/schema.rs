//! `sopgen schema`: the JSON Schema of an SOP's front matter.

use std::process::ExitCode;

pub fn run() -> ExitCode {
    let schema = crate::render::exports::schema();
    let text = serde_json::to_string_pretty(&schema).expect("JSON");
    // `sopgen schema | head` closes the pipe early: that is not an error.
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{text}");
    ExitCode::SUCCESS
}
