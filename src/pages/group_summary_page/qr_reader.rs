//! Finds and reads the QR codes in a grey camera frame, with `quircs` (a pure-Rust port of the
//! quirc decoder). It lives in this page's code only, so the split build loads it with the page.

/// The text of every QR code found in the frame (`grey` is one byte a pixel, row by row); codes
/// that are found but cannot be read, or are not UTF-8, are left out.
pub fn read_qr_texts(width: u32, height: u32, grey: &[u8]) -> Vec<String> {
    let (width, height) = (width as usize, height as usize);
    if width == 0 || height == 0 || grey.len() != width * height {
        return Vec::new();
    }
    let mut decoder = quircs::Quirc::default();
    decoder
        .identify(width, height, grey)
        .filter_map(|code| code.ok()?.decode().ok())
        .filter_map(|data| String::from_utf8(data.payload).ok())
        .collect()
}
