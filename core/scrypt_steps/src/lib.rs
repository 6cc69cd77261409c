//! scrypt's hot loop (RFC 7914 with r = 8): ROMix's iterations, BlockMix and the Salsa20/8 core,
//! and nothing else. The core's `backup::key_derivation` does the rest of scrypt (the two
//! PBKDF2-HMAC-SHA-256, the table's memory, the steps and the progress) and calls
//! [`romix_iterations`] once per step.
//!
//! It is a crate of its own only so that a profile can reach it: the app's release build is
//! compiled for size (`opt-level = "z"`), which makes this loop three times slower in the
//! browser, and the workspace's `Cargo.toml` compiles this crate alone at `opt-level = 3`. So it
//! must hold only the loop: whatever is added here is compiled for speed and grows the wasm.
//!
//! Pure and `no_std` (with `alloc` for the table): no browser, no clock, no randomness, no
//! `unsafe`. Checked against RFC 7914's Salsa20/8 vector here, and with the whole of scrypt
//! against RFC 7914 and the `scrypt` crate in the core's tests.

#![no_std]
#![forbid(unsafe_code)]

extern crate alloc;

use alloc::vec::Vec;

/// Words of one Salsa20 block (64 bytes).
pub const SALSA_WORDS: usize = 16;
/// scrypt's block size parameter r (fixed by the age format).
pub const BLOCK_SIZE_PARAMETER: usize = 8;
/// Words of one scrypt block, 128 × r bytes (1 KiB).
pub const BLOCK_WORDS: usize = 2 * BLOCK_SIZE_PARAMETER * SALSA_WORDS;

/// One scrypt block as little-endian 32-bit words.
pub type Block = [u32; BLOCK_WORDS];

/// Does ROMix's iterations `done..end` for N = `iterations` (a power of two), out of 2 × N: the
/// first N each append `block` to `table` (ROMix's V) and mix it; the next N each mix `block`
/// XORed with the table's row that the block chooses. `table` must hold the first `done` rows
/// (up to N), and should have room for N, reserved by the caller so that appending never
/// allocates. `block` is ROMix's X before and after.
///
/// Never inlined, so that the loop stays a function of this crate, compiled for speed, rather
/// than part of its caller, compiled for size (link-time optimisation could otherwise merge
/// them); its name also lets the build check which wasm part holds it.
#[inline(never)]
pub fn romix_iterations(
    block: &mut Block,
    table: &mut Vec<u32>,
    iterations: u32,
    done: u32,
    end: u32,
) {
    debug_assert!(iterations.is_power_of_two() && end <= 2 * iterations);
    let mask = iterations - 1;
    let mut scratch = [0u32; BLOCK_WORDS];
    let mut current: &mut Block = block;
    let mut next: &mut Block = &mut scratch;
    for iteration in done..end {
        if iteration < iterations {
            table.extend_from_slice(current);
        } else {
            // Integerify: the first word of the block's last 64 bytes, modulo N.
            let row = (current[BLOCK_WORDS - SALSA_WORDS] & mask) as usize;
            let stored = &table[row * BLOCK_WORDS..(row + 1) * BLOCK_WORDS];
            for (word, from_table) in current.iter_mut().zip(stored) {
                *word ^= from_table;
            }
        }
        block_mix(current, next);
        core::mem::swap(&mut current, &mut next);
    }
    // After an odd number of iterations the result is in the scratch block.
    if (end.saturating_sub(done)) % 2 == 1 {
        next.copy_from_slice(current);
    }
}

/// scrypt's BlockMix with r = 8: each 64-byte piece of `input`, mixed into the running Salsa20/8
/// state, gives one piece of `output`; the even pieces go to the first half, the odd ones to
/// the second.
pub fn block_mix(input: &Block, output: &mut Block) {
    let mut state = [0u32; SALSA_WORDS];
    state.copy_from_slice(&input[BLOCK_WORDS - SALSA_WORDS..]);
    for (index, piece) in input.chunks_exact(SALSA_WORDS).enumerate() {
        for (word, from_piece) in state.iter_mut().zip(piece) {
            *word ^= from_piece;
        }
        state = salsa20_8(&state);
        let half = if index % 2 == 0 { 0 } else { BLOCK_WORDS / 2 };
        let at = half + index / 2 * SALSA_WORDS;
        output[at..at + SALSA_WORDS].copy_from_slice(&state);
    }
}

/// The Salsa20/8 core (RFC 7914, section 3): four double rounds, then the input added.
pub fn salsa20_8(input: &[u32; SALSA_WORDS]) -> [u32; SALSA_WORDS] {
    let mut x = *input;
    for _ in 0..4 {
        // Columns.
        quarter_round(&mut x, 0, 4, 8, 12);
        quarter_round(&mut x, 5, 9, 13, 1);
        quarter_round(&mut x, 10, 14, 2, 6);
        quarter_round(&mut x, 15, 3, 7, 11);
        // Rows.
        quarter_round(&mut x, 0, 1, 2, 3);
        quarter_round(&mut x, 5, 6, 7, 4);
        quarter_round(&mut x, 10, 11, 8, 9);
        quarter_round(&mut x, 15, 12, 13, 14);
    }
    for (word, added) in x.iter_mut().zip(input) {
        *word = word.wrapping_add(*added);
    }
    x
}

/// One Salsa20 quarter round on the words at `a`, `b`, `c`, `d`.
#[inline(always)]
fn quarter_round(x: &mut [u32; SALSA_WORDS], a: usize, b: usize, c: usize, d: usize) {
    x[b] ^= x[a].wrapping_add(x[d]).rotate_left(7);
    x[c] ^= x[b].wrapping_add(x[a]).rotate_left(9);
    x[d] ^= x[c].wrapping_add(x[b]).rotate_left(13);
    x[a] ^= x[d].wrapping_add(x[c]).rotate_left(18);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salsa20_8_is_rfc_7914_section_8() {
        let input = words(&hex(
            "7e879a214f3ec9867ca940e641718f26baee555b8c61c1b50df846116dcd3b1d\
             ee24f319df9b3d8514121e4b5ac5aa3276021d2909c74829edebc68db8b8c25e",
        ));
        let output = words(&hex(
            "a41f859c6608cc993b81cacb020cef05044b2181a2fd337dfd7b1c6396682f29\
             b4393168e3c9e6bcfe6bc5b7a06d96bae424cc102c91745c24ad673dc7618f81",
        ));
        assert_eq!(salsa20_8(&input.try_into().unwrap()).to_vec(), output);
    }

    #[test]
    fn romix_in_steps_of_any_size_is_romix_in_one_go() {
        let mut start = [0u32; BLOCK_WORDS];
        for (index, word) in start.iter_mut().enumerate() {
            *word = (index as u32).wrapping_mul(0x9e37_79b9);
        }
        let iterations = 16;
        let mut whole = start;
        let mut table = Vec::with_capacity(iterations as usize * BLOCK_WORDS);
        romix_iterations(&mut whole, &mut table, iterations, 0, 2 * iterations);
        for step in [1, 2, 3, 5, 7, 32] {
            let mut block = start;
            let mut table = Vec::with_capacity(iterations as usize * BLOCK_WORDS);
            let mut done = 0;
            while done < 2 * iterations {
                let end = (done + step).min(2 * iterations);
                romix_iterations(&mut block, &mut table, iterations, done, end);
                done = end;
            }
            assert_eq!(block, whole, "steps of {step}");
        }
        assert_ne!(whole, start);
    }

    fn hex(text: &str) -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|at| u8::from_str_radix(&text[at..at + 2], 16).unwrap())
            .collect()
    }

    fn words(bytes: &[u8]) -> Vec<u32> {
        bytes
            .chunks_exact(4)
            .map(|four| u32::from_le_bytes(four.try_into().unwrap()))
            .collect()
    }
}
