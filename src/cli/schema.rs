//! `sopgen schema`: the JSON Schema of an SOP's front matter.

use std::process::ExitCode;

pub fn run() -> ExitCode {
    let schema = crate::render::exports::schema();
    println!("{}", serde_json::to_string_pretty(&schema).expect("JSON"));
    ExitCode::SUCCESS
}
