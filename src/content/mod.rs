//! The SOP model and how content files become it.

pub mod fields;
pub mod frontmatter;
pub mod load;
pub mod model;
pub mod parse;
pub mod pelaksana;
pub mod tanggal;
pub mod waktu;

pub use model::{Bagian, Langkah, Located, Pengesah, Sop, Status};
