//! Compressed copies of the site's text and wasm files, made once at build time.
//!
//! Beside every HTML, JavaScript, CSS, wasm, SVG and manifest file of `dist/`, a `.br`
//! (brotli, quality 11) and a `.gz` (gzip, level 9) copy. The xtask's server sends one of them
//! when the browser accepts it (`Content-Encoding`, `Vary: Accept-Encoding`); common static
//! hosts do the same with precompressed files (README, "Hosting").

use crate::site::{is_compressed_copy, site_files};
use crate::{Failure, Outcome};
use std::io::Write;
use std::path::Path;

/// The file endings that get compressed copies.
const COMPRESSED_ENDINGS: [&str; 6] = [".html", ".js", ".css", ".wasm", ".svg", ".webmanifest"];

/// Writes `x.br` and `x.gz` beside every file of `dist` that is worth compressing.
pub fn write_compressed_copies(dist: &Path) -> Outcome {
    for file in site_files(dist)? {
        if is_compressed_copy(&file) || !COMPRESSED_ENDINGS.iter().any(|end| file.ends_with(end)) {
            continue;
        }
        let path = dist.join(&file[1..]);
        let bytes = std::fs::read(&path).map_err(|e| Failure(format!("{file}: {e}.")))?;
        write_file(&path, "br", &brotli_bytes(&bytes)?)?;
        write_file(&path, "gz", &gzip_bytes(&bytes)?)?;
    }
    Ok(())
}

/// `bytes` compressed with brotli at quality 11 (as `cargo xtask size` measures).
pub fn brotli_bytes(bytes: &[u8]) -> Result<Vec<u8>, Failure> {
    let mut output = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut output, 4096, 11, 22);
        writer
            .write_all(bytes)
            .map_err(|e| Failure(format!("brotli: {e}.")))?;
    }
    Ok(output)
}

fn gzip_bytes(bytes: &[u8]) -> Result<Vec<u8>, Failure> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .and_then(|_| encoder.finish())
        .map_err(|e| Failure(format!("gzip: {e}.")))
}

fn write_file(original: &Path, ending: &str, bytes: &[u8]) -> Outcome {
    let mut name = original.as_os_str().to_owned();
    name.push(".");
    name.push(ending);
    std::fs::write(&name, bytes).map_err(|e| Failure(format!("{}: {e}.", original.display())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn both_copies_decompress_to_the_original() {
        let original = "Écrans en famille ".repeat(200).into_bytes();
        let mut from_brotli = Vec::new();
        brotli::Decompressor::new(&brotli_bytes(&original).unwrap()[..], 4096)
            .read_to_end(&mut from_brotli)
            .unwrap();
        assert_eq!(from_brotli, original);
        let mut from_gzip = Vec::new();
        flate2::read::GzDecoder::new(&gzip_bytes(&original).unwrap()[..])
            .read_to_end(&mut from_gzip)
            .unwrap();
        assert_eq!(from_gzip, original);
    }
}
