//! The advisor's saved « Bilan du groupe » on this device: the core's aggregate only (no token,
//! no family), encoded and strictly decoded by `ecrans_core::group_summary`, read and written
//! here. Only the « Bilan du groupe » page calls this, so it loads with that page.

use crate::browser::local_store::{self, keys, StoreWriteError};
use chrono::NaiveDate;
use ecrans_core::group_summary::{
    decode_saved_bilan, encode_saved_bilan, GroupBilan, SavedBilan, SavedBilanError,
};

/// The bilan saved on this device: `None` when none is, an error when it cannot be read.
pub fn read_saved_bilan() -> Option<Result<SavedBilan, SavedBilanError>> {
    local_store::read_text(keys::GROUP_BILAN).map(|text| decode_saved_bilan(&text))
}

/// Saves `bilan` as saved on `today`, replacing the one saved before; returns it as it will
/// read back.
pub fn save_bilan(
    bilan: &GroupBilan,
    today: NaiveDate,
) -> Result<Result<SavedBilan, SavedBilanError>, StoreWriteError> {
    let text = encode_saved_bilan(bilan, today);
    local_store::write_text(keys::GROUP_BILAN, &text)?;
    Ok(decode_saved_bilan(&text))
}

/// Removes the saved bilan, if any; the caller says a refused removal to the person.
pub fn forget_saved_bilan() -> Result<(), StoreWriteError> {
    local_store::remove(keys::GROUP_BILAN)
}
