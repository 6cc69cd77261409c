//! A family's share as text: short enough for a small QR code, and typeable.
//!
//! The text is `ECRANS`, the format version as one base-32 digit (`1`), then 88 base-32 digits:
//! the share's fields packed in bits (below), padded with zero bits to a whole byte, and a
//! CRC-16/CCITT of those bytes. The digits are Crockford's base 32 (`0-9`, `A-Z` without I, L, O,
//! U), which a QR code stores in its compact alphanumeric mode. Reading is forgiving of the way
//! people type (lower case, spaces and dashes, I and L for 1, O for 0) and strict about
//! everything else.
//!
//! Version 1, in order, most significant bit first:
//!
//! | field | bits |
//! |---|---|
//! | token | 40 |
//! | children (1–31) | 5 |
//! | children in each of the 7 age bands | 7 × 5 |
//! | per week, A then B: ISO year − 2000, week, days filled in, average minutes per day, minutes at each of the 6 moments, days each of the 4 « pas » was kept | 8 + 6 + 3 + 16 + 6 × 19 + 4 × 3 |
//! | commitments shared (0–3), then 3 slots of kind (4 bits: 0–3 a « pas », 4 a limit, 5 own words; 15 empty) and outcome (2 bits) | 2 + 3 × 6 |
//!
//! A field has no sign: a negative figure written by another program reads as a huge one and is
//! refused as more than 24 hours a day.

use std::fmt;

use crate::calendar::IsoWeek;
use crate::diary::Moment;
use crate::four_steps::Step;
use crate::guidelines::AgeBand;
use crate::language::Language;
use crate::typography::typeset;

use super::share::{
    check_share, CommitmentKind, CommitmentShare, FamilyShare, ShareToken, SharedOutcome,
    WeekShare, MAX_SHARED_COMMITMENTS, TOKEN_BYTES,
};

/// What every code starts with: it names the app.
pub const CODE_PREFIX: &str = "ECRANS";
/// The format version this build writes and reads.
pub const FORMAT_VERSION: u8 = 1;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const YEAR_BASE: i32 = 2000;
const MOMENT_BITS: u32 = 19;
const EMPTY_SLOT: u64 = 15;
const FIELD_BITS: usize = 40
    + 5
    + 7 * 5
    + 2 * (8 + 6 + 3 + 16 + 6 * MOMENT_BITS as usize + 4 * 3)
    + 2
    + MAX_SHARED_COMMITMENTS * 6;
const FIELD_BYTES: usize = FIELD_BITS.div_ceil(8);
const CODE_BYTES: usize = FIELD_BYTES + 2;
/// The base-32 digits after the prefix and version.
const BODY_DIGITS: usize = (CODE_BYTES * 8).div_ceil(5);
/// Text longer than this is not looked at (a pasted page, a flood).
const MAX_INPUT_CHARS: usize = 400;

/// A figure no family's diary can give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AbsurdFigure {
    /// No child, or more than a code can count.
    Children,
    /// More children in the age bands than children.
    AgeBands,
    /// A week that does not exist.
    Week,
    /// More than seven days filled in.
    DaysOverSeven,
    /// More than 24 hours a day for each child, or a negative figure.
    MoreThanADay,
    /// The average per day does not match the minutes and the days.
    AverageDoesNotMatch,
    /// Minutes in a week with no day filled in.
    FiguresWithoutDays,
    /// A « pas » kept on more days than were filled in.
    StepsOverDays,
    /// A commitment that is not one of the kinds a diary has.
    Commitments,
}

/// Why a text is not a family's code this build can count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShareCodeError {
    /// Nothing was read.
    Empty,
    /// The text is not one of this app's codes (another app's QR code, a web address).
    OtherApp,
    /// The code was made by a newer version of the app.
    FutureVersion {
        /// The code's format version.
        version: u8,
    },
    /// A character that no code has.
    NotACode,
    /// The code is cut short.
    Truncated,
    /// The code is longer than a code.
    TooLong,
    /// The check digits do not match: a character was mistyped or changed.
    Checksum,
    /// The code is well formed but holds figures no diary can give.
    Absurd(AbsurdFigure),
}

impl ShareCodeError {
    /// What the advisor reads, in plain words.
    pub fn message(self, language: Language) -> String {
        typeset(&self.message_written(language), language)
    }

    /// [`Self::message`] as written, before typography.
    fn message_written(self, language: Language) -> String {
        let fr = language == Language::Fr;
        let text = match self {
            ShareCodeError::Empty if fr => "Aucun code n'a été lu.",
            ShareCodeError::Empty => "No code was read.",
            ShareCodeError::OtherApp if fr => {
                "Ce code ne vient pas d'Écrans en famille : il n'a pas été compté."
            }
            ShareCodeError::OtherApp => {
                "This code is not from Écrans en famille: it was not counted."
            }
            ShareCodeError::FutureVersion { .. } if fr => {
                "Ce code vient d'une version plus récente de l'application : mettez-la à jour sur cet appareil pour le compter."
            }
            ShareCodeError::FutureVersion { .. } => {
                "This code comes from a newer version of the app: update the app on this device to count it."
            }
            ShareCodeError::NotACode if fr => {
                "Ce code contient un caractère qu'aucun code n'a : vérifiez ce qui a été tapé."
            }
            ShareCodeError::NotACode => {
                "This code holds a character no code has: check what was typed."
            }
            ShareCodeError::Truncated if fr => "Ce code est incomplet : il manque des caractères.",
            ShareCodeError::Truncated => "This code is incomplete: characters are missing.",
            ShareCodeError::TooLong if fr => "Ce code est trop long : vérifiez ce qui a été tapé.",
            ShareCodeError::TooLong => "This code is too long: check what was typed.",
            ShareCodeError::Checksum if fr => {
                "Ce code est mal recopié ou a été modifié : il n'a pas été compté."
            }
            ShareCodeError::Checksum => {
                "This code was mistyped or changed: it was not counted."
            }
            ShareCodeError::Absurd(_) if fr => {
                "Ce code contient des chiffres impossibles (plus de 24 h par jour, par exemple) : il n'a pas été compté."
            }
            ShareCodeError::Absurd(_) => {
                "This code holds impossible figures (more than 24 hours a day, for instance): it was not counted."
            }
        };
        text.to_owned()
    }
}

impl fmt::Display for ShareCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl std::error::Error for ShareCodeError {}

/// Bits written most significant first.
struct BitWriter {
    bytes: Vec<u8>,
    used: usize,
}

impl BitWriter {
    fn new() -> BitWriter {
        BitWriter {
            bytes: Vec::with_capacity(CODE_BYTES),
            used: 0,
        }
    }

    /// Writes the low `bits` bits of `value` (higher bits are dropped: callers check ranges).
    fn write(&mut self, value: u64, bits: u32) {
        for shift in (0..bits).rev() {
            if self.used.is_multiple_of(8) {
                self.bytes.push(0);
            }
            let bit = ((value >> shift) & 1) as u8;
            let last = self.bytes.len() - 1;
            self.bytes[last] |= bit << (7 - self.used % 8);
            self.used += 1;
        }
    }
}

/// Bits read most significant first; the caller has checked the length.
struct BitReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl BitReader<'_> {
    fn read(&mut self, bits: u32) -> u64 {
        let mut value = 0u64;
        for _ in 0..bits {
            let byte = self.bytes.get(self.at / 8).copied().unwrap_or(0);
            let bit = (byte >> (7 - self.at % 8)) & 1;
            value = (value << 1) | u64::from(bit);
            self.at += 1;
        }
        value
    }
}

/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF).
fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for byte in bytes {
        crc ^= u16::from(*byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

fn digit_value(digit: u8) -> Option<u8> {
    match digit.to_ascii_uppercase() {
        b'O' => Some(0),
        b'I' | b'L' => Some(1),
        upper => ALPHABET
            .iter()
            .position(|d| *d == upper)
            .map(|value| value as u8),
    }
}

fn write_week(bits: &mut BitWriter, week: &WeekShare) {
    bits.write((week.week.year() - YEAR_BASE).clamp(0, 255) as u64, 8);
    bits.write(u64::from(week.week.week()), 6);
    bits.write(u64::from(week.days_filled_in), 3);
    bits.write(u64::from(week.daily_average), 16);
    for minutes in week.by_moment {
        bits.write(u64::from(minutes), MOMENT_BITS);
    }
    for kept in week.steps_kept {
        bits.write(u64::from(kept), 3);
    }
}

fn read_week(bits: &mut BitReader<'_>) -> Result<WeekShare, ShareCodeError> {
    let year = YEAR_BASE + bits.read(8) as i32;
    let number = bits.read(6) as u32;
    let week = IsoWeek::new(year, number).ok_or(ShareCodeError::Absurd(AbsurdFigure::Week))?;
    let days_filled_in = bits.read(3) as u8;
    let daily_average = bits.read(16) as u16;
    let by_moment = Moment::ALL.map(|_| bits.read(MOMENT_BITS) as u32);
    let steps_kept = Step::ALL.map(|_| bits.read(3) as u8);
    Ok(WeekShare {
        week,
        days_filled_in,
        daily_average,
        by_moment,
        steps_kept,
    })
}

fn commitment_bits(commitment: &CommitmentShare) -> (u64, u64) {
    let kind = match commitment.kind {
        CommitmentKind::Step(step) => step as u64,
        CommitmentKind::DailyLimit => 4,
        CommitmentKind::OwnWords => 5,
    };
    let outcome = match commitment.outcome {
        SharedOutcome::Kept => 0,
        SharedOutcome::PartlyKept => 1,
        SharedOutcome::NotKept => 2,
        SharedOutcome::NotMeasurable => 3,
    };
    (kind, outcome)
}

/// The share as a code without separators, as a QR code holds it: `ECRANS1…`.
pub fn encode_share(share: &FamilyShare) -> String {
    code_of_fields(pack_fields(share))
}

fn pack_fields(share: &FamilyShare) -> Vec<u8> {
    let mut bits = BitWriter::new();
    for byte in share.token.0 {
        bits.write(u64::from(byte), 8);
    }
    bits.write(u64::from(share.children), 5);
    for count in share.age_bands {
        bits.write(u64::from(count), 5);
    }
    write_week(&mut bits, &share.a);
    write_week(&mut bits, &share.b);
    let shared = share.commitments.len().min(MAX_SHARED_COMMITMENTS);
    bits.write(shared as u64, 2);
    for slot in 0..MAX_SHARED_COMMITMENTS {
        let (kind, outcome) = share
            .commitments
            .get(slot)
            .map_or((EMPTY_SLOT, 0), commitment_bits);
        bits.write(kind, 4);
        bits.write(outcome, 2);
    }
    bits.bytes
}

/// The code of packed fields: the check bytes added, in base 32 after the prefix and version.
fn code_of_fields(mut bytes: Vec<u8>) -> String {
    bytes.resize(FIELD_BYTES, 0);
    bytes.extend(crc16(&bytes).to_be_bytes());
    let mut text = String::with_capacity(CODE_PREFIX.len() + 1 + BODY_DIGITS);
    text.push_str(CODE_PREFIX);
    text.push(ALPHABET[usize::from(FORMAT_VERSION)] as char);
    let mut reader = BitReader {
        bytes: &bytes,
        at: 0,
    };
    for _ in 0..BODY_DIGITS {
        text.push(ALPHABET[reader.read(5) as usize] as char);
    }
    text
}

/// The text a QR code holds for `share` (the code without separators).
pub fn share_qr_text(share: &FamilyShare) -> String {
    encode_share(share)
}

/// The code as people copy it: `ECRANS1-` then groups of five digits joined by dashes.
pub fn format_share_code(share: &FamilyShare) -> String {
    let code = encode_share(share);
    let (head, body) = code.split_at(CODE_PREFIX.len() + 1);
    let groups: Vec<&str> = body
        .as_bytes()
        .chunks(5)
        .map(|chunk| std::str::from_utf8(chunk).expect("the digits are ASCII"))
        .collect();
    format!("{head}-{}", groups.join("-"))
}

/// Splits pasted text into the codes it holds: one per line (or separated by commas or
/// semicolons), blank lines left out. Spaces inside a line are part of its code.
pub fn split_pasted_codes(text: &str) -> Vec<&str> {
    text.split(['\n', '\r', ',', ';'])
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect()
}

/// Reads a code written by [`encode_share`] or [`format_share_code`], as read by a camera or
/// typed by a person, and checks every figure.
pub fn decode_share(text: &str) -> Result<FamilyShare, ShareCodeError> {
    if text.chars().count() > MAX_INPUT_CHARS {
        return Err(ShareCodeError::TooLong);
    }
    let compact: Vec<u8> = text
        .bytes()
        .filter(|byte| !matches!(byte, b' ' | b'-' | b'\t' | b'\n' | b'\r'))
        .collect();
    if compact.is_empty() {
        return Err(ShareCodeError::Empty);
    }
    let prefix = CODE_PREFIX.as_bytes();
    if compact.len() < prefix.len() + 1 {
        return Err(if prefix.starts_with(&compact.to_ascii_uppercase()) {
            ShareCodeError::Truncated
        } else {
            ShareCodeError::OtherApp
        });
    }
    if !compact[..prefix.len()].eq_ignore_ascii_case(prefix) {
        return Err(ShareCodeError::OtherApp);
    }
    let version = digit_value(compact[prefix.len()]).ok_or(ShareCodeError::OtherApp)?;
    if version == 0 {
        return Err(ShareCodeError::OtherApp);
    }
    if version > FORMAT_VERSION {
        return Err(ShareCodeError::FutureVersion { version });
    }
    let body = &compact[prefix.len() + 1..];
    let mut values = Vec::with_capacity(BODY_DIGITS);
    for digit in body {
        values.push(digit_value(*digit).ok_or(ShareCodeError::NotACode)?);
    }
    if values.len() < BODY_DIGITS {
        return Err(ShareCodeError::Truncated);
    }
    if values.len() > BODY_DIGITS {
        return Err(ShareCodeError::TooLong);
    }
    let mut bits = BitWriter::new();
    for value in values {
        bits.write(u64::from(value), 5);
    }
    let bytes = bits.bytes;
    // The last digit carries bits past the check bytes: they must be zero.
    let spare = BODY_DIGITS * 5 - CODE_BYTES * 8;
    let spare_bits = BitReader {
        bytes: &bytes,
        at: CODE_BYTES * 8,
    }
    .read(spare as u32);
    let (fields, check) = bytes[..CODE_BYTES].split_at(FIELD_BYTES);
    if spare_bits != 0 || crc16(fields).to_be_bytes() != check {
        return Err(ShareCodeError::Checksum);
    }
    let share = read_fields(fields)?;
    check_share(&share).map_err(ShareCodeError::Absurd)?;
    Ok(share)
}

fn read_fields(fields: &[u8]) -> Result<FamilyShare, ShareCodeError> {
    let absurd = ShareCodeError::Absurd;
    let mut bits = BitReader {
        bytes: fields,
        at: 0,
    };
    let mut token = [0u8; TOKEN_BYTES];
    for byte in &mut token {
        *byte = bits.read(8) as u8;
    }
    let children = bits.read(5) as u8;
    let age_bands = AgeBand::ALL.map(|_| bits.read(5) as u8);
    let a = read_week(&mut bits)?;
    let b = read_week(&mut bits)?;
    let shared = bits.read(2) as usize;
    if shared > MAX_SHARED_COMMITMENTS {
        return Err(absurd(AbsurdFigure::Commitments));
    }
    let mut commitments = Vec::with_capacity(shared);
    for slot in 0..MAX_SHARED_COMMITMENTS {
        let (kind, outcome) = (bits.read(4), bits.read(2));
        if slot >= shared {
            if kind != EMPTY_SLOT || outcome != 0 {
                return Err(absurd(AbsurdFigure::Commitments));
            }
            continue;
        }
        let kind = match kind {
            0..=3 => CommitmentKind::Step(Step::ALL[kind as usize]),
            4 => CommitmentKind::DailyLimit,
            5 => CommitmentKind::OwnWords,
            _ => return Err(absurd(AbsurdFigure::Commitments)),
        };
        let outcome = match outcome {
            0 => SharedOutcome::Kept,
            1 => SharedOutcome::PartlyKept,
            2 => SharedOutcome::NotKept,
            _ => SharedOutcome::NotMeasurable,
        };
        commitments.push(CommitmentShare { kind, outcome });
    }
    if bits.read((FIELD_BYTES * 8 - FIELD_BITS) as u32) != 0 {
        return Err(ShareCodeError::Checksum);
    }
    Ok(FamilyShare {
        token: ShareToken(token),
        children,
        age_bands,
        a,
        b,
        commitments,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_crc_is_the_standard_ccitt_false() {
        assert_eq!(crc16(b"123456789"), 0x29B1);
    }

    /// Overwrites `bits` bits at bit `at` of packed fields.
    fn set_bits(bytes: &mut [u8], at: usize, bits: u32, value: u64) {
        for index in 0..bits as usize {
            let bit = (value >> (bits as usize - 1 - index)) & 1;
            let (byte, shift) = ((at + index) / 8, 7 - (at + index) % 8);
            bytes[byte] = (bytes[byte] & !(1 << shift)) | ((bit as u8) << shift);
        }
    }

    fn sample() -> FamilyShare {
        let week = |number| WeekShare {
            week: IsoWeek::new(2026, number).unwrap(),
            days_filled_in: 2,
            daily_average: 30,
            by_moment: [0, 0, 0, 0, 60, 0],
            steps_kept: [1, 2, 0, 2],
        };
        FamilyShare {
            token: ShareToken([9; TOKEN_BYTES]),
            children: 1,
            age_bands: [0, 0, 0, 0, 1, 0, 0],
            a: week(53),
            b: week(2),
            commitments: vec![CommitmentShare {
                kind: CommitmentKind::OwnWords,
                outcome: SharedOutcome::Kept,
            }],
        }
    }

    /// Bit offsets of the fields, from the table in the module's documentation.
    const WEEK_A: usize = 40 + 5 + 35;
    const COMMITMENTS: usize = WEEK_A + 2 * 159;

    #[test]
    fn fields_that_no_share_can_hold_are_refused_even_with_good_check_digits() {
        let refused = |at: usize, bits: u32, value: u64| {
            let mut fields = pack_fields(&sample());
            set_bits(&mut fields, at, bits, value);
            decode_share(&code_of_fields(fields))
        };
        assert_eq!(decode_share(&encode_share(&sample())), Ok(sample()));
        // 2025 has no week 53; week 0 never exists.
        assert_eq!(
            refused(WEEK_A, 8, 25),
            Err(ShareCodeError::Absurd(AbsurdFigure::Week))
        );
        assert_eq!(
            refused(WEEK_A + 8, 6, 0),
            Err(ShareCodeError::Absurd(AbsurdFigure::Week))
        );
        // A kind of commitment that does not exist; a filled slot past the count.
        assert_eq!(
            refused(COMMITMENTS + 2, 4, 6),
            Err(ShareCodeError::Absurd(AbsurdFigure::Commitments))
        );
        assert_eq!(
            refused(COMMITMENTS + 2 + 6, 4, 1),
            Err(ShareCodeError::Absurd(AbsurdFigure::Commitments))
        );
        // The padding bits after the fields must be zero.
        assert_eq!(refused(FIELD_BITS, 1, 1), Err(ShareCodeError::Checksum));
    }

    #[test]
    fn the_layout_adds_up() {
        assert_eq!(FIELD_BITS, 418);
        assert_eq!(CODE_BYTES, 55);
        assert_eq!(BODY_DIGITS, 88);
    }
}
