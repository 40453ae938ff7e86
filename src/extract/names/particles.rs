//! Names that open with a particle: "von Thadden said", "De la Vega, who …", "Ms ap Rhys",
//! sentence-initial "Al-Masri did not attend". The particle belongs to the name and keeps its
//! case as written.

use super::{Document, is_capitalised};
use crate::extract::lexicon;

/// How many particles may stand before the name they open ("de la", "van der", "dos").
const MAX_PARTICLES: usize = 2;

/// A particle opening a name: followed, after at most one more particle, by a capitalised
/// word in the same sentence. Asked of most lower-case words ("the", "to", "be"): inlined
/// where it is asked, so that the list's filters answer for them without a call.
#[inline]
pub(super) fn opens_name(document: &Document, index: usize, stem: &str) -> bool {
    let listed = lexicon::NAME_OPENING_PARTICLES.contains(&stem)
        || (stem.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && lexicon::contains_folded(lexicon::NAME_OPENING_PARTICLES, stem));
    listed && name_follows_particle(document, index)
}

/// Whether, after the particle at `index` and at most one more, a capitalised word opens a
/// name in the same sentence.
fn name_follows_particle(document: &Document, index: usize) -> bool {
    let sentence = document.tokens[index].sentence();
    let mut k = index + 1;
    while k - index <= MAX_PARTICLES {
        let Some(token) = document.tokens.get(k) else {
            return false;
        };
        if token.sentence() != sentence {
            return false;
        }
        let word = document.word(k);
        if is_mutated_capital(word) {
            return true;
        }
        if is_capitalised(word) {
            return !lexicon::OPENERS.contains(&word)
                && !lexicon::contains_folded(lexicon::DETERMINERS, word);
        }
        if !lexicon::PARTICLES.contains(&word) {
            return false;
        }
        k += 1;
    }
    false
}

/// "Al-Masri", "El-Sisi": a capitalised particle joined by a hyphen to a capitalised name, as
/// a sentence opens with it.
pub(super) fn is_capitalised_particle_name(word: &str) -> bool {
    // A particle is two or three letters: the hyphen ("-" or the first byte of "‐") stands
    // third or fourth, which most words answer at once.
    let bytes = word.as_bytes();
    if !matches!(bytes.get(2), Some(b'-' | 0xe2)) && !matches!(bytes.get(3), Some(b'-' | 0xe2)) {
        return false;
    }
    let Some((particle, rest)) = word.split_once(['-', '‐']) else {
        return false;
    };
    particle.len() <= 3
        && is_capitalised(particle)
        && lexicon::contains_folded(lexicon::HYPHEN_PARTICLES, particle)
        && is_capitalised(rest)
}

/// "hAodha", "nGallchóir", "t-Saoir": a Gaelic surname whose capital stands behind the
/// lower-case letter of a mutation ("Ó hAodha", "Mac an t-Saoir"). The rest must be a
/// capitalised word with a lower-case letter, so "tRNA" and "hCG" are none.
pub(super) fn is_mutated_capital(word: &str) -> bool {
    let rest = match word.as_bytes() {
        [b't', b'-', ..] => &word[2..],
        [b'h' | b'n' | b't', ..] => &word[1..],
        _ => return false,
    };
    is_capitalised(rest) && rest.chars().skip(1).any(char::is_lowercase)
}

/// Whether the word at `index` continues a Gaelic name after its particle: a mutated
/// capital after "Ó", "Ní", "Uí", "Mac", "Nic" or "an" ("Ó hAodha", "Mac an t-Saoir"), or
/// the article "an" between "Mac" and such a name.
pub(super) fn continues_gaelic_name(document: &Document, index: usize, word: &str) -> bool {
    let Some(before) = index.checked_sub(1) else {
        return false;
    };
    let particle = |k: usize| lexicon::contains(lexicon::IRISH_NAME_PARTICLES, document.word(k));
    if is_mutated_capital(word) {
        return particle(before) || document.word(before) == "an";
    }
    word == "an"
        && particle(before)
        && document
            .word_at(index + 1)
            .is_some_and(|next| is_mutated_capital(next) || is_capitalised(next))
}
