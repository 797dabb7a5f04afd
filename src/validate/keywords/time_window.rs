//! `x-time-window`: an ISO 8601 UTC time that must lie a minimum and a maximum distance from now.

use serde::Deserialize;
use time::{Duration, OffsetDateTime, format_description::well_known::Rfc3339};

use super::StringRule;

#[derive(Deserialize)]
pub struct TimeWindow {
    #[serde(default)]
    min_minutes_ahead: i64,
    #[serde(default)]
    max_days_ahead: Option<i64>,
}

impl TimeWindow {
    fn check_at(&self, text: &str, now: OffsetDateTime) -> Option<String> {
        let Ok(when) = OffsetDateTime::parse(text, &Rfc3339) else {
            return Some(crate::t!("engine-time-not-iso"));
        };
        if when < now + Duration::minutes(self.min_minutes_ahead) {
            return Some(crate::t!("engine-time-too-soon", minutes = self.min_minutes_ahead));
        }
        match self.max_days_ahead {
            Some(days) if when > now + Duration::days(days) => Some(crate::t!("engine-time-too-late", days = days)),
            _ => None,
        }
    }
}

impl StringRule for TimeWindow {
    fn check(&self, text: &str) -> Option<String> {
        self.check_at(text, OffsetDateTime::now_utc())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn window_edges() {
        let rule = TimeWindow { min_minutes_ahead: 30, max_days_ahead: Some(1095) };
        let now = datetime!(2026-01-01 00:00:00 UTC);
        assert!(rule.check_at("2026-01-01T00:30:00Z", now).is_none());
        assert!(rule.check_at("2026-01-01T00:29:00Z", now).is_some_and(|m| m.contains("30 minutes")));
        assert!(rule.check_at("2028-12-31T00:00:00Z", now).is_none());
        assert!(rule.check_at("2029-01-02T00:00:00Z", now).is_some_and(|m| m.contains("1095 days")));
        assert!(rule.check_at("tomorrow", now).is_some());
    }
}
