//! Printing the built site's pages to PDF with headless Chromium, and
//! reading back what the build needs of the PDFs (issue 18).
//!
//! [`Printer::start`] runs one headless Chromium (Debian's `chromium`, or
//! what `SOPGEN_CHROMIUM` names) and drives it over the DevTools protocol
//! through `--remote-debugging-pipe`: no websocket, no port, nothing from
//! the network. [`Printer::print`] prints a batch of HTML files on disk,
//! several at once in separate tabs, each with its own CSS page size;
//! [`info`] reads a printed PDF's page sizes and on which page each linked
//! `id` landed (for the page numbers of a book's daftar isi).
//!
//! ```no_run
//! use std::path::PathBuf;
//! use sopgen::pdf::{Printer, info};
//!
//! let mut printer = Printer::start()?;
//! let jobs = vec![PathBuf::from("/tmp/situs/sop/a/index.html")];
//! for (job, result) in jobs.iter().zip(printer.print(&jobs, 3)) {
//!     match result {
//!         Ok(printed) => {
//!             let pages = info(&printed.pdf)?;
//!             println!("{}: {} halaman", job.display(), printed.pages);
//!             let _ = pages.dests.get("sop-3");
//!         }
//!         Err(e) => eprintln!("{e}"),
//!     }
//! }
//! # Ok::<(), sopgen::pdf::PdfError>(())
//! ```
//!
//! The parts: `printer` (the batch, one thread per tab), `devtools` (the
//! browser process and the routing of its messages), `wire` (the NUL-ended
//! messages and base64), `info` and `object` (reading a PDF), `error`.

mod devtools;
mod error;
mod info;
mod object;
mod printer;
mod wire;

pub use error::PdfError;
pub use info::{PdfInfo, info};
pub use printer::{Printed, Printer};
