//! Search: the Indonesian stemmer, the index written at build time, and the
//! query logic shared with `sopgen search`.

pub mod index;
pub mod query;
pub mod stem;
