//! scrypt (RFC 7914) with r = 8 and p = 1, the key derivation of an age passphrase, done in
//! steps: [`KeyDerivation::advance`] does at most a given number of ROMix iterations and
//! returns, so that the app can let the page answer and show a percentage between steps (the
//! core has no clock: the app chooses how many iterations fit in a frame).
//!
//! The derivation is PBKDF2-HMAC-SHA-256 of the passphrase and salt into one 1 KiB block, then
//! ROMix's two loops of N = 2^work factor BlockMix calls each (the first fills a table of N
//! blocks, the second reads it back in an order that depends on the block), then
//! PBKDF2-HMAC-SHA-256 of the passphrase salted with the final block. ROMix's iterations
//! (BlockMix and its Salsa20/8 core) are the `ecrans-scrypt-steps` crate's, which the release
//! build compiles for speed while the core is compiled for size. It gives the same key as the
//! `scrypt` crate, however the work is cut (tested against RFC 7914's vectors and that crate).
//!
//! The table is N KiB (32 MiB for the work factor the app writes, 256 MiB for `age -p`'s): it
//! is reserved with [`Vec::try_reserve_exact`], so a phone without that much memory gets
//! [`NotEnoughMemory`] rather than an aborted app. The passphrase is kept only until the last
//! step, then overwritten and dropped with the table.

use ecrans_scrypt_steps::{romix_iterations, Block, BLOCK_WORDS};
use pbkdf2::pbkdf2_hmac;
use sha2::Sha256;

/// The derived key's length (an age wrapping key).
const KEY_BYTES: usize = 32;

/// The largest work factor [`KeyDerivation::new`] takes: 2^24 KiB is already 16 GiB.
const LARGEST_WORK_FACTOR: u8 = 24;

/// How far a derivation has gone, in BlockMix iterations (2 × N in all).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Iterations done.
    pub done: u32,
    /// Iterations in all.
    pub total: u32,
}

impl Progress {
    /// The share done, in whole percent, rounded down (100 only when finished).
    pub fn percent(self) -> u8 {
        let share = u64::from(self.done) * 100 / u64::from(self.total.max(1));
        u8::try_from(share).unwrap_or(100)
    }

    /// Whether the key is derived.
    pub fn is_finished(self) -> bool {
        self.done >= self.total
    }
}

/// The table for the work factor does not fit in the memory the device gives the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotEnoughMemory {
    /// The work factor asked for (log2 of N).
    pub work_factor: u8,
}

impl std::fmt::Display for NotEnoughMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "no memory for scrypt's table at work factor {} ({} MiB)",
            self.work_factor,
            (1u64 << self.work_factor) >> 10
        )
    }
}

impl std::error::Error for NotEnoughMemory {}

/// An scrypt derivation under way (N = 2^work factor, r = 8, p = 1, a 32-byte key).
pub struct KeyDerivation {
    /// The passphrase, for the final PBKDF2; emptied once the key is derived.
    passphrase: Vec<u8>,
    /// N.
    iterations: u32,
    /// Iterations done, 0 to 2 × N: below N the table is being filled, then read.
    done: u32,
    /// ROMix's X.
    block: Block,
    /// ROMix's V: N blocks, filled by the first loop; freed once the key is derived.
    table: Vec<u32>,
    key: Option<[u8; KEY_BYTES]>,
}

impl std::fmt::Debug for KeyDerivation {
    /// Shows the progress only: never the passphrase nor the key.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyDerivation")
            .field("progress", &self.progress())
            .finish_non_exhaustive()
    }
}

impl KeyDerivation {
    /// Starts deriving the key of `passphrase` and `salt` with N = 2^`work_factor` (clamped to
    /// 1..=24): the first PBKDF2 is done and the table reserved, or [`NotEnoughMemory`].
    pub fn new(
        passphrase: &[u8],
        salt: &[u8],
        work_factor: u8,
    ) -> Result<KeyDerivation, NotEnoughMemory> {
        let work_factor = work_factor.clamp(1, LARGEST_WORK_FACTOR);
        let iterations = 1u32 << work_factor;
        let mut table = Vec::new();
        table
            .try_reserve_exact(iterations as usize * BLOCK_WORDS)
            .map_err(|_| NotEnoughMemory { work_factor })?;
        let mut bytes = [0u8; BLOCK_WORDS * 4];
        pbkdf2_hmac::<Sha256>(passphrase, salt, 1, &mut bytes);
        let mut block = [0; BLOCK_WORDS];
        for (word, four) in block.iter_mut().zip(bytes.chunks_exact(4)) {
            *word = u32::from_le_bytes([four[0], four[1], four[2], four[3]]);
        }
        Ok(KeyDerivation {
            passphrase: passphrase.to_vec(),
            iterations,
            done: 0,
            block,
            table,
            key: None,
        })
    }

    /// Does at most `max_iterations` BlockMix iterations (each is 1 KiB of Salsa20/8, the same
    /// work in both of ROMix's loops), and the final PBKDF2 when the last one is done.
    pub fn advance(&mut self, max_iterations: u32) -> Progress {
        let total = 2 * self.iterations;
        let end = total.min(self.done.saturating_add(max_iterations));
        if self.done < end {
            romix_iterations(
                &mut self.block,
                &mut self.table,
                self.iterations,
                self.done,
                end,
            );
            self.done = end;
        }
        if self.done == total && self.key.is_none() {
            self.finish_key();
        }
        self.progress()
    }

    /// How far the derivation has gone.
    pub fn progress(&self) -> Progress {
        Progress {
            done: self.done,
            total: 2 * self.iterations,
        }
    }

    /// The key, once [`KeyDerivation::advance`] has done every iteration.
    pub fn key(&self) -> Option<[u8; KEY_BYTES]> {
        self.key
    }

    /// Does whatever is left in one go and returns the key.
    pub fn into_key(mut self) -> [u8; KEY_BYTES] {
        loop {
            self.advance(u32::MAX);
            if let Some(key) = self.key {
                return key;
            }
        }
    }

    /// The final PBKDF2, salted with the block; then the table and the passphrase go.
    fn finish_key(&mut self) {
        let mut salt = [0u8; BLOCK_WORDS * 4];
        for (four, word) in salt.chunks_exact_mut(4).zip(&self.block) {
            four.copy_from_slice(&word.to_le_bytes());
        }
        let mut key = [0; KEY_BYTES];
        pbkdf2_hmac::<Sha256>(&self.passphrase, &salt, 1, &mut key);
        self.key = Some(key);
        self.passphrase.fill(0);
        self.passphrase = Vec::new();
        self.table = Vec::new();
        self.block = [0; BLOCK_WORDS];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_counts_both_loops_and_rounds_down() {
        let mut derivation = KeyDerivation::new(b"p", b"s", 3).unwrap();
        assert_eq!(derivation.progress(), Progress { done: 0, total: 16 });
        assert_eq!(derivation.advance(5).percent(), 31);
        assert_eq!(derivation.advance(10).percent(), 93);
        assert!(derivation.key().is_none());
        let last = derivation.advance(10);
        assert_eq!(
            (last.done, last.percent(), last.is_finished()),
            (16, 100, true)
        );
        assert!(derivation.key().is_some() && derivation.table.capacity() == 0);
        assert!(derivation.passphrase.is_empty());
    }
}
