//! « Protéger par un mot de passe »: a backup encrypted in the age v1 format
//! (<https://age-encryption.org/v1>, the C2SP `age` specification) with its passphrase
//! recipient, so that the `age` and `rage` command-line tools open the file too, today and in
//! ten years, without this app.
//!
//! The file is what `age -p` writes, in its binary form:
//!
//! ```text
//! age-encryption.org/v1
//! -> scrypt <salt, 16 bytes in base64> <work factor, log2 N>
//! <the file key wrapped with ChaCha20-Poly1305 under the scrypt key, 32 bytes in base64>
//! --- <HMAC-SHA-256 of the header, in base64>
//! <16-byte nonce><the backup's JSON in 64 KiB ChaCha20-Poly1305 chunks (STREAM)>
//! ```
//!
//! Everything is pure: the 16-byte file key, the 16-byte salt and the 16-byte payload nonce come
//! in as [`PROTECTION_RANDOM_BYTES`] bytes the app takes from `crypto.getRandomValues`.
//!
//! **Work factor.** scrypt's cost doubles with each step of the work factor (memory is
//! 1 KiB × 2^factor). The app writes [`WRITTEN_WORK_FACTOR`], measured to derive well under a
//! second on a phone, and opens files up to [`MAX_WORK_FACTOR`], the factor the `age` tool
//! writes with `age -p`: a file protected on a computer opens on the phone, more slowly. A file
//! asking for more is refused before any work ([`RestoreError::WorkFactorTooHigh`]): factor 30
//! would ask for 1 TiB of memory and freeze the phone. A phone without the memory a factor up
//! to 18 asks for (256 MiB) gets [`RestoreError::NotEnoughMemory`], not a crash.
//!
//! **In steps.** The key derivation ([`super::KeyDerivation`]) is the same for writing and
//! opening and can be done in steps: [`start_protection`] and [`ProtectedBackup::start_opening`]
//! return a [`Protecting`] or an [`Opening`] whose `advance` does a bounded amount of work, so
//! that the app can let the page answer and show a percentage; `finish` does what is left and
//! gives the file or the backup. [`protect_backup`] and [`ProtectedBackup::open`] do it all in
//! one go.
//!
//! **Errors.** Reading the header ([`ProtectedBackup::read`]) needs no passphrase, so a damaged
//! start, another kind of age file or an absurd work factor is refused before the passphrase is
//! asked for. Then [`ProtectedBackup::open`] tells a wrong passphrase (the file key does not
//! unwrap) from a changed file (the header's MAC or a chunk's tag fails) and from a file cut
//! short. A cut final chunk and a changed one both fail their tag; to word the message, the
//! chunk is deciphered without its tag and looked at: the app's JSON ends with `}`, so a text
//! that does not was cut. That text is only looked at, never returned.

use base64::engine::general_purpose::STANDARD_NO_PAD;
use base64::Engine;
use chacha20::cipher::{KeyIvInit, StreamCipher, StreamCipherSeek};
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::ChaCha20Poly1305;
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::key_derivation::{KeyDerivation, NotEnoughMemory, Progress};
use super::{check_backup_size, decode_backup, RestoreError};
use crate::diary::Diary;

/// The work factor (log2 of scrypt's N) of the files the app writes: 2^15 iterations and
/// 32 MiB of memory (see README.md for the time measured in a browser).
pub const WRITTEN_WORK_FACTOR: u8 = 15;

/// The largest work factor the app opens: 18, what `age -p` writes (256 MiB of memory).
pub const MAX_WORK_FACTOR: u8 = 18;

/// How many random bytes [`protect_backup`] takes: the file key, the salt and the payload
/// nonce, 16 bytes each, in that order.
pub const PROTECTION_RANDOM_BYTES: usize = 48;

/// The media type of a protected backup (binary, as the age format says).
pub const PROTECTED_MEDIA_TYPE: &str = "application/octet-stream";

const AGE_PREFIX: &[u8] = b"age-encryption.org/";
const VERSION_LINE: &[u8] = b"age-encryption.org/v1\n";
const ARMOR_BEGIN: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";
const SCRYPT_LABEL: &[u8] = b"age-encryption.org/v1/scrypt";
const STANZA_PREFIX: &[u8] = b"-> ";
const MAC_PREFIX: &[u8] = b"--- ";
/// A stanza's body is wrapped at this many base64 columns.
const BODY_COLUMNS: usize = 64;
/// The longest header line read: an scrypt stanza's first line is 31 bytes.
const MAX_LINE_BYTES: usize = 1024;
/// The most stanzas read before the header is called damaged (the app writes one).
const MAX_STANZAS: usize = 32;
const CHUNK_BYTES: usize = 64 * 1024;
const TAG_BYTES: usize = 16;
const NONCE_BYTES: usize = 16;
const FILE_KEY_BYTES: usize = 16;

/// Why a protected file was not written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProtectError {
    /// The passphrase is empty, which would protect nothing.
    EmptyPassphrase,
    /// The device did not give the memory the key derivation needs.
    NotEnoughMemory,
}

impl std::fmt::Display for ProtectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ProtectError::EmptyPassphrase => "an empty passphrase protects nothing",
            ProtectError::NotEnoughMemory => "no memory for the key derivation",
        })
    }
}

impl std::error::Error for ProtectError {}

/// Whether the bytes are an age file (binary or armored), to be opened with a passphrase rather
/// than read as JSON.
pub fn is_protected(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_PREFIX) || bytes.starts_with(ARMOR_BEGIN)
}

/// Encrypts a backup's bytes (usually [`super::encode_backup`]'s text) with `passphrase`, as an
/// age v1 file with one scrypt stanza of `work_factor`, in one go: [`start_protection`] then
/// [`Protecting::finish`].
pub fn protect_backup(
    plain: &[u8],
    passphrase: &str,
    work_factor: u8,
    random: &[u8; PROTECTION_RANDOM_BYTES],
) -> Result<Vec<u8>, ProtectError> {
    Ok(start_protection(passphrase, work_factor, random)?.finish(plain))
}

/// Starts protecting a backup with `passphrase` and `work_factor` (the app passes
/// [`WRITTEN_WORK_FACTOR`]; clamped to 1..=[`MAX_WORK_FACTOR`], so the app can open what it
/// writes). `random` is the file key, the salt and the payload nonce, fresh for each file.
pub fn start_protection(
    passphrase: &str,
    work_factor: u8,
    random: &[u8; PROTECTION_RANDOM_BYTES],
) -> Result<Protecting, ProtectError> {
    if passphrase.is_empty() {
        return Err(ProtectError::EmptyPassphrase);
    }
    let work_factor = work_factor.clamp(1, MAX_WORK_FACTOR);
    let derivation = start_key_derivation(passphrase, &random[FILE_KEY_BYTES..32], work_factor)
        .map_err(|_| ProtectError::NotEnoughMemory)?;
    Ok(Protecting {
        derivation,
        work_factor,
        random: *random,
    })
}

/// A protected file being written: its key is being derived.
pub struct Protecting {
    derivation: KeyDerivation,
    work_factor: u8,
    /// The file key, the salt and the payload nonce.
    random: [u8; PROTECTION_RANDOM_BYTES],
}

impl std::fmt::Debug for Protecting {
    /// Shows the work factor and the progress only: never the file key.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Protecting")
            .field("work_factor", &self.work_factor)
            .field("progress", &self.derivation.progress())
            .finish_non_exhaustive()
    }
}

impl Protecting {
    /// Does at most `max_iterations` steps of the key derivation ([`KeyDerivation::advance`]).
    pub fn advance(&mut self, max_iterations: u32) -> Progress {
        self.derivation.advance(max_iterations)
    }

    /// Finishes the key derivation and encrypts `plain`: the age file's bytes.
    pub fn finish(self, plain: &[u8]) -> Vec<u8> {
        let Protecting {
            derivation,
            work_factor,
            random,
        } = self;
        let (file_key, rest) = random.split_at(FILE_KEY_BYTES);
        let (salt, nonce) = rest.split_at(16);
        let wrap_key = derivation.into_key();
        let wrapped = ChaCha20Poly1305::new(&wrap_key.into())
            .encrypt(&[0; 12].into(), file_key)
            .expect("ChaCha20-Poly1305 encrypts 16 bytes");

        let mut file =
            Vec::with_capacity(plain.len() + plain.len() / CHUNK_BYTES * TAG_BYTES + 256);
        file.extend_from_slice(VERSION_LINE);
        file.extend_from_slice(
            format!(
                "-> scrypt {} {work_factor}\n{}\n---",
                STANDARD_NO_PAD.encode(salt),
                STANDARD_NO_PAD.encode(&wrapped)
            )
            .as_bytes(),
        );
        let mac = header_mac(file_key, &file);
        file.push(b' ');
        file.extend_from_slice(STANDARD_NO_PAD.encode(mac).as_bytes());
        file.push(b'\n');

        file.extend_from_slice(nonce);
        let cipher = payload_cipher(file_key, nonce);
        let chunk_count = plain.len().div_ceil(CHUNK_BYTES).max(1);
        for index in 0..chunk_count {
            let start = index * CHUNK_BYTES;
            let chunk = &plain[start..plain.len().min(start + CHUNK_BYTES)];
            let last = index + 1 == chunk_count;
            let sealed = cipher
                .encrypt(&chunk_nonce(index as u64, last).into(), chunk)
                .expect("ChaCha20-Poly1305 encrypts a 64 KiB chunk");
            file.extend_from_slice(&sealed);
        }
        file
    }
}

/// A protected backup being opened: the key of the passphrase typed is being derived.
#[derive(Debug)]
pub struct Opening {
    file: ProtectedBackup,
    derivation: KeyDerivation,
}

impl Opening {
    /// Does at most `max_iterations` steps of the key derivation ([`KeyDerivation::advance`]).
    pub fn advance(&mut self, max_iterations: u32) -> Progress {
        self.derivation.advance(max_iterations)
    }

    /// Finishes the key derivation and decrypts the file: the backup's bytes, or why not (a
    /// wrong passphrase, a changed file, a file cut short).
    pub fn finish(self) -> Result<Vec<u8>, RestoreError> {
        self.file.open_with_key(self.derivation.into_key())
    }
}

/// Reads a protected backup and decodes the diary inside with `passphrase`:
/// [`ProtectedBackup::read`], [`ProtectedBackup::open`], then [`decode_backup`].
pub fn open_protected_backup(bytes: &[u8], passphrase: &str) -> Result<Diary, RestoreError> {
    let plain = ProtectedBackup::read(bytes)?.open(passphrase)?;
    decode_backup(&plain)
}

/// A protected backup whose header was read and checked, waiting for its passphrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProtectedBackup {
    salt: [u8; 16],
    work_factor: u8,
    wrapped_key: [u8; 32],
    /// The header up to and including `---`, as the MAC covers it.
    signed_header: Vec<u8>,
    mac: [u8; 32],
    /// The nonce and the chunks.
    payload: Vec<u8>,
}

/// One recipient stanza of a header: its arguments and its decoded body.
struct Stanza<'a> {
    arguments: Vec<&'a [u8]>,
    body: Vec<u8>,
}

impl ProtectedBackup {
    /// Reads and checks the header of an age file, without the passphrase. Refuses a file too
    /// large to be a backup, another version or kind of age file (a key instead of a
    /// passphrase, the armored text form), a header that does not follow the format, a work
    /// factor above [`MAX_WORK_FACTOR`], and a file cut before its payload.
    pub fn read(bytes: &[u8]) -> Result<ProtectedBackup, RestoreError> {
        check_backup_size(u64::try_from(bytes.len()).unwrap_or(u64::MAX))?;
        if bytes.starts_with(ARMOR_BEGIN) {
            return Err(RestoreError::ProtectionUnsupported);
        }
        if !bytes.starts_with(VERSION_LINE) {
            let first_line = bytes
                .split(|&byte| byte == b'\n')
                .next()
                .unwrap_or_default();
            return Err(if first_line.len() == bytes.len() {
                RestoreError::Truncated
            } else if !bytes.starts_with(AGE_PREFIX)
                || first_line.starts_with(b"age-encryption.org/v1")
            {
                // Not age at all, or the version line changed (a line end turned into CR LF…).
                RestoreError::ProtectedHeaderInvalid
            } else {
                // A later version of the format.
                RestoreError::ProtectionUnsupported
            });
        }
        let mut lines = Lines {
            bytes,
            at: VERSION_LINE.len(),
        };
        let mut stanzas = Vec::new();
        let (signed_end, mac_text) = loop {
            let start = lines.at;
            let line = lines.next_line()?;
            if let Some(mac) = line.strip_prefix(MAC_PREFIX) {
                break (start + MAC_PREFIX.len() - 1, mac);
            }
            let Some(arguments) = line.strip_prefix(STANZA_PREFIX) else {
                return Err(RestoreError::ProtectedHeaderInvalid);
            };
            if stanzas.len() == MAX_STANZAS {
                return Err(RestoreError::ProtectedHeaderInvalid);
            }
            stanzas.push(read_stanza(arguments, &mut lines)?);
        };
        let (salt, work_factor, wrapped_key) = scrypt_stanza(&stanzas)?;
        let mac = decode_exact::<32>(mac_text).ok_or(RestoreError::ProtectedHeaderInvalid)?;
        let payload = &bytes[lines.at..];
        if payload.len() < NONCE_BYTES + TAG_BYTES {
            return Err(RestoreError::Truncated);
        }
        Ok(ProtectedBackup {
            salt,
            work_factor,
            wrapped_key,
            signed_header: bytes[..signed_end].to_vec(),
            mac,
            payload: payload.to_vec(),
        })
    }

    /// The file's work factor (log2 of scrypt's N), at most [`MAX_WORK_FACTOR`].
    pub fn work_factor(&self) -> u8 {
        self.work_factor
    }

    /// Decrypts the file with `passphrase` in one go: [`ProtectedBackup::start_opening`] then
    /// [`Opening::finish`]. This is where scrypt runs: it takes about as long as the work
    /// factor asks, whatever the outcome.
    pub fn open(&self, passphrase: &str) -> Result<Vec<u8>, RestoreError> {
        self.clone().start_opening(passphrase)?.finish()
    }

    /// Starts opening the file with `passphrase`: refuses an empty one, and a device without
    /// the memory the file's work factor asks for ([`RestoreError::NotEnoughMemory`]).
    pub fn start_opening(self, passphrase: &str) -> Result<Opening, RestoreError> {
        if passphrase.is_empty() {
            return Err(RestoreError::EmptyPassphrase);
        }
        let derivation = start_key_derivation(passphrase, &self.salt, self.work_factor).map_err(
            |NotEnoughMemory { work_factor }| RestoreError::NotEnoughMemory { work_factor },
        )?;
        Ok(Opening {
            file: self,
            derivation,
        })
    }

    /// Decrypts the file with the key derived from the passphrase.
    fn open_with_key(&self, wrap_key: [u8; 32]) -> Result<Vec<u8>, RestoreError> {
        let file_key = ChaCha20Poly1305::new(&wrap_key.into())
            .decrypt(&[0; 12].into(), self.wrapped_key.as_slice())
            .map_err(|_| RestoreError::WrongPassphrase)?;
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&hkdf_key(&file_key, &[], b"header"))
            .expect("HMAC takes a key of any length");
        mac.update(&self.signed_header);
        mac.verify_slice(&self.mac)
            .map_err(|_| RestoreError::ProtectedDamaged)?;

        let (nonce, mut chunks) = self.payload.split_at(NONCE_BYTES);
        let cipher = payload_cipher(&file_key, nonce);
        let mut plain = Vec::with_capacity(chunks.len());
        let mut index = 0u64;
        loop {
            if chunks.len() > CHUNK_BYTES + TAG_BYTES {
                let (chunk, rest) = chunks.split_at(CHUNK_BYTES + TAG_BYTES);
                let opened = cipher
                    .decrypt(&chunk_nonce(index, false).into(), chunk)
                    .map_err(|_| RestoreError::ProtectedDamaged)?;
                plain.extend_from_slice(&opened);
                chunks = rest;
                index += 1;
                continue;
            }
            if chunks.len() < TAG_BYTES {
                return Err(RestoreError::Truncated);
            }
            return match cipher.decrypt(&chunk_nonce(index, true).into(), chunks) {
                Ok(opened) if opened.is_empty() && index > 0 => Err(RestoreError::ProtectedDamaged),
                Ok(opened) => {
                    plain.extend_from_slice(&opened);
                    Ok(plain)
                }
                // A full chunk that opens as a middle one: the file stops where more followed.
                Err(_)
                    if cipher
                        .decrypt(&chunk_nonce(index, false).into(), chunks)
                        .is_ok() =>
                {
                    Err(RestoreError::Truncated)
                }
                Err(_) if looks_cut_short(&file_key, nonce, index, chunks) => {
                    Err(RestoreError::Truncated)
                }
                Err(_) => Err(RestoreError::ProtectedDamaged),
            };
        }
    }
}

/// The header's lines, read one at a time.
struct Lines<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Lines<'a> {
    /// The next line without its line feed. A header that ends without one was cut.
    fn next_line(&mut self) -> Result<&'a [u8], RestoreError> {
        let rest = &self.bytes[self.at..];
        let window = &rest[..rest.len().min(MAX_LINE_BYTES + 1)];
        match window.iter().position(|&byte| byte == b'\n') {
            Some(end) => {
                self.at += end + 1;
                Ok(&rest[..end])
            }
            None if rest.len() <= MAX_LINE_BYTES => Err(RestoreError::Truncated),
            None => Err(RestoreError::ProtectedHeaderInvalid),
        }
    }
}

/// A stanza after its `-> `: space-separated arguments of visible ASCII, then base64 lines of
/// 64 columns, ended by a shorter one.
fn read_stanza<'a>(arguments: &'a [u8], lines: &mut Lines<'a>) -> Result<Stanza<'a>, RestoreError> {
    let arguments: Vec<&[u8]> = arguments.split(|&byte| byte == b' ').collect();
    let visible = |argument: &&[u8]| {
        !argument.is_empty() && argument.iter().all(|byte| (0x21..=0x7e).contains(byte))
    };
    if !arguments.iter().all(visible) {
        return Err(RestoreError::ProtectedHeaderInvalid);
    }
    let mut text = Vec::new();
    loop {
        let line = lines.next_line()?;
        if line.len() > BODY_COLUMNS {
            return Err(RestoreError::ProtectedHeaderInvalid);
        }
        text.extend_from_slice(line);
        if line.len() < BODY_COLUMNS {
            break;
        }
    }
    let body = STANDARD_NO_PAD
        .decode(&text)
        .map_err(|_| RestoreError::ProtectedHeaderInvalid)?;
    Ok(Stanza { arguments, body })
}

/// The salt, work factor and wrapped key of the header's only stanza, which must be scrypt's.
fn scrypt_stanza(stanzas: &[Stanza<'_>]) -> Result<([u8; 16], u8, [u8; 32]), RestoreError> {
    let is_scrypt = |stanza: &&Stanza<'_>| stanza.arguments.first() == Some(&&b"scrypt"[..]);
    let stanza = match (stanzas.iter().find(is_scrypt), stanzas.len()) {
        (Some(stanza), 1) => stanza,
        // The format forbids an scrypt stanza beside any other.
        (Some(_), _) | (None, 0) => return Err(RestoreError::ProtectedHeaderInvalid),
        // Encrypted to a key (`age -r`), or a recipient type this app does not know.
        (None, _) => return Err(RestoreError::ProtectionUnsupported),
    };
    let [_, salt, factor] = stanza.arguments.as_slice() else {
        return Err(RestoreError::ProtectedHeaderInvalid);
    };
    let salt = decode_exact::<16>(salt).ok_or(RestoreError::ProtectedHeaderInvalid)?;
    let decimal = factor
        .first()
        .is_some_and(|digit| (b'1'..=b'9').contains(digit))
        && factor.iter().all(u8::is_ascii_digit);
    if !decimal {
        return Err(RestoreError::ProtectedHeaderInvalid);
    }
    let found = std::str::from_utf8(factor)
        .ok()
        .and_then(|digits| digits.parse::<u32>().ok())
        .unwrap_or(u32::MAX);
    let work_factor = u8::try_from(found)
        .ok()
        .filter(|&factor| factor <= MAX_WORK_FACTOR)
        .ok_or(RestoreError::WorkFactorTooHigh {
            found,
            max: MAX_WORK_FACTOR,
        })?;
    let wrapped_key: [u8; 32] = stanza
        .body
        .as_slice()
        .try_into()
        .map_err(|_| RestoreError::ProtectedHeaderInvalid)?;
    Ok((salt, work_factor, wrapped_key))
}

/// Canonical unpadded base64 of exactly `N` bytes.
fn decode_exact<const N: usize>(text: &[u8]) -> Option<[u8; N]> {
    STANDARD_NO_PAD.decode(text).ok()?.try_into().ok()
}

/// Starts scrypt(N = 2^work_factor, r = 8, p = 1) of the passphrase, salted with the age label.
fn start_key_derivation(
    passphrase: &str,
    salt: &[u8],
    work_factor: u8,
) -> Result<KeyDerivation, NotEnoughMemory> {
    let mut labelled = SCRYPT_LABEL.to_vec();
    labelled.extend_from_slice(salt);
    KeyDerivation::new(passphrase.as_bytes(), &labelled, work_factor)
}

/// HKDF-SHA-256 of the file key, 32 bytes.
fn hkdf_key(file_key: &[u8], salt: &[u8], info: &[u8]) -> [u8; 32] {
    let mut key = [0; 32];
    Hkdf::<Sha256>::new(Some(salt), file_key)
        .expand(info, &mut key)
        .expect("32 bytes is a valid HKDF-SHA-256 output");
    key
}

/// The header's MAC: HMAC-SHA-256 under HKDF(file key, "header").
fn header_mac(file_key: &[u8], signed_header: &[u8]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&hkdf_key(file_key, &[], b"header"))
        .expect("HMAC takes a key of any length");
    mac.update(signed_header);
    mac.finalize().into_bytes().into()
}

/// The payload's cipher, under HKDF(file key, salt = nonce, "payload").
fn payload_cipher(file_key: &[u8], nonce: &[u8]) -> ChaCha20Poly1305 {
    ChaCha20Poly1305::new(&hkdf_key(file_key, nonce, b"payload").into())
}

/// A chunk's nonce: an 11-byte big-endian counter, then 1 for the last chunk, 0 before.
fn chunk_nonce(index: u64, last: bool) -> [u8; 12] {
    let mut nonce = [0; 12];
    nonce[3..11].copy_from_slice(&index.to_be_bytes());
    nonce[11] = u8::from(last);
    nonce
}

/// Whether a final chunk whose tag failed reads as the start of the app's JSON rather than all
/// of it: deciphered without its tag (ChaCha20 from block 1, as in ChaCha20-Poly1305), the text
/// does not end with `}`. Only the choice of message depends on it.
fn looks_cut_short(file_key: &[u8], nonce: &[u8], index: u64, sealed: &[u8]) -> bool {
    let key = hkdf_key(file_key, nonce, b"payload");
    let mut text = sealed[..sealed.len() - TAG_BYTES].to_vec();
    let mut stream = chacha20::ChaCha20::new(&key.into(), &chunk_nonce(index, true).into());
    stream.seek(64u64);
    stream.apply_keystream(&mut text);
    text.trim_ascii_end().last() != Some(&b'}')
}

#[cfg(test)]
mod tests {
    use super::*;

    const RANDOM: [u8; PROTECTION_RANDOM_BYTES] = [7; PROTECTION_RANDOM_BYTES];

    fn protect(plain: &[u8]) -> Vec<u8> {
        protect_backup(plain, "Léa et Hugo", 2, &RANDOM).unwrap()
    }

    #[test]
    fn the_header_is_the_one_the_specification_shows() {
        let file = protect(b"{}");
        let header_end = file.windows(5).position(|w| w == b"\n--- ").unwrap();
        let header = std::str::from_utf8(&file[..header_end + 48]).unwrap();
        let lines: Vec<&str> = header.lines().collect();
        assert_eq!(lines[0], "age-encryption.org/v1");
        assert_eq!(lines[1], "-> scrypt BwcHBwcHBwcHBwcHBwcHBw 2");
        assert_eq!(lines[2].len(), 43, "32 bytes in unpadded base64");
        assert!(lines[3].starts_with("--- ") && lines[3].len() == 47);
        assert_eq!(lines.len(), 4);
        // The payload: the 16-byte nonce, then one final chunk of 2 bytes and its tag.
        assert_eq!(file.len() - (header_end + 49), 16 + 2 + 16);
        assert_eq!(&file[header_end + 49..header_end + 65], &RANDOM[32..]);
    }

    #[test]
    fn chunks_are_64_kib_and_an_empty_backup_is_one_empty_chunk() {
        for (size, chunks) in [(0, 1), (1, 1), (CHUNK_BYTES, 1), (CHUNK_BYTES + 1, 2)] {
            let plain = vec![b'x'; size];
            let file = protect(&plain);
            let read = ProtectedBackup::read(&file).unwrap();
            assert_eq!(read.payload.len(), NONCE_BYTES + size + chunks * TAG_BYTES);
            assert_eq!(read.open("Léa et Hugo"), Ok(plain), "{size}");
        }
    }

    #[test]
    fn a_full_final_chunk_cut_at_its_end_reads_as_cut() {
        let plain = vec![b'x'; 2 * CHUNK_BYTES];
        let file = protect(&plain);
        let cut = &file[..file.len() - (CHUNK_BYTES + TAG_BYTES)];
        let read = ProtectedBackup::read(cut).unwrap();
        assert_eq!(read.open("Léa et Hugo"), Err(RestoreError::Truncated));
    }

    #[test]
    fn the_nonce_counts_chunks_and_marks_the_last() {
        assert_eq!(chunk_nonce(0, false), [0; 12]);
        assert_eq!(chunk_nonce(1, true), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
        assert_eq!(chunk_nonce(256, false)[9..], [1, 0, 0]);
    }

    #[test]
    fn the_work_factor_written_is_kept_in_range() {
        for (asked, written) in [(0, 1), (15, 15), (40, MAX_WORK_FACTOR)] {
            let read = ProtectedBackup::read(
                &protect_backup(b"{}", "x", asked, &RANDOM).expect("a passphrase"),
            );
            assert_eq!(read.map(|file| file.work_factor()), Ok(written));
        }
        assert_eq!(
            protect_backup(b"{}", "", 2, &RANDOM),
            Err(ProtectError::EmptyPassphrase)
        );
    }
}
