//! When a failed attempt is sent again, and how long to wait first. Pure, so the rules are tested
//! without a network.

use std::time::Duration;

/// How many attempts a request gets and the backoff between them (doubling, capped).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub attempts: u32,
    pub first_delay: Duration,
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> RetryPolicy {
        RetryPolicy { attempts: 4, first_delay: Duration::from_millis(250), max_delay: Duration::from_secs(4) }
    }
}

/// Whether sending a request twice is harmless.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replay {
    /// It carries an idempotency token (or only reads): the server answers a repeat with the first
    /// result, so any failure may be retried.
    Safe,
    /// Nothing stops a repeat from creating twice: retry only when the request never left.
    OnlyUnsent,
}

/// Why one attempt did not give a final answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// No connection was made, so the server never saw the request.
    Unsent(String),
    /// The request may have reached the server: a timeout, a dropped connection, a broken answer.
    Lost(String),
    /// The server answered with a 5xx status.
    ServerError(u16),
}

impl Trouble {
    pub fn describe(&self) -> String {
        match self {
            Trouble::Unsent(why) => crate::t!("cli-trouble-unsent", reason = why.as_str()),
            Trouble::Lost(why) => crate::t!("cli-trouble-lost", reason = why.as_str()),
            Trouble::ServerError(status) => crate::t!("cli-server-answered", status = *status),
        }
    }
}

impl RetryPolicy {
    /// The wait before attempt `next` (2 is the first retry), or `None` when it must not be made.
    pub fn next_delay(&self, next: u32, trouble: &Trouble, replay: Replay) -> Option<Duration> {
        let allowed = match trouble {
            Trouble::Unsent(_) => true,
            Trouble::Lost(_) | Trouble::ServerError(_) => replay == Replay::Safe,
        };
        if !allowed || next > self.attempts || next < 2 {
            return None;
        }
        let doublings = (next - 2).min(16);
        Some(self.first_delay.saturating_mul(1 << doublings).min(self.max_delay))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap_and_stops_after_the_last_attempt() {
        let policy =
            RetryPolicy { attempts: 6, first_delay: Duration::from_millis(100), max_delay: Duration::from_millis(300) };
        let lost = Trouble::Lost("reset".into());
        let delays: Vec<_> = (2..=7).map(|n| policy.next_delay(n, &lost, Replay::Safe)).collect();
        let ms = |m| Some(Duration::from_millis(m));
        assert_eq!(delays, vec![ms(100), ms(200), ms(300), ms(300), ms(300), None]);
    }

    #[test]
    fn a_request_without_a_token_is_resent_only_when_it_never_left() {
        let policy = RetryPolicy::default();
        assert!(policy.next_delay(2, &Trouble::Unsent("refused".into()), Replay::OnlyUnsent).is_some());
        assert!(policy.next_delay(2, &Trouble::Lost("timeout".into()), Replay::OnlyUnsent).is_none());
        assert!(policy.next_delay(2, &Trouble::ServerError(503), Replay::OnlyUnsent).is_none());
        assert!(policy.next_delay(2, &Trouble::ServerError(503), Replay::Safe).is_some());
    }
}
