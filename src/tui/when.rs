//! Times as people read them: "just now", "3 min ago", "yesterday", and a date only when it is
//! older than that — never raw timestamps.

use std::time::Duration;

/// How long ago, in the largest unit that says it.
pub fn ago(elapsed: Duration) -> String {
    let s = elapsed.as_secs();
    match s {
        0..5 => "just now".to_owned(),
        5..60 => format!("{s} s ago"),
        60..3600 => format!("{} min ago", s / 60),
        3600..86_400 => format!("{} h ago", s / 3600),
        86_400..172_800 => "yesterday".to_owned(),
        _ => format!("{} days ago", s / 86_400),
    }
}

/// How long ago an RFC 3339 time was, against `now` (the text itself when it does not parse).
pub fn ago_rfc3339(when: &str, now: time::OffsetDateTime) -> String {
    match time::OffsetDateTime::parse(when, &time::format_description::well_known::Rfc3339) {
        Ok(t) => ago(Duration::try_from(now - t).unwrap_or_default()),
        Err(_) => when.to_owned(),
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
        assert_eq!(ago(Duration::from_secs(90_000)), "yesterday");
        let now = time::macros::datetime!(2026-12-01 14:03 UTC);
        assert_eq!(ago_rfc3339("2026-12-01T13:58:00Z", now), "5 min ago");
        assert_eq!(ago_rfc3339("2026-12-01T14:05:00Z", now), "just now", "a clock a bit ahead is not negative");
    }
}
