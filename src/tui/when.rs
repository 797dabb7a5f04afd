//! Times as people read them: "just now", "3 min ago", then "today 14:03", "yesterday 09:12",
//! "Nov 28 14:03" in local time — never raw timestamps.

use std::sync::OnceLock;
use std::time::Duration;

use time::{OffsetDateTime, UtcOffset};

use crate::t;

static LOCAL: OnceLock<UtcOffset> = OnceLock::new();

/// Learns the local time zone. Call while the process has one thread: the time crate refuses to
/// read it later (doing so is unsound where other threads may change the environment), and times
/// are then shown in UTC, marked so.
pub fn learn_local_offset() {
    if let Ok(offset) = UtcOffset::current_local_offset() {
        let _ = LOCAL.set(offset);
    }
}

/// How long ago, in the largest unit that says it.
pub fn ago(elapsed: Duration) -> String {
    let s = elapsed.as_secs();
    match s {
        0..5 => t!("wizard-when-now"),
        5..60 => t!("wizard-when-seconds", count = s),
        60..3600 => t!("wizard-when-minutes", count = s / 60),
        3600..86_400 => t!("wizard-when-hours", count = s / 3600),
        _ => t!("wizard-when-days", count = s / 86_400),
    }
}

/// An RFC 3339 time as people say it, against `now`: how long ago within the hour, else the local
/// day and time (the text itself when it does not parse).
pub fn ago_rfc3339(when: &str, now: OffsetDateTime) -> String {
    let Ok(t) = OffsetDateTime::parse(when, &time::format_description::well_known::Rfc3339) else {
        return when.to_owned();
    };
    let elapsed = Duration::try_from(now - t).unwrap_or_default();
    if elapsed < Duration::from_secs(3600) {
        return ago(elapsed);
    }
    let (t, now, zone) = match LOCAL.get() {
        Some(offset) => (t.to_offset(*offset), now.to_offset(*offset), ""),
        None => (t, now, " UTC"),
    };
    let clock = format!("{:02}:{:02}{zone}", t.hour(), t.minute());
    if t.date() == now.date() {
        t!("wizard-when-today", clock = clock)
    } else if t.date().next_day() == Some(now.date()) {
        t!("wizard-when-yesterday", clock = clock)
    } else {
        t!("wizard-when-date", month = u8::from(t.month()), day = t.day(), clock = clock)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_read_as_words() {
        assert_eq!(ago(Duration::from_secs(2)), "just now");
        assert_eq!(ago(Duration::from_secs(42)), "42 s ago");
        assert_eq!(ago(Duration::from_secs(190)), "3 min ago");
        assert_eq!(ago(Duration::from_secs(90_000)), "1 day ago");
        let now = time::macros::datetime!(2026-12-01 14:03 UTC);
        assert_eq!(ago_rfc3339("2026-12-01T13:58:00Z", now), "5 min ago");
        assert_eq!(ago_rfc3339("2026-12-01T14:05:00Z", now), "just now", "a clock a bit ahead is not negative");
        // Unit tests run threaded, so the zone is UTC, and said.
        assert_eq!(ago_rfc3339("2026-12-01T09:07:00.123456789Z", now), "today 09:07 UTC");
        assert_eq!(ago_rfc3339("2026-11-30T23:59:00Z", now), "yesterday 23:59 UTC");
        assert_eq!(ago_rfc3339("2026-11-28T14:03:00Z", now), "Nov 28 14:03 UTC");
    }

    #[test]
    fn ages_read_as_words_in_chinese() {
        crate::i18n::set_thread(crate::i18n::Lang::Zh);
        assert_eq!(ago(Duration::from_secs(190)), "3 分钟前");
        let now = time::macros::datetime!(2026-12-01 14:03 UTC);
        assert_eq!(ago_rfc3339("2026-11-30T23:59:00Z", now), "昨天 23:59 UTC");
        assert_eq!(ago_rfc3339("2026-11-28T14:03:00Z", now), "11月28日 14:03 UTC");
    }
}
