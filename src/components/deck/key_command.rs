//! Which key does what while presenting: the arrows, Space and the Page keys that presentation
//! clickers send, Home and End, a slide number then Enter, and one letter per tool (O overview,
//! B or « . » black screen, F full screen, S speaker view, N one screen, + and − notes size).
//!
//! This module only reads the key's name (`KeyboardEvent.key`); the presenting components
//! decide what each command does in their window.

/// What a key asks the presentation to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyCommand {
    /// Next step, else next slide.
    Forward,
    /// Previous step, else previous slide.
    Backward,
    /// The first slide.
    First,
    /// The last slide.
    Last,
    /// A digit of a slide number to jump to.
    Digit(char),
    /// Enter: jump to the typed number, if any.
    Enter,
    /// O: open or close the overview.
    Overview,
    /// Escape: close what is open (overview, typed number), else open the overview.
    Escape,
    /// B or « . »: black screen.
    Blackout,
    /// F: full screen.
    Fullscreen,
    /// S: the speaker view in a second window.
    SpeakerView,
    /// N: one screen, notes under the slide.
    OneScreen,
    /// + : larger notes (speaker view).
    NotesLarger,
    /// − : smaller notes (speaker view).
    NotesSmaller,
}

/// The command for a key (`KeyboardEvent.key`), or `None` for a key the deck leaves alone.
/// `shift` turns Space into "back", as in most presentation software.
pub fn command_for_key(key: &str, shift: bool) -> Option<KeyCommand> {
    let command = match key {
        " " | "Spacebar" if shift => KeyCommand::Backward,
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Spacebar" => KeyCommand::Forward,
        "ArrowLeft" | "ArrowUp" | "PageUp" => KeyCommand::Backward,
        "Home" => KeyCommand::First,
        "End" => KeyCommand::Last,
        "Enter" => KeyCommand::Enter,
        "Escape" | "Esc" => KeyCommand::Escape,
        "o" | "O" => KeyCommand::Overview,
        "b" | "B" | "." => KeyCommand::Blackout,
        "f" | "F" => KeyCommand::Fullscreen,
        "s" | "S" => KeyCommand::SpeakerView,
        "n" | "N" => KeyCommand::OneScreen,
        "+" | "=" => KeyCommand::NotesLarger,
        "-" | "_" => KeyCommand::NotesSmaller,
        _ => {
            let mut chars = key.chars();
            match (chars.next(), chars.next()) {
                (Some(digit), None) if digit.is_ascii_digit() => KeyCommand::Digit(digit),
                _ => return None,
            }
        }
    };
    Some(command)
}

#[cfg(test)]
mod tests {
    // Plain `#[test]`s do not run on wasm32; wasm-bindgen-test runs these.
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn clicker_and_keyboard_keys_map_to_commands() {
        let check = |key: &str, shift: bool, expected: Option<KeyCommand>| {
            assert_eq!(
                command_for_key(key, shift),
                expected,
                "{key:?} shift={shift}"
            );
        };
        check("PageDown", false, Some(KeyCommand::Forward));
        check("PageUp", false, Some(KeyCommand::Backward));
        check(" ", false, Some(KeyCommand::Forward));
        check(" ", true, Some(KeyCommand::Backward));
        check("ArrowRight", true, Some(KeyCommand::Forward));
        check("7", false, Some(KeyCommand::Digit('7')));
        check(".", false, Some(KeyCommand::Blackout));
        check("B", false, Some(KeyCommand::Blackout));
        check("Escape", false, Some(KeyCommand::Escape));
        check("Tab", false, None);
        check("F5", false, None);
        check("é", false, None);
    }
}
