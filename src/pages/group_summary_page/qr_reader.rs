//! Finds and reads the QR codes in a grey camera frame, with `rqrr` (a pure-Rust port of the
//! quirc decoder). It lives in this page's code only, so the split build loads it with the page.

/// The text of every QR code found in the frame (`grey` is one byte a pixel, row by row); codes
/// that are found but cannot be read are left out.
pub fn read_qr_texts(width: u32, height: u32, grey: &[u8]) -> Vec<String> {
    let (width, height) = (width as usize, height as usize);
    if width == 0 || height == 0 || grey.len() != width * height {
        return Vec::new();
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| grey[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}
