//! The camera, for reading the families' QR codes on « Bilan du groupe »: open it with
//! `getUserMedia` into a `<video>`, grab a frame as grey pixels, and close it.
//!
//! Opening asks the browser, which asks the person; a refusal, a device without a camera and any
//! other failure come back as a [`CameraError`], so the page can say so and offer the text codes
//! instead. Frames never leave the device: they are read into memory and dropped.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    CanvasRenderingContext2d, DomException, HtmlCanvasElement, HtmlVideoElement, MediaStream,
    MediaStreamConstraints, MediaStreamTrack,
};

/// Frames are read at most this wide (QR codes held up to a camera read well at this size, and a
/// smaller frame is quicker to search).
const MAX_FRAME_WIDTH: u32 = 640;

/// Why the camera did not open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CameraError {
    /// The person (or the browser's settings) refused the camera.
    Refused,
    /// The device has no camera, or the browser gives no access to one (no secure context).
    Absent,
    /// Anything else (the camera is busy, it stopped).
    Failed(String),
}

/// An open camera: the stream shown in the page's `<video>`.
pub struct Camera {
    stream: MediaStream,
}

impl Camera {
    /// Stops the camera (its light goes off).
    pub fn stop(&self) {
        for track in self.stream.get_tracks().iter() {
            if let Ok(track) = track.dyn_into::<MediaStreamTrack>() {
                track.stop();
            }
        }
    }
}

fn error_of(value: JsValue) -> CameraError {
    match value.dyn_ref::<DomException>().map(DomException::name) {
        Some(name) if name == "NotAllowedError" || name == "SecurityError" => CameraError::Refused,
        Some(name) if name == "NotFoundError" || name == "OverconstrainedError" => {
            CameraError::Absent
        }
        Some(name) => CameraError::Failed(name),
        None => CameraError::Failed(format!("{value:?}")),
    }
}

/// Opens the camera (the one facing away from the screen when there are two) into `video`.
pub async fn open_camera(video: &HtmlVideoElement) -> Result<Camera, CameraError> {
    let devices = web_sys::window()
        .ok_or(CameraError::Absent)?
        .navigator()
        .media_devices()
        .map_err(|_| CameraError::Absent)?;
    let constraints = MediaStreamConstraints::new();
    let video_constraints = js_sys::Object::new();
    let facing = js_sys::Object::new();
    js_sys::Reflect::set(&facing, &"ideal".into(), &"environment".into())
        .map_err(|_| CameraError::Failed("constraints".to_owned()))?;
    js_sys::Reflect::set(&video_constraints, &"facingMode".into(), &facing)
        .map_err(|_| CameraError::Failed("constraints".to_owned()))?;
    constraints.set_video(&video_constraints);
    constraints.set_audio(&JsValue::FALSE);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(error_of)?;
    let stream: MediaStream = JsFuture::from(promise)
        .await
        .map_err(error_of)?
        .dyn_into()
        .map_err(|_| CameraError::Failed("not a stream".to_owned()))?;
    video.set_src_object(Some(&stream));
    let camera = Camera { stream };
    if let Ok(playing) = video.play() {
        if let Err(error) = JsFuture::from(playing).await {
            camera.stop();
            return Err(error_of(error));
        }
    }
    Ok(camera)
}

/// The video's current frame as grey pixels (width, height, one byte a pixel, row by row),
/// scaled to at most [`MAX_FRAME_WIDTH`] wide; `None` before the first frame.
pub fn grab_grey_frame(
    video: &HtmlVideoElement,
    canvas: &HtmlCanvasElement,
) -> Option<(u32, u32, Vec<u8>)> {
    let (video_width, video_height) = (video.video_width(), video.video_height());
    if video_width == 0 || video_height == 0 {
        return None;
    }
    let width = video_width.min(MAX_FRAME_WIDTH);
    let height = (u64::from(video_height) * u64::from(width) / u64::from(video_width)) as u32;
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"willReadFrequently".into(), &JsValue::TRUE).ok()?;
    let context: CanvasRenderingContext2d = canvas
        .get_context_with_context_options("2d", &options)
        .ok()??
        .dyn_into()
        .ok()?;
    context
        .draw_image_with_html_video_element_and_dw_and_dh(
            video,
            0.0,
            0.0,
            f64::from(width),
            f64::from(height),
        )
        .ok()?;
    let rgba = context
        .get_image_data(0.0, 0.0, f64::from(width), f64::from(height))
        .ok()?
        .data()
        .0;
    let grey = rgba
        .chunks_exact(4)
        .map(|pixel| {
            let luma =
                299 * u32::from(pixel[0]) + 587 * u32::from(pixel[1]) + 114 * u32::from(pixel[2]);
            (luma / 1000) as u8
        })
        .collect();
    Some((width, height, grey))
}
