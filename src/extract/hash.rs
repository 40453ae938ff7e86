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
///
/// What it pays: with every word looked up as a string instead, the export of the generated
/// corpus takes 10.7% more instructions (callgrind, its first 200 files) and 8.6% more CPU
/// (3 runs on all 10,000 files): at the line a speed-only path must reach (docs/PERFORMANCE.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ShortWord(u128);

impl ShortWord {
    pub const MAX_LEN: usize = 15;

    /// The word exactly as written, when it is short enough.
    #[inline]
    pub fn new(word: &str) -> Option<Self> {
        let bytes = word.as_bytes();
        if bytes.len() > Self::MAX_LEN {
            return None;
        }
        let (low, high) = pack(bytes);
        let length = bytes.len() as u64; // At most 15.
        Some(ShortWord(
            u128::from(low) | u128::from(high | length << 56) << 64,
        ))
    }

    /// Whether the word is ASCII (its length byte always is).
    #[inline]
    pub fn is_ascii(self) -> bool {
        self.0 & TOP_BITS == 0
    }

    /// The lower-case form of an ASCII word (as `str::to_lowercase` makes it), when it is
    /// short enough; `None` for any other word.
    #[inline]
    pub fn folded(word: &str) -> Option<Self> {
        let ShortWord(packed) = Self::new(word)?;
        if packed & TOP_BITS != 0 {
            return None;
        }
        // Capitals marked in each half (the length byte, at most 15, is none); 0x80 >> 2 is
        // 0x20, the bit that makes an ASCII capital lower case.
        let capitals = |half: u64| ascii_bytes_in(half, b'A', b'Z');
        let upper =
            u128::from(capitals(packed as u64)) | u128::from(capitals((packed >> 64) as u64)) << 64;
        Some(ShortWord(packed | (upper >> 2)))
    }
}

/// For each of the eight ASCII bytes packed in `chunk`, its top bit set when the byte is in
/// `low..=high` (ASCII too) and every other bit clear. Neither sum carries into the next byte:
/// each byte and addend is below 0x80.
#[inline(always)]
pub fn ascii_bytes_in(chunk: u64, low: u8, high: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = 0x8080_8080_8080_8080;
    let at_least_low = chunk + ONES * u64::from(0x80 - low);
    let above_high = chunk + ONES * u64::from(0x7f - high);
    at_least_low & !above_high & TOPS
}

/// A one in every byte of a packed word.
const ONES: u128 = u128::MAX / 0xff;

/// The top bit of every byte of a packed word: set only where a byte is not ASCII.
const TOP_BITS: u128 = ONES * 0x80;

/// Up to 15 bytes as two little-endian integers, the first eight in `low`: read in at most
/// two overlapping loads each, not copied byte by byte (a `copy_from_slice` of a length
/// known only at run time is a call to `memcpy`, dearer than the rest of a lookup's hashing).
#[inline]
fn pack(bytes: &[u8]) -> (u64, u64) {
    let n = bytes.len();
    let load8 = |from: usize| {
        bytes
            .get(from..from + 8)
            .and_then(|b| b.try_into().ok())
            .map_or(0, u64::from_le_bytes)
    };
    let load4 = |from: usize| {
        bytes
            .get(from..from + 4)
            .and_then(|b| b.try_into().ok())
            .map_or(0, u32::from_le_bytes)
    };
    match n {
        8.. => {
            // The last eight bytes, shifted so that byte 8 comes first (nothing is left
            // when there are exactly eight).
            let tail = load8(n - 8).checked_shr(8 * (16 - n as u32)).unwrap_or(0);
            (load8(0), tail)
        }
        4.. => {
            // The first four and the last four, overlapping: the shared bytes are equal.
            let low = u64::from(load4(0)) | u64::from(load4(n - 4)) << (8 * (n - 4));
            (low, 0)
        }
        1.. => {
            // The first, middle and last byte cover all of one to three.
            let at = |i: usize| u64::from(bytes[i]) << (8 * i);
            (at(0) | at(n / 2) | at(n - 1), 0)
        }
        0 => (0, 0),
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
        let text = "Ab’cdefghijklmnopq";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let Some(word) = text.get(start..end) else {
                    continue;
                };
                let expected = (word.len() <= ShortWord::MAX_LEN).then(|| {
                    let mut plain = [0u8; 16];
                    plain[..word.len()].copy_from_slice(word.as_bytes());
                    plain[15] = word.len() as u8;
                    ShortWord(u128::from_le_bytes(plain))
                });
                assert_eq!(ShortWord::new(word), expected, "{word}");
            }
        }
        assert_eq!(ShortWord::new("sixteen-letters!"), None);
        assert_ne!(ShortWord::new("ab"), ShortWord::new("ab\0"));
    }
}
