//! The follow-up session's group picture: each family shares a few anonymous totals of its two
//! compared weeks as a QR code (or a short text code), and the advisor's device adds them up into
//! a « bilan du groupe », with no server and no names.
//!
//! - [`share`]: what a family shares ([`FamilyShare`]), computed from the diary and the two weeks
//!   compared: the number of children and their age bands only, and for week A and week B the ISO
//!   week numbers, the days filled in, the average minutes per day, the minutes by moment and the
//!   days each « pas » was kept; optionally how the family's commitments went. Nothing else: no
//!   names, no notes, no dates beyond the two weeks' numbers. A random token, passed in, lets the
//!   advisor count a family once when its code is read twice.
//! - [`code`]: the compact text of a share, for a QR code and for typing: `ECRANS` and the format
//!   version, then the figures packed in bits, with a CRC-16, in Crockford's base 32 (digits and
//!   capitals, no I, L, O or U; dashes and spaces are ignored and I, L, O read as 1, 1, 0). Strict
//!   decoding ([`decode_share`]) refuses another app's text, a future version, a truncated, mistyped
//!   or forged code, and absurd figures, each with its own [`ShareCodeError`].
//! - [`tally`]: the advisor's count ([`GroupTally`]): each token once, at most
//!   [`MAX_FAMILIES`] families, and no figures until [`MIN_FAMILIES`] families are counted; a week's
//!   figures also need that many families with a day filled in that week, so no one family's
//!   figures are ever on the screen.
//! - [`bilan`]: the aggregate ([`GroupBilan`]): families, children by age band, and for each week
//!   the mean over families of their average per day filled in (a family with no day filled in a
//!   week is left out of that week), the same by moment, and the share of days each « pas » was
//!   kept. Its stored format ([`encode_saved_bilan`], [`decode_saved_bilan`]) holds the aggregate
//!   only: no token, no line per family.
//! - [`sentences`]: the plain sentences in French and English, for the family (what the code
//!   holds, in words) and for the room; [`bilan_chart`]: the bilan's chart, drawn with the core's
//!   chart code.

mod bilan;
mod bilan_chart;
mod code;
mod sentences;
mod share;
mod tally;
#[cfg(test)]
mod tests;

pub use bilan::{
    decode_saved_bilan, encode_saved_bilan, CommitmentTally, GroupBilan, GroupWeek, SavedBilan,
    SavedBilanError, WeekFigures, SAVED_BILAN_VERSION,
};
pub use bilan_chart::{bilan_moments_chart, bilan_moments_table, render_bilan_moments_svg};
pub use code::{
    decode_share, encode_share, format_share_code, share_qr_text, split_pasted_codes, AbsurdFigure,
    ShareCodeError, CODE_PREFIX, FORMAT_VERSION,
};
pub use sentences::{
    bilan_commitments_sentence, bilan_headline, bilan_moment_sentence, bilan_step_sentences,
    families_missing_sentence, share_in_words, tally_message,
};
pub use share::{
    share_of_comparison, CommitmentKind, CommitmentShare, FamilyShare, ShareError, ShareToken,
    SharedOutcome, WeekShare, MAX_SHARED_CHILDREN, TOKEN_BYTES,
};
pub use tally::{GroupTally, NotEnoughFamilies, TallyOutcome, MAX_FAMILIES, MIN_FAMILIES};
