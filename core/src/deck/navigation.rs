//! Moving through the deck while presenting: which slide is shown and how many of its steps are
//! revealed.
//!
//! "Forward" reveals the slide's next step before it goes to the next slide; "backward" hides
//! the last revealed step, and from a slide's first state goes back to the previous slide fully
//! revealed, as presentation software does. Slides are numbered from 1 in addresses
//! (`/atelier/7`) and indexed from 0 here. Nothing here knows about keys, windows or the URL.

use super::Deck;

/// Where a presentation stands: a slide (0-based) and how many of its steps are revealed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct DeckPosition {
    /// The slide shown, from 0.
    pub slide: usize,
    /// How many steps are revealed, from 0 (none) to the slide's `steps` (all).
    pub step: usize,
}

impl DeckPosition {
    /// The first slide, nothing revealed yet.
    pub const START: DeckPosition = DeckPosition { slide: 0, step: 0 };

    /// The slide at `index` (clamped to the deck), nothing revealed yet.
    pub fn at_slide(index: usize, deck: &Deck) -> DeckPosition {
        DeckPosition {
            slide: index.min(last_index(deck)),
            step: 0,
        }
    }

    /// The last slide, nothing revealed yet.
    pub fn end(deck: &Deck) -> DeckPosition {
        DeckPosition::at_slide(last_index(deck), deck)
    }

    /// The next step of this slide, else the next slide; the very end stays where it is.
    pub fn forward(self, deck: &Deck) -> DeckPosition {
        let position = self.clamped(deck);
        if position.step < steps_of(deck, position.slide) {
            DeckPosition {
                step: position.step + 1,
                ..position
            }
        } else if position.slide < last_index(deck) {
            DeckPosition {
                slide: position.slide + 1,
                step: 0,
            }
        } else {
            position
        }
    }

    /// One step back, else the previous slide with all its steps revealed; the very start stays.
    pub fn backward(self, deck: &Deck) -> DeckPosition {
        let position = self.clamped(deck);
        if position.step > 0 {
            DeckPosition {
                step: position.step - 1,
                ..position
            }
        } else if position.slide > 0 {
            let slide = position.slide - 1;
            DeckPosition {
                slide,
                step: steps_of(deck, slide),
            }
        } else {
            position
        }
    }

    /// The same position made valid for `deck` (a slide that exists, steps it has).
    pub fn clamped(self, deck: &Deck) -> DeckPosition {
        let slide = self.slide.min(last_index(deck));
        DeckPosition {
            slide,
            step: self.step.min(steps_of(deck, slide)),
        }
    }

    /// Whether something revealed at `step` (`None`: always visible) is shown at this position.
    pub fn reveals(self, step: Option<usize>) -> bool {
        step.is_none_or(|step| step <= self.step)
    }

    /// Whether this is the last state of the deck (last slide, every step revealed).
    pub fn is_at_end(self, deck: &Deck) -> bool {
        self.forward(deck) == self.clamped(deck)
    }

    /// The slide's number as people count it, from 1 (the number in `/atelier/7`).
    pub fn slide_number(self) -> usize {
        self.slide + 1
    }
}

/// Reads the slide number of an address (`"7"` in `/atelier/7`) as an index into a deck of
/// `slide_count` slides: numbers past the end give the last slide, and anything that is not a
/// number from 1 up gives the first.
pub fn slide_index_from_number(text: &str, slide_count: usize) -> usize {
    let last = slide_count.saturating_sub(1);
    let all_digits =
        !text.is_empty() && text.len() <= 6 && text.bytes().all(|b| b.is_ascii_digit());
    if !all_digits {
        return 0;
    }
    match text.parse::<usize>() {
        Ok(0) | Err(_) => 0,
        Ok(number) => (number - 1).min(last),
    }
}

/// How many of the deck's states come before `position`, and how many there are in all, for a
/// progress bar that moves with every step: `(done, total)`, `done` from 0 to `total`.
pub fn progress(deck: &Deck, position: DeckPosition) -> (usize, usize) {
    let position = position.clamped(deck);
    let states = |slide: usize| steps_of(deck, slide) + 1;
    let before: usize = (0..position.slide).map(states).sum();
    let total: usize = (0..deck.slides.len()).map(states).sum();
    (before + position.step, total.saturating_sub(1))
}

fn last_index(deck: &Deck) -> usize {
    deck.slides.len().saturating_sub(1)
}

fn steps_of(deck: &Deck, slide: usize) -> usize {
    deck.slides.get(slide).map_or(0, |slide| slide.steps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::parse_deck;

    /// Three slides: no step, two steps, one step.
    fn three_slide_deck() -> Deck {
        parse_deck(&[
            ("a/01-one.md", "---\nminutes: 1\n---\n# One\n\nText\n\n## Notes\n\nSay it.\n"),
            (
                "a/02-two.md",
                "---\nminutes: 1\n---\n# Two\n\n- always\n- (+) first\n- (+) second\n\n## Notes\n\nSay it.\n",
            ),
            ("a/03-three.md", "---\nminutes: 1\n---\n# Three\n\n(+) Later\n\n## Notes\n\nSay it.\n"),
        ])
        .expect("a valid test deck")
    }

    fn at(slide: usize, step: usize) -> DeckPosition {
        DeckPosition { slide, step }
    }

    #[test]
    fn forward_reveals_each_step_before_the_next_slide() {
        let deck = three_slide_deck();
        let mut position = DeckPosition::START;
        let mut visited = vec![position];
        while !position.is_at_end(&deck) {
            position = position.forward(&deck);
            visited.push(position);
        }
        assert_eq!(
            visited,
            [at(0, 0), at(1, 0), at(1, 1), at(1, 2), at(2, 0), at(2, 1)]
        );
        assert_eq!(position.forward(&deck), at(2, 1), "the end stays");
    }

    #[test]
    fn backward_hides_steps_then_shows_the_previous_slide_complete() {
        let deck = three_slide_deck();
        assert_eq!(at(2, 1).backward(&deck), at(2, 0));
        assert_eq!(at(2, 0).backward(&deck), at(1, 2));
        assert_eq!(at(1, 1).backward(&deck), at(1, 0));
        assert_eq!(at(1, 0).backward(&deck), at(0, 0));
        assert_eq!(DeckPosition::START.backward(&deck), DeckPosition::START);
    }

    #[test]
    fn positions_are_clamped_to_the_deck() {
        let deck = three_slide_deck();
        assert_eq!(at(9, 9).clamped(&deck), at(2, 1));
        assert_eq!(at(0, 4).clamped(&deck), at(0, 0));
        assert_eq!(DeckPosition::at_slide(7, &deck), at(2, 0));
        assert_eq!(DeckPosition::end(&deck), at(2, 0));
        assert_eq!(at(9, 0).forward(&deck), at(2, 1));
    }

    #[test]
    fn reveals_follows_the_step() {
        assert!(at(0, 0).reveals(None));
        assert!(!at(0, 0).reveals(Some(1)));
        assert!(at(0, 1).reveals(Some(1)));
        assert!(!at(0, 1).reveals(Some(2)));
    }

    #[test]
    fn slide_numbers_in_addresses_are_read_leniently() {
        let check = |text: &str, expected: usize| {
            assert_eq!(slide_index_from_number(text, 20), expected, "{text:?}");
        };
        check("1", 0);
        check("7", 6);
        check("20", 19);
        check("21", 19);
        check("999999", 19);
        check("9999999999999999999999", 0);
        check("0", 0);
        check("", 0);
        check("-3", 0);
        check("7a", 0);
        check("+7", 0);
        assert_eq!(slide_index_from_number("5", 0), 0);
        assert_eq!(at(6, 0).slide_number(), 7);
    }

    #[test]
    fn progress_counts_every_step() {
        let deck = three_slide_deck();
        assert_eq!(progress(&deck, DeckPosition::START), (0, 5));
        assert_eq!(progress(&deck, at(1, 2)), (3, 5));
        assert_eq!(progress(&deck, at(2, 1)), (5, 5));
    }
}
