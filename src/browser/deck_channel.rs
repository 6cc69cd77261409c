//! The link between the windows of one presentation (the projected slides, the speaker view):
//! a `BroadcastChannel`, so each window follows the others, both ways, on the same device and
//! without any server.
//!
//! Messages are short text lines ([`DeckMessage::encode`]); a line that does not decode is
//! ignored, so a window of an older or newer version of the app cannot disturb this one.

use ecrans_core::deck::navigation::DeckPosition;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

/// The channel's name; every window of the app on this device shares it.
const CHANNEL_NAME: &str = "ecrans.deck";

/// What one presentation window tells the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeckMessage {
    /// This window now shows `position`, and the audience screen is black or not.
    Showing {
        position: DeckPosition,
        blackout: bool,
    },
    /// This window has just opened and asks where the presentation stands.
    WhereAreWe,
}

impl DeckMessage {
    /// The text sent on the channel: `showing <slide> <step> <0|1>` or `where-are-we`.
    pub fn encode(self) -> String {
        match self {
            DeckMessage::Showing { position, blackout } => format!(
                "showing {} {} {}",
                position.slide,
                position.step,
                u8::from(blackout)
            ),
            DeckMessage::WhereAreWe => "where-are-we".to_owned(),
        }
    }

    /// Reads a text sent on the channel; anything else is `None`.
    pub fn decode(text: &str) -> Option<DeckMessage> {
        let mut words = text.split(' ');
        let message = match words.next()? {
            "showing" => {
                let slide = words.next()?.parse().ok()?;
                let step = words.next()?.parse().ok()?;
                let blackout = match words.next()? {
                    "0" => false,
                    "1" => true,
                    _ => return None,
                };
                DeckMessage::Showing {
                    position: DeckPosition { slide, step },
                    blackout,
                }
            }
            "where-are-we" => DeckMessage::WhereAreWe,
            _ => return None,
        };
        words.next().is_none().then_some(message)
    }
}

/// An open channel; it closes when dropped.
pub struct DeckChannel {
    channel: BroadcastChannel,
    _on_message: Closure<dyn Fn(MessageEvent)>,
}

impl DeckChannel {
    /// Opens the channel and calls `on_message` for each message another window sends. `None`
    /// where the browser has no `BroadcastChannel` (each window then goes its own way).
    pub fn open(on_message: impl Fn(DeckMessage) + 'static) -> Option<DeckChannel> {
        let channel = BroadcastChannel::new(CHANNEL_NAME)
            .map_err(|error| {
                super::page::log_warning(&format!(
                    "deck windows cannot follow each other: {error:?}"
                ));
            })
            .ok()?;
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(message) = event
                .data()
                .as_string()
                .as_deref()
                .and_then(DeckMessage::decode)
            {
                on_message(message);
            }
        });
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Some(DeckChannel {
            channel,
            _on_message: on_message,
        })
    }

    /// Sends `message` to every other window of the app on this device.
    pub fn post(&self, message: DeckMessage) {
        if let Err(error) = self
            .channel
            .post_message(&JsValue::from_str(&message.encode()))
        {
            super::page::log_warning(&format!("deck message not sent: {error:?}"));
        }
    }
}

impl Drop for DeckChannel {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}

#[cfg(test)]
mod tests {
    // Plain `#[test]`s do not run on wasm32; wasm-bindgen-test runs these.
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn messages_round_trip_and_foreign_text_is_ignored() {
        for message in [
            DeckMessage::Showing {
                position: DeckPosition { slide: 6, step: 2 },
                blackout: true,
            },
            DeckMessage::Showing {
                position: DeckPosition::START,
                blackout: false,
            },
            DeckMessage::WhereAreWe,
        ] {
            assert_eq!(DeckMessage::decode(&message.encode()), Some(message));
        }
        for foreign in [
            "",
            "showing",
            "showing 1 2",
            "showing 1 2 3",
            "showing -1 0 0",
            "where-are-we now",
            "{}",
        ] {
            assert_eq!(DeckMessage::decode(foreign), None, "{foreign:?}");
        }
    }
}
