//! Hash sets and maps for the extractor's word lookups.
//!
//! The extractor hashes short words millions of times (gazetteer lookups, word lists, the
//! words a document has seen). The standard library's SipHash, built to resist crafted keys,
//! was the largest single cost of extraction; foldhash is several times faster on short
//! strings and still seeded per process.

pub type FastSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;
pub type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// A word of at most [`ShortWord::MAX_LEN`] bytes packed into one integer: its bytes, then its
/// length in the last byte. Hashing it is one multiplication and comparing it one integer
/// comparison, where a string needs a pass over its bytes for each; nearly every word of
/// English news, and nearly every key of the word lists and the gazetteer, is this short.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ShortWord(u128);

impl ShortWord {
    pub const MAX_LEN: usize = 15;

    /// The word exactly as written, when it is short enough.
    #[inline]
    pub fn new(word: &str) -> Option<Self> {
        let bytes = word.as_bytes();
        let length = u8::try_from(bytes.len())
            .ok()
            .filter(|&n| usize::from(n) <= Self::MAX_LEN)?;
        let mut packed = [0u8; 16];
        packed[..bytes.len()].copy_from_slice(bytes);
        packed[Self::MAX_LEN] = length;
        Some(ShortWord(u128::from_le_bytes(packed)))
    }

    /// The lower-case form of an ASCII word (as `str::to_lowercase` makes it), when it is
    /// short enough; `None` for any other word.
    #[inline]
    pub fn folded(word: &str) -> Option<Self> {
        if !word.is_ascii() {
            return None;
        }
        let ShortWord(packed) = Self::new(word)?;
        // Every byte is below 0x80, so adding less than 0x80 to each never carries into the
        // next: a byte's top bit then says whether it was at least 'A', or above 'Z'. The
        // length byte (at most 15) is neither.
        const ONES: u128 = u128::MAX / 0xff;
        let at_least_a = packed + ONES * u128::from(0x80 - b'A');
        let above_z = packed + ONES * u128::from(0x7f - b'Z');
        let upper = at_least_a & !above_z & (ONES * 0x80);
        // 0x80 >> 2 is 0x20, the bit that makes an ASCII capital lower case.
        Some(ShortWord(packed | (upper >> 2)))
    }
}

#[cfg(test)]
mod tests {
    use super::ShortWord;

    #[test]
    fn folding_packs_the_lower_case_word() {
        for word in [
            "",
            "a",
            "Said",
            "SAID",
            "@[`{",
            "AZaz09-.’",
            "MAJ.-GEN",
            "Fifteen-Letter!",
            "O'NEAL",
        ] {
            assert_eq!(
                ShortWord::folded(word),
                if word.is_ascii() {
                    ShortWord::new(&word.to_lowercase())
                } else {
                    None
                },
                "{word}"
            );
        }
        for byte in 0..0x80u8 {
            let word = String::from(char::from(byte)).repeat(ShortWord::MAX_LEN);
            assert_eq!(
                ShortWord::folded(&word),
                ShortWord::new(&word.to_lowercase()),
                "{byte}"
            );
        }
        assert_eq!(ShortWord::new("sixteen-letters!"), None);
        assert_ne!(ShortWord::new("ab"), ShortWord::new("ab\0"));
    }
}
