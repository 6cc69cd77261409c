//! The file a parent chose with `<input type="file">`: its name and size (known without reading
//! it), and its bytes (`File.arrayBuffer()`), read only once the size has been checked.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A file chosen in a file input, not yet read.
#[derive(Clone, Debug)]
pub struct ChosenFile {
    file: web_sys::File,
}

/// Why a chosen file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError(pub String);

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the file could not be read: {}", self.0)
    }
}

impl std::error::Error for ReadError {}

/// Takes the first file chosen in the `<input type="file">` that fired `event`, and empties the
/// input so that choosing the same file again fires a new change.
pub fn take_chosen_file(event: &web_sys::Event) -> Option<ChosenFile> {
    let input = event
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files()?.get(0);
    input.set_value("");
    file.map(|file| ChosenFile { file })
}

impl ChosenFile {
    /// The file's name as the device shows it.
    pub fn name(&self) -> String {
        self.file.name()
    }

    /// The file's size in bytes, known without reading it.
    pub fn size(&self) -> u64 {
        let size = self.file.size();
        if size.is_finite() && size >= 0.0 {
            size as u64
        } else {
            u64::MAX
        }
    }

    /// Reads the whole file as bytes.
    pub async fn read_bytes(&self) -> Result<Vec<u8>, ReadError> {
        let buffer = JsFuture::from(self.file.array_buffer())
            .await
            .map_err(|error| ReadError(format!("{error:?}")))?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }
}
