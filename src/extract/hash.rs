//! Hash sets and maps for the extractor's word lookups.
//!
//! The extractor hashes short words millions of times (gazetteer lookups, word lists, the
//! words a document has seen). The standard library's SipHash, built to resist crafted keys,
//! was the largest single cost of extraction; foldhash is several times faster on short
//! strings and still seeded per process.

pub type FastSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;
pub type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
