//! Why a backup file is refused, one variant per reason, each with a plain sentence in French and
//! English for the parent who chose the file.
//!
//! The sentences say what happened in everyday words and, when there is one, what to do next
//! (update the app, choose the `.json` file, copy the file again). They never show JSON, codes of
//! the format or parser messages: those stay in [`std::fmt::Display`], for the developers.

use std::fmt;

use crate::diary::{DiaryError, RecordId, DAY_MINUTES, NAME_MAX_CHARS, NOTE_MAX_CHARS};
use crate::language::Language;
use crate::saved_diary::{CodeField, ContentProblem, DecodeError};
use crate::typography::typeset;

use super::MAX_BACKUP_BYTES;

/// Why a file cannot be restored. Nothing on the phone changes when a file is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// The file is larger than [`MAX_BACKUP_BYTES`]: it is refused before being read.
    TooLarge {
        /// The file's size in bytes.
        bytes: u64,
    },
    /// The file holds nothing, or only blank space (and perhaps a byte-order mark).
    Empty,
    /// The file is not UTF-8 text: a photo, a PDF, a text saved as UTF-16…
    NotText,
    /// The file is this app's own spreadsheet export (CSV), which is for reading, not restoring.
    SpreadsheetExport,
    /// The file is text but not JSON: another kind of document.
    NotJson,
    /// The JSON stops short: the file was cut during a copy or a download.
    Truncated,
    /// Arrays or objects nest deeper than [`super::MAX_NESTING`]: no backup does that.
    TooDeeplyNested,
    /// An object names the same key twice, which JSON leaves ambiguous; the app never writes it.
    DuplicateKey {
        /// The repeated key.
        key: String,
    },
    /// The file is JSON but not a backup of this app: `null`, an array, another app's file, no
    /// `diary`, or no valid `schema`.
    NotOurBackup,
    /// The file was saved by a newer version of the app, which this version cannot read.
    NewerVersion {
        /// The schema found.
        found: u32,
        /// The newest schema this version reads.
        supported: u32,
    },
    /// A field of the diary is missing or has the wrong type (a number written as text, a
    /// fraction of a minute, a number too large for its field…). Commitments that break their
    /// rules (more than three, a text too long…) are reported this way too.
    Malformed {
        /// The parser's message, for developers.
        detail: String,
    },
    /// A code this version does not know: a screen, an activity, a moment, a colour, a « pas »
    /// or a kind of commitment.
    UnknownCode {
        /// The field the code was found in.
        field: CodeField,
        /// The code found.
        found: String,
    },
    /// A date, start time or birth month that is not written as the app writes it, or does not
    /// exist (30 February).
    NotADateOrTime {
        /// The text found.
        found: String,
    },
    /// Two children, or two entries, have the same id.
    DuplicateId {
        /// The record.
        record: RecordId,
    },
    /// A child, or an entry, is both present and deleted.
    PresentAndDeleted {
        /// The record.
        record: RecordId,
    },
    /// A record breaks one of the diary's rules: minutes out of range, a date out of range, a
    /// name or note too long, an entry for a child the file does not know…
    InvalidRecord(DiaryError),
    /// The file is protected by a passphrase: it is opened with
    /// [`super::open_protected_backup`], not read as JSON.
    Protected,
    /// The file is an age file the app does not open: encrypted to a key rather than a
    /// passphrase, in the armored text form, or in a later version of the format.
    ProtectionUnsupported,
    /// The file starts like a protected backup but its header does not follow the age format
    /// (damaged at its start, or edited).
    ProtectedHeaderInvalid,
    /// The file asks for a scrypt work factor above what the app opens: deriving its key would
    /// take minutes and gigabytes, or freeze the phone.
    WorkFactorTooHigh {
        /// The work factor found (log2 of N), or `u32::MAX` when too long to read.
        found: u32,
        /// The largest the app opens, [`super::MAX_WORK_FACTOR`].
        max: u8,
    },
    /// The device did not give the memory the file's work factor asks for (at most 256 MiB,
    /// at [`super::MAX_WORK_FACTOR`]): the key could not be derived here.
    NotEnoughMemory {
        /// The file's work factor (log2 of N).
        work_factor: u8,
    },
    /// No passphrase was typed.
    EmptyPassphrase,
    /// The passphrase does not open the file (or the part of the header it unlocks was changed,
    /// which cannot be told apart).
    WrongPassphrase,
    /// The passphrase is right but part of the file was changed after it was protected.
    ProtectedDamaged,
}

impl RestoreError {
    /// The sentence to show the parent, in `language`.
    pub fn message(&self, language: Language) -> String {
        typeset(&self.message_written(language), language)
    }

    /// [`Self::message`] as written, before typography.
    fn message_written(&self, language: Language) -> String {
        match language {
            Language::Fr => self.message_fr(),
            Language::En => self.message_en(),
        }
    }

    fn message_fr(&self) -> String {
        const NOT_OURS: &str = "Ce fichier n'est pas une sauvegarde d'Écrans en famille.";
        const CHOOSE: &str = "Choisissez le fichier « ecrans-en-famille-….json ».";
        const DAMAGED: &str = "Ce fichier de sauvegarde est abîmé ou a été modifié";
        let record = |record: &RecordId| match record {
            RecordId::Child(_) => "un enfant",
            RecordId::Entry(_) => "une saisie",
        };
        match self {
            RestoreError::TooLarge { .. } => format!(
                "Ce fichier est trop gros (plus de {} Mo) pour être une sauvegarde d'Écrans en \
                 famille. {CHOOSE}",
                MAX_BACKUP_BYTES / (1024 * 1024)
            ),
            RestoreError::Empty => format!("Ce fichier est vide. {CHOOSE}"),
            RestoreError::NotText => {
                format!("{NOT_OURS} C'est peut-être une photo ou un document. {CHOOSE}")
            }
            RestoreError::SpreadsheetExport => format!(
                "Ce fichier est l'export pour tableur : il sert à lire le carnet dans un tableur, \
                 pas à le restaurer. {CHOOSE}"
            ),
            RestoreError::NotJson => format!("{NOT_OURS} {CHOOSE}"),
            RestoreError::Truncated => "Ce fichier de sauvegarde est incomplet : il a sans doute \
                 été coupé pendant une copie ou un téléchargement. Copiez-le de nouveau, ou \
                 refaites la sauvegarde."
                .into(),
            RestoreError::TooDeeplyNested => format!(
                "{NOT_OURS} Son contenu est organisé d'une façon que l'application ne produit \
                 jamais."
            ),
            RestoreError::DuplicateKey { .. } => format!(
                "{DAMAGED} : une même information y est écrite deux fois, avec peut-être deux \
                 valeurs différentes."
            ),
            RestoreError::NotOurBackup => {
                format!("{NOT_OURS} Il vient peut-être d'une autre application. {CHOOSE}")
            }
            RestoreError::NewerVersion { .. } => "Cette sauvegarde a été faite avec une version \
                 plus récente d'Écrans en famille. Mettez l'application à jour sur ce téléphone, \
                 puis recommencez."
                .into(),
            RestoreError::Malformed { .. } => {
                format!("{DAMAGED} : une information manque ou n'a pas la bonne forme.")
            }
            RestoreError::UnknownCode { field, found } => format!(
                "{DAMAGED} : il contient une valeur que cette version de l'application ne connaît \
                 pas (« {found} » pour {}). Si le fichier vient d'un autre téléphone, mettez \
                 l'application à jour, puis recommencez.",
                field_fr(*field),
                found = shown(found)
            ),
            RestoreError::NotADateOrTime { found } => format!(
                "{DAMAGED} : « {} » n'est pas une date ou une heure valable.",
                shown(found)
            ),
            RestoreError::DuplicateId { record: id } => {
                format!("{DAMAGED} : {} y figure deux fois.", record(id))
            }
            RestoreError::PresentAndDeleted { record: id } => match id {
                RecordId::Child(_) => format!(
                    "{DAMAGED} : un enfant y figure à la fois comme présent et comme supprimé."
                ),
                RecordId::Entry(_) => format!(
                    "{DAMAGED} : une saisie y figure à la fois comme présente et comme supprimée."
                ),
            },
            RestoreError::InvalidRecord(error) => format!("{DAMAGED} : {}", diary_error_fr(error)),
            RestoreError::Protected => "Ce fichier est protégé par un mot de passe : \
                 l'application vous le demandera pour l'ouvrir."
                .into(),
            RestoreError::ProtectionUnsupported => "Ce fichier est chiffré avec l'outil age, mais \
                 pas par un mot de passe d'Écrans en famille (avec une clé, ou en version texte). \
                 Ouvrez-le avec la commande « age -d » sur un ordinateur."
                .into(),
            RestoreError::ProtectedHeaderInvalid => {
                "Le début de ce fichier protégé est abîmé ou a \
                 été modifié : l'application ne peut pas l'ouvrir. Copiez-le de nouveau depuis \
                 l'endroit où vous l'aviez rangé."
                    .into()
            }
            RestoreError::WorkFactorTooHigh { .. } => {
                "Ce fichier demande un calcul bien trop long \
                 pour un téléphone (plusieurs minutes, voire un blocage) : il n'a pas été fait par \
                 Écrans en famille ni par « age -p ». Il n'a pas été ouvert."
                    .into()
            }
            RestoreError::NotEnoughMemory { .. } => {
                "Ce téléphone n'a pas assez de mémoire pour ouvrir \
                 ce fichier protégé. Ouvrez-le sur un ordinateur avec l'outil age (« age -d »), ou \
                 fermez d'autres applications et réessayez. Rien n'a changé."
                    .into()
            }
            RestoreError::EmptyPassphrase => {
                "Tapez le mot de passe choisi quand le fichier a été protégé.".into()
            }
            RestoreError::WrongPassphrase => {
                "Ce mot de passe n'ouvre pas ce fichier. Vérifiez les \
                 majuscules, les accents et les espaces, puis réessayez : vous pouvez essayer \
                 autant de fois que nécessaire."
                    .into()
            }
            RestoreError::ProtectedDamaged => "Le mot de passe est le bon, mais ce fichier a été \
                 abîmé ou modifié après avoir été protégé : l'application ne l'a pas ouvert. \
                 Copiez-le de nouveau, ou refaites la sauvegarde."
                .into(),
        }
    }

    fn message_en(&self) -> String {
        const NOT_OURS: &str = "This file is not an Écrans en famille backup.";
        const CHOOSE: &str = "Choose the file “ecrans-en-famille-….json”.";
        const DAMAGED: &str = "This backup file is damaged or was edited";
        let record = |record: &RecordId| match record {
            RecordId::Child(_) => "a child",
            RecordId::Entry(_) => "an entry",
        };
        match self {
            RestoreError::TooLarge { .. } => format!(
                "This file is too big (over {} MB) to be an Écrans en famille backup. {CHOOSE}",
                MAX_BACKUP_BYTES / (1024 * 1024)
            ),
            RestoreError::Empty => format!("This file is empty. {CHOOSE}"),
            RestoreError::NotText => {
                format!("{NOT_OURS} It may be a photo or a document. {CHOOSE}")
            }
            RestoreError::SpreadsheetExport => format!(
                "This file is the spreadsheet export: it is for reading the diary in a \
                 spreadsheet, not for restoring it. {CHOOSE}"
            ),
            RestoreError::NotJson => format!("{NOT_OURS} {CHOOSE}"),
            RestoreError::Truncated => "This backup file is incomplete: it was probably cut off \
                 during a copy or a download. Copy it again, or make a new backup."
                .into(),
            RestoreError::TooDeeplyNested => {
                format!("{NOT_OURS} Its content is laid out in a way the app never writes.")
            }
            RestoreError::DuplicateKey { .. } => format!(
                "{DAMAGED}: the same piece of information is written twice, perhaps with two \
                 different values."
            ),
            RestoreError::NotOurBackup => {
                format!("{NOT_OURS} It may come from another app. {CHOOSE}")
            }
            RestoreError::NewerVersion { .. } => "This backup was made with a newer version of \
                 Écrans en famille. Update the app on this phone, then try again."
                .into(),
            RestoreError::Malformed { .. } => {
                format!("{DAMAGED}: a piece of information is missing or has the wrong form.")
            }
            RestoreError::UnknownCode { field, found } => format!(
                "{DAMAGED}: it holds a value this version of the app does not know (“{found}” for \
                 {}). If the file comes from another phone, update the app, then try again.",
                field_en(*field),
                found = shown(found)
            ),
            RestoreError::NotADateOrTime { found } => {
                format!("{DAMAGED}: “{}” is not a valid date or time.", shown(found))
            }
            RestoreError::DuplicateId { record: id } => {
                format!("{DAMAGED}: {} appears twice.", record(id))
            }
            RestoreError::PresentAndDeleted { record: id } => format!(
                "{DAMAGED}: {} appears both as present and as deleted.",
                record(id)
            ),
            RestoreError::InvalidRecord(error) => format!("{DAMAGED}: {}", diary_error_en(error)),
            RestoreError::Protected => "This file is protected by a passphrase: the app will ask \
                 you for it to open the file."
                .into(),
            RestoreError::ProtectionUnsupported => {
                "This file was encrypted with the age tool, but \
                 not with an Écrans en famille passphrase (with a key, or in text form). Open it \
                 with the command “age -d” on a computer."
                    .into()
            }
            RestoreError::ProtectedHeaderInvalid => "The start of this protected file is damaged \
                 or was edited: the app cannot open it. Copy it again from where you kept it."
                .into(),
            RestoreError::WorkFactorTooHigh { .. } => "This file asks for a computation far too \
                 long for a phone (minutes, or a freeze): it was not made by Écrans en famille nor \
                 by “age -p”. It was not opened."
                .into(),
            RestoreError::NotEnoughMemory { .. } => "This phone does not have enough memory to \
                 open this protected file. Open it on a computer with the age tool (“age -d”), or \
                 close other apps and try again. Nothing changed."
                .into(),
            RestoreError::EmptyPassphrase => {
                "Type the passphrase chosen when the file was protected.".into()
            }
            RestoreError::WrongPassphrase => "This passphrase does not open this file. Check \
                 capitals, accents and spaces, then try again: you can try as many times as you \
                 need."
                .into(),
            RestoreError::ProtectedDamaged => "The passphrase is right, but this file was damaged \
                 or edited after it was protected: the app did not open it. Copy it again, or make \
                 a new backup."
                .into(),
        }
    }
}

/// The most of a value found in the file that a message quotes, in characters.
const SHOWN_MAX_CHARS: usize = 24;

/// A value found in the file, as quoted in a message: cut to [`SHOWN_MAX_CHARS`] characters, and
/// control characters (line breaks…) replaced by spaces, since the file may hold anything.
fn shown(found: &str) -> String {
    let mut chars = found.chars().map(|c| if c.is_control() { ' ' } else { c });
    let mut text: String = chars.by_ref().take(SHOWN_MAX_CHARS).collect();
    if chars.next().is_some() {
        text.push('…');
    }
    text
}

/// The field of an unknown code, in French, with its article (« pour le type d'écran »).
fn field_fr(field: CodeField) -> &'static str {
    match field {
        CodeField::Screen => "le type d'écran",
        CodeField::Activity => "l'activité",
        CodeField::Moment => "le moment de la journée",
        CodeField::Colour => "la couleur",
        CodeField::Step => "le « pas »",
        CodeField::Commitment => "le champ « commitment »",
    }
}

/// The field of an unknown code, in English, with its article.
fn field_en(field: CodeField) -> &'static str {
    match field {
        CodeField::Screen => "the screen",
        CodeField::Activity => "the activity",
        CodeField::Moment => "the moment of the day",
        CodeField::Colour => "the colour",
        CodeField::Step => "the step",
        CodeField::Commitment => "the field “commitment”",
    }
}

/// What a broken diary rule means, in French (the end of a sentence).
///
/// Every rule is named, so a rule added to [`DiaryError`] later must be given its words here.
/// The errors that decoding never gives (they come from changes made in the app) get the general
/// sentence.
fn diary_error_fr(error: &DiaryError) -> String {
    match error {
        DiaryError::EmptyId => "un enfant ou une saisie n'a pas d'identifiant.".into(),
        DiaryError::EmptyName { .. } => "un enfant n'a pas de prénom.".into(),
        DiaryError::NameTooLong { chars, .. } => format!(
            "un prénom compte {chars} caractères, alors que l'application en accepte \
             {NAME_MAX_CHARS} au plus."
        ),
        DiaryError::BadEmoji { .. } => "l'emoji d'un enfant est vide ou trop long.".into(),
        DiaryError::BirthOutOfRange { birth, .. } => format!(
            "un enfant est né en {}, une année que l'application n'accepte pas.",
            birth.year()
        ),
        DiaryError::LimitOutOfRange { minutes, .. } => format!(
            "une limite quotidienne de {minutes} minutes est impossible (de 0 à {DAY_MINUTES})."
        ),
        DiaryError::EntryWithoutChild { .. } => "une saisie ne concerne aucun enfant.".into(),
        DiaryError::UnknownChild { .. } => {
            "une saisie concerne un enfant qui n'est pas dans le fichier.".into()
        }
        DiaryError::MinutesOutOfRange { minutes, .. } => format!(
            "une saisie dure {minutes} minutes, ce qui est impossible (de 1 minute à 24 heures)."
        ),
        DiaryError::DateOutOfRange { date, .. } => {
            use chrono::Datelike;
            format!(
                "une saisie est datée de l'année {}, que l'application n'accepte pas.",
                date.year()
            )
        }
        DiaryError::NoteTooLong { chars, .. } => format!(
            "une note compte {chars} caractères, alors que l'application en accepte \
             {NOTE_MAX_CHARS} au plus."
        ),
        DiaryError::UnknownEntry { .. } | DiaryError::ReassignToSameChild { .. } => {
            "il ne respecte pas les règles du carnet.".into()
        }
    }
}

/// What a broken diary rule means, in English (the end of a sentence). See [`diary_error_fr`].
fn diary_error_en(error: &DiaryError) -> String {
    match error {
        DiaryError::EmptyId => "a child or an entry has no id.".into(),
        DiaryError::EmptyName { .. } => "a child has no name.".into(),
        DiaryError::NameTooLong { chars, .. } => format!(
            "a name has {chars} characters, while the app accepts at most {NAME_MAX_CHARS}."
        ),
        DiaryError::BadEmoji { .. } => "a child's emoji is empty or too long.".into(),
        DiaryError::BirthOutOfRange { birth, .. } => format!(
            "a child was born in {}, a year the app does not accept.",
            birth.year()
        ),
        DiaryError::LimitOutOfRange { minutes, .. } => {
            format!("a daily limit of {minutes} minutes is impossible (0 to {DAY_MINUTES}).")
        }
        DiaryError::EntryWithoutChild { .. } => "an entry is for no child.".into(),
        DiaryError::UnknownChild { .. } => "an entry is for a child who is not in the file.".into(),
        DiaryError::MinutesOutOfRange { minutes, .. } => {
            format!("an entry lasts {minutes} minutes, which is impossible (1 minute to 24 hours).")
        }
        DiaryError::DateOutOfRange { date, .. } => {
            use chrono::Datelike;
            format!(
                "an entry is dated in the year {}, which the app does not accept.",
                date.year()
            )
        }
        DiaryError::NoteTooLong { chars, .. } => format!(
            "a note has {chars} characters, while the app accepts at most {NOTE_MAX_CHARS}."
        ),
        DiaryError::UnknownEntry { .. } | DiaryError::ReassignToSameChild { .. } => {
            "it breaks the diary's rules.".into()
        }
    }
}

impl fmt::Display for RestoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RestoreError::TooLarge { bytes } => {
                write!(f, "{bytes} bytes, more than the {MAX_BACKUP_BYTES} allowed")
            }
            RestoreError::Empty => write!(f, "empty file"),
            RestoreError::NotText => write!(f, "not UTF-8 text"),
            RestoreError::SpreadsheetExport => write!(f, "the spreadsheet export, not a backup"),
            RestoreError::NotJson => write!(f, "not JSON"),
            RestoreError::Truncated => write!(f, "JSON cut short"),
            RestoreError::TooDeeplyNested => write!(f, "JSON nested too deeply"),
            RestoreError::DuplicateKey { key } => write!(f, "key {key:?} appears twice"),
            RestoreError::NotOurBackup => write!(f, "not a backup of this app"),
            RestoreError::NewerVersion { found, supported } => write!(
                f,
                "saved with schema {found}, newer than the supported {supported}"
            ),
            RestoreError::Malformed { detail } => write!(f, "malformed: {detail}"),
            RestoreError::UnknownCode { field, found } => write!(f, "unknown {field} {found:?}"),
            RestoreError::NotADateOrTime { found } => {
                write!(f, "{found:?} is not a date, time or month")
            }
            RestoreError::DuplicateId { record } => write!(f, "{record:?} appears twice"),
            RestoreError::PresentAndDeleted { record } => {
                write!(f, "{record:?} is both present and deleted")
            }
            RestoreError::InvalidRecord(error) => error.fmt(f),
            RestoreError::Protected => write!(f, "protected by a passphrase (age)"),
            RestoreError::ProtectionUnsupported => {
                write!(
                    f,
                    "an age file without a single scrypt stanza, or not v1 binary"
                )
            }
            RestoreError::ProtectedHeaderInvalid => write!(f, "invalid age header"),
            RestoreError::WorkFactorTooHigh { found, max } => {
                write!(f, "scrypt work factor {found}, above the {max} allowed")
            }
            RestoreError::NotEnoughMemory { work_factor } => {
                write!(f, "no memory for scrypt at work factor {work_factor}")
            }
            RestoreError::EmptyPassphrase => write!(f, "empty passphrase"),
            RestoreError::WrongPassphrase => write!(f, "the file key does not unwrap"),
            RestoreError::ProtectedDamaged => {
                write!(f, "the header MAC or a payload chunk does not verify")
            }
        }
    }
}

impl std::error::Error for RestoreError {}

impl From<DecodeError> for RestoreError {
    /// Maps the stored format's errors, each to its own variant: a variant added to
    /// [`DecodeError`] later must be mapped here.
    fn from(error: DecodeError) -> RestoreError {
        match error {
            DecodeError::NotJson { .. } => RestoreError::NotJson,
            DecodeError::NotOurEnvelope => RestoreError::NotOurBackup,
            DecodeError::NewerVersion { found, supported } => {
                RestoreError::NewerVersion { found, supported }
            }
            DecodeError::InvalidContent(problem) => problem.into(),
        }
    }
}

impl From<ContentProblem> for RestoreError {
    /// Maps what is wrong inside the diary. Broken commitments read as
    /// [`RestoreError::Malformed`]; a problem added to [`ContentProblem`] later (for a new schema)
    /// must be mapped here.
    fn from(problem: ContentProblem) -> RestoreError {
        match problem {
            ContentProblem::Malformed { detail } => RestoreError::Malformed { detail },
            ContentProblem::DuplicateChildId { child } => RestoreError::DuplicateId {
                record: RecordId::Child(child),
            },
            ContentProblem::DuplicateEntryId { entry } => RestoreError::DuplicateId {
                record: RecordId::Entry(entry),
            },
            ContentProblem::ChildPresentAndDeleted { child } => RestoreError::PresentAndDeleted {
                record: RecordId::Child(child),
            },
            ContentProblem::EntryPresentAndDeleted { entry } => RestoreError::PresentAndDeleted {
                record: RecordId::Entry(entry),
            },
            ContentProblem::UnknownCode { field, found } => {
                RestoreError::UnknownCode { field, found }
            }
            ContentProblem::NotADate { found }
            | ContentProblem::NotATime { found }
            | ContentProblem::NotABirthMonth { found } => RestoreError::NotADateOrTime { found },
            ContentProblem::Record(error) => RestoreError::InvalidRecord(error),
            ContentProblem::Commitment(error) => RestoreError::Malformed {
                detail: error.to_string(),
            },
        }
    }
}
