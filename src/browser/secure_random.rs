//! Random bytes from the browser's cryptographic generator (`crypto.getRandomValues`), for the
//! core functions that take their randomness as an argument (a protected backup's file key,
//! salt and nonce).

/// `N` bytes from `crypto.getRandomValues`, or `None` when the browser has no such generator
/// (then nothing that needs secrecy may go ahead: there is no weaker fallback).
pub fn random_bytes<const N: usize>() -> Option<[u8; N]> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let mut bytes = [0; N];
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}
