//! One slide drawn from the core's blocks and inlines: on the stage, as a preview (speaker
//! view, overview) or on a printed handout.
//!
//! Every piece of the slide's text becomes a text node; only the QR code and the pictograms,
//! SVG strings from the core, are inserted as markup. The slide sits in a 16:9 frame whose width sets the type
//! size (container query units in `style/deck.css`), so the same slide fits a projector, a
//! thumbnail and a phone alike. Steps not yet revealed keep their place but stay invisible.
//! The visual layouts draw what the core gives them: the session's agenda, the bars of a
//! comparison (lengths measured by the core) and the project's pictograms.

use crate::components::deck::presentation::SlideFill;
use crate::i18n::deck::{deck_texts, DeckTexts};
use crate::state::preferences::use_localized;
use ecrans_core::deck::{
    bar_chart, pictogram_svg, Bar, Block, Inline, ListItem, Pictogram, Slide, SlideLayout,
};
use leptos::prelude::*;

/// Where a slide is drawn, which decides its headings and whether its links can be followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlideUse {
    /// The projected slide: the title is the page's `<h1>`, links work.
    Stage,
    /// A small copy (speaker view, overview): no headings, links as plain text.
    Preview,
    /// A printed page: the title is an `<h2>` under the page's `<h1>`, links show their address.
    Handout,
}

/// Everything one slide needs to be drawn, passed down to its blocks.
#[derive(Clone, Copy)]
struct Drawing {
    usage: SlideUse,
    revealed: Signal<usize>,
}

/// A slide in its 16:9 frame.
#[component]
pub fn SlideView(
    /// The slide to draw.
    slide: Slide,
    /// How many of its steps are revealed (`usize::MAX` shows everything).
    #[prop(into)]
    revealed: Signal<usize>,
    /// Where the slide is drawn.
    usage: SlideUse,
    /// The texts of the placeholders and the QR code of the app's address.
    fill: SlideFill,
) -> impl IntoView {
    let texts = use_localized(deck_texts);
    let drawing = Drawing { usage, revealed };
    let bars = (slide.layout == SlideLayout::Bars).then(|| bar_chart(&slide));
    let Slide {
        id,
        layout,
        title,
        blocks,
        sources,
        pictograms,
        ..
    } = slide;
    let to_be_announced = texts.get_untracked().to_be_announced;
    let mut bars = bars;
    let mut pictograms = pictograms.into_iter();
    let body = blocks
        .iter()
        .map(|block| match (block, layout) {
            // A bars slide draws all its bars where its first list is.
            (Block::List { .. }, SlideLayout::Bars) => bars
                .take()
                .map(|bars| bars_view(&bars, revealed))
                .into_any(),
            (Block::List { items, .. }, SlideLayout::Pictograms) => {
                let pictures: Vec<Pictogram> = pictograms.by_ref().take(items.len()).collect();
                pictograms_view(items, &pictures, drawing, &fill, to_be_announced)
            }
            _ => block_view(block, drawing, &fill, to_be_announced),
        })
        .collect_view();
    let agenda = (layout == SlideLayout::Agenda).then(|| {
        let minutes = texts.get_untracked().agenda_minutes;
        let items = fill
            .agenda
            .iter()
            .map(|item| {
                view! {
                    <li>
                        <span class="slide-agenda-label">{item.label.clone()}</span>
                        " "
                        <span class="slide-agenda-minutes">{minutes(item.minutes)}</span>
                    </li>
                }
            })
            .collect_view();
        let total = (texts.get_untracked().agenda_total)(fill.total_minutes);
        let is_long = fill.agenda.len() > 6;
        view! {
            <ol class="slide-agenda" class:is-long=is_long>{items}</ol>
            <p class="slide-agenda-total" data-testid="agenda-total">{total}</p>
        }
    });
    let title = match usage {
        SlideUse::Stage => view! { <h1 class="slide-title">{title}</h1> }.into_any(),
        SlideUse::Handout => view! { <h2 class="slide-title">{title}</h2> }.into_any(),
        SlideUse::Preview => view! { <p class="slide-title">{title}</p> }.into_any(),
    };
    let body = if layout == SlideLayout::InstallQr {
        view! {
            <div class="slide-columns">
                <div class="slide-body">{body}</div>
                <div class="slide-qr" inner_html=fill.qr_svg.to_string()></div>
            </div>
        }
        .into_any()
    } else {
        view! { <div class="slide-body">{body} {agenda}</div> }.into_any()
    };
    let sources = (!sources.is_empty()).then(|| {
        let items = sources
            .into_iter()
            .map(|source| view! { <li>{source}</li> })
            .collect_view();
        view! {
            <footer class="slide-sources">
                <span class="slide-sources-label">{move || texts.get().sources_label}</span>
                " "
                <ul>{items}</ul>
            </footer>
        }
    });
    view! {
        <div class="slide-frame">
            <article class=format!("slide slide-layout-{}", layout.code()) data-slide-id=id>
                {title}
                {body}
                {sources}
            </article>
        </div>
    }
}

/// The speaker notes of a slide, drawn with the same blocks (notes have no steps).
#[component]
pub fn SlideNotes(
    /// The notes' blocks.
    notes: Vec<Block>,
    /// The texts of the placeholders.
    fill: SlideFill,
) -> impl IntoView {
    let texts = use_localized(deck_texts);
    let to_be_announced = texts.get_untracked().to_be_announced;
    let drawing = Drawing {
        usage: SlideUse::Handout,
        revealed: Signal::stored(usize::MAX),
    };
    notes
        .iter()
        .map(|block| block_view(block, drawing, &fill, to_be_announced))
        .collect_view()
}

/// The bars of a `bars` slide: a label, a bar as long as its share of the longest (the core
/// measures it), and the duration in words, each revealed at its item's step. The bar itself
/// is decoration; the label and the value say everything.
fn bars_view(bars: &[Bar], revealed: Signal<usize>) -> AnyView {
    let rows = bars
        .iter()
        .map(|bar| {
            let step = bar.step;
            let concealed = move || step.is_some_and(|step| revealed.get() < step);
            view! {
                <li class="slide-step slide-bar" class:is-concealed=concealed data-step=step>
                    <span class="slide-bar-label">{bar.label.clone()}</span>
                    <span class="slide-bar-track" aria-hidden="true">
                        <span
                            class="slide-bar-fill"
                            style:--bar-length=format!("{:.4}", bar.length)
                        ></span>
                    </span>
                    <strong class="slide-bar-value">{bar.value.clone()}</strong>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="slide-bars">{rows}</ul> }.into_any()
}

/// A list whose items each come with a pictogram drawn for the project (an SVG bundled by
/// the core, inserted as markup), named for assistive technology by its text alternative.
fn pictograms_view(
    items: &[ListItem],
    pictures: &[Pictogram],
    drawing: Drawing,
    fill: &SlideFill,
    unset: &str,
) -> AnyView {
    let revealed = drawing.revealed;
    let texts = deck_texts_untracked();
    let rows = items
        .iter()
        .enumerate()
        .map(|(index, ListItem { inlines, step })| {
            let step = *step;
            let concealed = move || step.is_some_and(|step| revealed.get() < step);
            let picture = pictures.get(index).map(|&pictogram| {
                view! {
                    <span
                        class="slide-pictogram"
                        role="img"
                        aria-label=texts.pictogram_alt(pictogram)
                        inner_html=pictogram_svg(pictogram)
                    ></span>
                }
            });
            let content = inlines_view(inlines, drawing.usage, fill, unset);
            view! {
                <li class="slide-step slide-pictogram-item" class:is-concealed=concealed data-step=step>
                    {picture}
                    <span class="slide-pictogram-text">{content}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="slide-pictograms">{rows}</ul> }.into_any()
}

/// The Atelier's strings in the language in force, read once (slides are drawn again when
/// the language changes).
fn deck_texts_untracked() -> &'static DeckTexts {
    use_localized(deck_texts).get_untracked()
}

fn block_view(block: &Block, drawing: Drawing, fill: &SlideFill, unset: &str) -> AnyView {
    let revealed = drawing.revealed;
    let concealed =
        move |step: Option<usize>| move || step.is_some_and(|step| revealed.get() < step);
    match block {
        Block::Heading(inlines) => {
            let content = inlines_view(inlines, drawing.usage, fill, unset);
            match drawing.usage {
                SlideUse::Stage => view! { <h2 class="slide-heading">{content}</h2> }.into_any(),
                SlideUse::Handout => view! { <h3 class="slide-heading">{content}</h3> }.into_any(),
                SlideUse::Preview => view! { <p class="slide-heading">{content}</p> }.into_any(),
            }
        }
        Block::Paragraph { inlines, step } => {
            let content = inlines_view(inlines, drawing.usage, fill, unset);
            view! {
                <p class="slide-step" class:is-concealed=concealed(*step) data-step=*step>
                    {content}
                </p>
            }
            .into_any()
        }
        Block::Quote { inlines, step } => {
            let content = inlines_view(inlines, drawing.usage, fill, unset);
            view! {
                <blockquote class="slide-step" class:is-concealed=concealed(*step) data-step=*step>
                    <p>{content}</p>
                </blockquote>
            }
            .into_any()
        }
        Block::List { ordered, items } => {
            let items = items
                .iter()
                .map(|ListItem { inlines, step }| {
                    let content = inlines_view(inlines, drawing.usage, fill, unset);
                    view! {
                        <li class="slide-step" class:is-concealed=concealed(*step) data-step=*step>
                            {content}
                        </li>
                    }
                })
                .collect_view();
            if *ordered {
                view! { <ol>{items}</ol> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }
        }
    }
}

fn inlines_view(inlines: &[Inline], usage: SlideUse, fill: &SlideFill, unset: &str) -> AnyView {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => text.clone().into_any(),
            Inline::Strong(text) => view! { <strong>{text.clone()}</strong> }.into_any(),
            Inline::Emphasis(text) => view! { <em>{text.clone()}</em> }.into_any(),
            Inline::Link { text, href } => match usage {
                SlideUse::Preview => {
                    view! { <span class="slide-link">{text.clone()}</span> }.into_any()
                }
                SlideUse::Stage | SlideUse::Handout => view! {
                    <a href=href.clone() target="_blank" rel="noopener noreferrer">{text.clone()}</a>
                }
                .into_any(),
            },
            Inline::Placeholder(placeholder) => {
                let text = fill.text(*placeholder);
                view! {
                    <span class="slide-placeholder" class:is-unset=text.is_none()>
                        {text.unwrap_or(unset).to_owned()}
                    </span>
                }
                .into_any()
            }
        })
        .collect_view()
        .into_any()
}
