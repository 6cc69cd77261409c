//! The speaker view's elapsed time as text: hours, minutes and seconds, `h:mm:ss` (« 0:07:05 »),
//! the same in both languages. The app passes the milliseconds elapsed; nothing here reads a
//! clock.

/// `h:mm:ss` for a duration in milliseconds, rounded down to the second (`0:07:05`); a negative
/// duration (the clock moved back) reads as `0:00:00`.
pub fn elapsed_text(milliseconds: f64) -> String {
    let seconds = (milliseconds.max(0.0) / 1000.0) as u64;
    format!(
        "{}:{:02}:{:02}",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

#[cfg(test)]
mod tests {
    use super::elapsed_text;

    #[test]
    fn elapsed_time_reads_as_hours_minutes_seconds() {
        for (milliseconds, expected) in [
            (0.0, "0:00:00"),
            (999.0, "0:00:00"),
            (1_000.0, "0:00:01"),
            (59_999.0, "0:00:59"),
            (60_000.0, "0:01:00"),
            (425_999.0, "0:07:05"),
            (3_599_999.0, "0:59:59"),
            (3_661_000.0, "1:01:01"),
            (36_000_000.0, "10:00:00"),
            (-5.0, "0:00:00"),
            (f64::NAN, "0:00:00"),
        ] {
            assert_eq!(elapsed_text(milliseconds), expected, "{milliseconds}");
        }
    }
}
