//! The sandbox's settings, as `serve` takes them: state speed, fault injection and quotas, each either
//! global or scoped to a route (`ROUTE=VALUE`), where state persists, and the key pair signatures
//! are checked against.

use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use crate::http::credentials::Credentials;

/// A setting for every route, or for the routes a selector names: an API id (its create and poll
/// routes), `<api-id>:create` / `<api-id>:poll`, or `create` / `poll` (that route of every API).
#[derive(Debug, Clone, PartialEq)]
pub struct Scoped<T> {
    pub route: Option<String>,
    pub value: T,
}

impl<T: FromStr<Err: std::fmt::Display>> FromStr for Scoped<T> {
    type Err = String;

    fn from_str(text: &str) -> Result<Scoped<T>, String> {
        let value = |v: &str| v.trim().parse::<T>().map_err(|e| format!("{v:?}: {e}"));
        match text.rsplit_once('=') {
            Some((route, v)) if !route.trim().is_empty() => {
                Ok(Scoped { route: Some(route.trim().to_owned()), value: value(v)? })
            }
            Some(_) => Err(crate::t!("cli-serve-empty-route", text = format!("{text:?}"))),
            None => Ok(Scoped { route: None, value: value(text)? }),
        }
    }
}

impl<T> Scoped<T> {
    /// Whether this setting covers the `kind` route (`create` or `poll`) of `api`.
    pub fn applies(&self, api: &str, kind: &str) -> bool {
        let Some(route) = &self.route else { return true };
        let (selected_api, selected_kind) = match route.rsplit_once(':') {
            Some((a, k)) => (Some(a), Some(k)),
            None if route.eq_ignore_ascii_case(kind) => (None, Some(kind)),
            None => (Some(route.as_str()), None),
        };
        selected_api.is_none_or(|a| a.eq_ignore_ascii_case(api))
            && selected_kind.is_none_or(|k| k.eq_ignore_ascii_case(kind))
    }
}

/// Checks that every scoped setting of `option` names at least one of `routes` (`(api, kind)`).
pub fn check_routes<T>(option: &str, settings: &[Scoped<T>], routes: &[(String, &str)]) -> Result<(), String> {
    for setting in settings {
        if !routes.iter().any(|(api, kind)| setting.applies(api, kind)) {
            let known: Vec<String> = routes.iter().map(|(api, kind)| format!("{api}:{kind}")).collect();
            let route = format!("{:?}", setting.route.as_deref().unwrap_or_default());
            let routes = known.join(", ");
            return Err(crate::t!("cli-serve-no-route", option = option, route = route, routes = routes));
        }
    }
    Ok(())
}

/// A share of requests, from 0 to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate(pub f64);

impl FromStr for Rate {
    type Err = String;

    fn from_str(text: &str) -> Result<Rate, String> {
        let (number, scale) = match text.strip_suffix('%') {
            Some(n) => (n, 100.0),
            None => (text, 1.0),
        };
        match number.trim().parse::<f64>() {
            Ok(v) if (0.0..=scale).contains(&v) => Ok(Rate(v / scale)),
            _ => Err(crate::t!("cli-serve-bad-rate")),
        }
    }
}

/// A delay: milliseconds (`250`, `250ms`) or seconds (`1.5s`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Delay(pub Duration);

impl FromStr for Delay {
    type Err = String;

    fn from_str(text: &str) -> Result<Delay, String> {
        let bad = || crate::t!("cli-serve-bad-delay");
        let t = text.trim();
        let (number, millis_per_unit) = if let Some(ms) = t.strip_suffix("ms") {
            (ms, 1.0)
        } else if let Some(s) = t.strip_suffix('s') {
            (s, 1000.0)
        } else {
            (t, 1.0)
        };
        let ms = number.trim().parse::<f64>().map_err(|_| bad())? * millis_per_unit;
        if !(0.0..=600_000.0).contains(&ms) {
            return Err(bad());
        }
        Ok(Delay(Duration::from_secs_f64(ms / 1000.0)))
    }
}

/// Everything `serve` (or an embedding app) can set.
#[derive(Debug, Clone)]
pub struct Config {
    /// How fast created resources move through their states: 1 is one second per state, 10 is ten
    /// times faster.
    pub speed: f64,
    /// Answer with the API's `unavailable` error (a 5xx) instead of handling the request.
    pub fail_rate: Vec<Scoped<Rate>>,
    /// Wait before answering.
    pub latency: Vec<Scoped<Delay>>,
    /// Handle the request, then close the connection without answering (the lost-answer case that
    /// idempotency tokens exist for).
    pub drop: Vec<Scoped<Rate>>,
    /// Make created resources end in the failure state instead of success.
    pub job_fail_rate: Vec<Scoped<Rate>>,
    /// Replace the spec's quota limit (scoped by API id; unscoped applies to every API).
    pub quota: Vec<Scoped<u64>>,
    /// Keep state in this file (each change appended as one line) instead of only in memory.
    pub state_file: Option<PathBuf>,
    /// Check every request's signature against this key pair and refuse a mismatch with the API's
    /// signature error; `None` accepts any request, signed or not.
    pub verify: Option<Credentials>,
    /// Header and body read timeouts and the connection cap.
    pub connections: super::server::Connections,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            speed: 1.0,
            fail_rate: Vec::new(),
            latency: Vec::new(),
            drop: Vec::new(),
            job_fail_rate: Vec::new(),
            quota: Vec::new(),
            state_file: None,
            verify: None,
            connections: super::server::Connections::default(),
        }
    }
}

impl Config {
    /// How long one state lasts.
    pub fn step(&self) -> Duration {
        let speed = if self.speed.is_finite() && self.speed > 0.0 { self.speed } else { 1.0 };
        Duration::from_secs_f64((1.0 / speed).clamp(0.001, 3600.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scoped_values_parse_with_and_without_a_route() {
        let global: Scoped<Rate> = "0.25".parse().expect("rate");
        assert_eq!(global, Scoped { route: None, value: Rate(0.25) });
        let scoped: Scoped<Rate> = "aliyun.ecs.CreateHpcCluster:create=50%".parse().expect("rate");
        assert_eq!(scoped.route.as_deref(), Some("aliyun.ecs.CreateHpcCluster:create"));
        assert_eq!(scoped.value, Rate(0.5));
        assert!("1.5".parse::<Scoped<Rate>>().is_err());
        assert!("=0.5".parse::<Scoped<Rate>>().is_err());
        let delay: Scoped<Delay> = "poll=1.5s".parse().expect("delay");
        assert_eq!(delay.value, Delay(Duration::from_millis(1500)));
        assert_eq!("250".parse::<Delay>(), Ok(Delay(Duration::from_millis(250))));
        assert!("-3ms".parse::<Delay>().is_err() && "soon".parse::<Delay>().is_err());
    }

    #[test]
    fn selectors_name_apis_kinds_or_both() {
        let at = |route: &str| Scoped { route: Some(route.to_owned()), value: () };
        let api = "huaweicloud.ecs.CreateServers";
        assert!(Scoped { route: None, value: () }.applies(api, "poll"));
        assert!(at("HUAWEICLOUD.ecs.CreateServers").applies(api, "create"));
        assert!(at("poll").applies(api, "poll") && !at("poll").applies(api, "create"));
        assert!(at("huaweicloud.ecs.CreateServers:poll").applies(api, "poll"));
        assert!(!at("huaweicloud.ecs.CreateServers:poll").applies(api, "create"));
        assert!(!at("aliyun.ecs.CreateHpcCluster").applies(api, "create"));
        let routes = [(api.to_owned(), "create"), (api.to_owned(), "poll")];
        assert!(check_routes("--drop", &[at("create")], &routes).is_ok());
        let err = check_routes("--drop", &[at("nope")], &routes).expect_err("unknown");
        assert!(err.contains("huaweicloud.ecs.CreateServers:poll"), "{err}");
    }

    #[test]
    fn speed_sets_the_step() {
        let config = Config { speed: 4.0, ..Config::default() };
        assert_eq!(config.step(), Duration::from_millis(250));
        assert_eq!(Config { speed: f64::NAN, ..Config::default() }.step(), Duration::from_secs(1));
    }
}
