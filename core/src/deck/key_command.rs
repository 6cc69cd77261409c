//! Which key does what while presenting: the arrows, Space and the Page keys that presentation
//! clickers send, Home and End, a slide number then Enter, and one letter per tool (O overview,
//! B or « . » black screen, F full screen, S speaker view, N one screen, + and − notes size).
//!
//! This module only reads the key's name (the browser's `KeyboardEvent.key`, passed in as text);
//! the app's presenting components decide what each command does in their window. It knows
//! nothing of events, windows or focus.

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
    use super::{command_for_key, KeyCommand as C};

    fn check(key: &str, shift: bool, expected: Option<C>) {
        assert_eq!(
            command_for_key(key, shift),
            expected,
            "{key:?} shift={shift}"
        );
    }

    #[test]
    fn clicker_and_keyboard_keys_map_to_commands() {
        check("PageDown", false, Some(C::Forward));
        check("PageUp", false, Some(C::Backward));
        check(" ", false, Some(C::Forward));
        check(" ", true, Some(C::Backward));
        check("Spacebar", false, Some(C::Forward));
        check("Spacebar", true, Some(C::Backward));
        check("ArrowRight", true, Some(C::Forward));
        check("ArrowDown", false, Some(C::Forward));
        check("ArrowLeft", false, Some(C::Backward));
        check("ArrowUp", true, Some(C::Backward));
        check("Home", false, Some(C::First));
        check("End", false, Some(C::Last));
        check("Enter", false, Some(C::Enter));
        check("Escape", false, Some(C::Escape));
        check("Esc", false, Some(C::Escape));
    }

    #[test]
    fn one_letter_per_tool_in_either_case() {
        for (keys, command) in [
            (["o", "O"], C::Overview),
            (["b", "B"], C::Blackout),
            (["f", "F"], C::Fullscreen),
            (["s", "S"], C::SpeakerView),
            (["n", "N"], C::OneScreen),
            (["+", "="], C::NotesLarger),
            (["-", "_"], C::NotesSmaller),
        ] {
            for key in keys {
                check(key, false, Some(command));
                check(key, true, Some(command));
            }
        }
        check(".", false, Some(C::Blackout));
    }

    #[test]
    fn digits_are_kept_for_a_slide_number() {
        for digit in '0'..='9' {
            check(&digit.to_string(), false, Some(C::Digit(digit)));
        }
        check("12", false, None);
    }

    #[test]
    fn other_keys_are_left_alone() {
        for key in [
            "Tab",
            "F5",
            "é",
            "a",
            "Shift",
            "Control",
            "",
            "٣",
            "ArrowRightX",
        ] {
            check(key, false, None);
        }
    }
}
