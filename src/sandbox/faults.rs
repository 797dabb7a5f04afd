//! Fault injection: which requests wait, fail with a 5xx, or lose their answer, and which created
//! resources end in failure. Rates are spread evenly and deterministically — 0.25 hits the 1st, 5th,
//! 9th… request a rule sees — so demos and tests behave the same on every run.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::config::{Config, Scoped};

struct Rule<T> {
    scope: Scoped<T>,
    seen: AtomicU64,
}

impl<T: Copy> Rule<T> {
    fn new(scope: &Scoped<T>) -> Rule<T> {
        Rule { scope: scope.clone(), seen: AtomicU64::new(0) }
    }
}

impl Rule<f64> {
    /// Counts one request and says whether it is hit: the n-th request (from 0) is hit when
    /// ceil((n+1)·rate) passes ceil(n·rate), computed in millionths so rounding never drifts.
    fn hit(&self) -> bool {
        let rate = (self.scope.value.clamp(0.0, 1.0) * 1e6).round() as u128;
        let n = u128::from(self.seen.fetch_add(1, Ordering::Relaxed));
        ((n + 1) * rate).div_ceil(1_000_000) > (n * rate).div_ceil(1_000_000)
    }
}

/// What to do to one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Decision {
    pub latency: Duration,
    pub fail: bool,
    pub drop: bool,
}

pub struct Faults {
    fail: Vec<Rule<f64>>,
    latency: Vec<Rule<Duration>>,
    drop: Vec<Rule<f64>>,
    job_fail: Vec<Rule<f64>>,
}

fn rules<T: Copy, U: Copy>(list: &[Scoped<T>], value: impl Fn(T) -> U) -> Vec<Rule<U>> {
    list.iter().map(|s| Rule::new(&Scoped { route: s.route.clone(), value: value(s.value) })).collect()
}

impl Faults {
    pub fn new(config: &Config) -> Faults {
        Faults {
            fail: rules(&config.fail_rate, |r| r.0),
            latency: rules(&config.latency, |d| d.0),
            drop: rules(&config.drop, |r| r.0),
            job_fail: rules(&config.job_fail_rate, |r| r.0),
        }
    }

    /// Decides the faults for one request to the `kind` route of `api`; every matching rule counts it.
    pub fn decide(&self, api: &str, kind: &str) -> Decision {
        let any_hit =
            |list: &[Rule<f64>]| list.iter().filter(|r| r.scope.applies(api, kind)).fold(false, |hit, r| r.hit() | hit);
        Decision {
            latency: self
                .latency
                .iter()
                .filter(|r| r.scope.applies(api, kind))
                .map(|r| r.scope.value)
                .max()
                .unwrap_or_default(),
            fail: any_hit(&self.fail),
            drop: any_hit(&self.drop),
        }
    }

    /// Whether the next resource created through `api` is to end in its failure state.
    pub fn job_fails(&self, api: &str) -> bool {
        self.job_fail.iter().filter(|r| r.scope.applies(api, "create")).fold(false, |hit, r| r.hit() | hit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::config::{Delay, Rate};

    fn pattern(rate: f64, n: usize) -> String {
        let config = Config { fail_rate: vec![Scoped { route: None, value: Rate(rate) }], ..Config::default() };
        let faults = Faults::new(&config);
        (0..n).map(|_| if faults.decide("a", "create").fail { 'x' } else { '.' }).collect()
    }

    #[test]
    fn rates_spread_evenly_from_the_first_request() {
        assert_eq!(pattern(0.0, 6), "......");
        assert_eq!(pattern(1.0, 6), "xxxxxx");
        assert_eq!(pattern(0.5, 6), "x.x.x.");
        assert_eq!(pattern(0.25, 8), "x...x...");
        assert_eq!(pattern(0.1, 100).matches('x').count(), 10);
        assert_eq!(pattern(0.3, 1000).matches('x').count(), 300);
    }

    #[test]
    fn scoped_rules_touch_only_their_routes() {
        let config = Config {
            drop: vec![Scoped { route: Some("b:create".into()), value: Rate(1.0) }],
            latency: vec![
                Scoped { route: None, value: Delay(Duration::from_millis(5)) },
                Scoped { route: Some("poll".into()), value: Delay(Duration::from_millis(50)) },
            ],
            job_fail_rate: vec![Scoped { route: Some("b".into()), value: Rate(1.0) }],
            ..Config::default()
        };
        let faults = Faults::new(&config);
        assert_eq!(faults.decide("a", "create"), Decision { latency: Duration::from_millis(5), ..Decision::default() });
        assert!(faults.decide("b", "create").drop);
        assert_eq!(faults.decide("b", "poll").latency, Duration::from_millis(50));
        assert!(faults.job_fails("b") && !faults.job_fails("a"));
    }
}
