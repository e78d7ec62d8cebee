//! `sopgen serve`'s arguments; the command runs in
//! [`crate::serve::command`].

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The site's folder (holding content/ and an optional sopgen.toml)
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// The address to listen on (127.0.0.1: only this computer)
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
    pub bind: std::net::IpAddr,
    /// The port to listen on [default: 1111, or the next free one]
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,
    /// Rebuild when a source changes, and reload the open pages (the default)
    #[arg(long, overrides_with = "no_watch")]
    pub watch: bool,
    /// Serve what is built once, without watching for changes
    #[arg(long, overrides_with = "watch")]
    pub no_watch: bool,
    /// Watch by polling (for network drives, where change events are unreliable)
    #[arg(long, conflicts_with = "no_watch")]
    pub poll: bool,
    /// Open the site in the browser
    #[arg(long)]
    pub open: bool,
    /// Show SOPs with status = "draf", marked DRAF (the default: a preview shows what is being written)
    #[arg(long, overrides_with = "no_drafts")]
    pub drafts: bool,
    /// Leave draft SOPs out, as `build` does
    #[arg(long, overrides_with = "drafts")]
    pub no_drafts: bool,
}

pub fn run(args: Args, color: bool) -> ExitCode {
    let options = crate::serve::Options {
        root: args.root,
        bind: args.bind,
        port: args.port.unwrap_or(1111),
        port_given: args.port.is_some(),
        watch: !args.no_watch,
        poll: args.poll,
        drafts: !args.no_drafts,
    };
    crate::serve::command::run(&options, args.open, color)
}
