//! The route table, built from the specs: each API's create route (its method and path; RPC APIs by
//! action and version on `/`) and its read routes from `x-sandbox.reads`, and matching a request.

use super::reads::Read;
use crate::request::scalar_text;
use crate::spec::{Spec, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Create,
    /// A status, list or describe call: the index of its entry in `x-sandbox.reads`.
    Poll(usize),
}

impl Kind {
    /// The name `serve --fail-rate ROUTE=…` and the route list use; every read is a poll there.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Create => "create",
            Kind::Poll(_) => "poll",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Literal(String),
    Param(String),
}

#[derive(Debug, Clone)]
pub struct Route {
    /// Index of the API (the spec's index in the catalog).
    pub api: usize,
    pub kind: Kind,
    pub method: String,
    pub path: String,
    segments: Vec<Segment>,
    /// For RPC routes: the action and version that pick this route among those on the same path.
    pub action: Option<(String, String)>,
}

impl Route {
    /// `POST /clusters`, or `POST / with Action=GetCluster and Version=2024-07-30` for RPC.
    pub fn label(&self) -> String {
        match &self.action {
            Some((a, v)) => format!("{} {} with Action={a} and Version={v}", self.method, self.path),
            None => format!("{} {}", self.method, self.path),
        }
    }
}

fn segments(path: &str) -> Vec<Segment> {
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(|s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) => Segment::Param(name.to_owned()),
            None => Segment::Literal(s.to_owned()),
        })
        .collect()
}

fn route(api: usize, kind: Kind, method: &str, path: &str, action: Option<(String, String)>) -> Route {
    Route { api, kind, method: method.to_uppercase(), path: path.to_owned(), segments: segments(path), action }
}

/// The routes of one API.
pub fn routes_of(index: usize, spec: &Spec, reads: &[Read]) -> Vec<Route> {
    let create_action = (spec.style == Style::Rpc).then(|| spec.acs()).flatten();
    let mut out =
        vec![route(index, Kind::Create, &spec.method, &spec.path, create_action.map(|(a, v)| (a.into(), v.into())))];
    for (n, read) in reads.iter().enumerate() {
        let poll = &read.request;
        // An RPC read names its action in the query template; an ROA read is known by its path.
        let fixed = |key: &str| poll.query.get(key).map(scalar_text).filter(|v| !v.contains('{'));
        let action = fixed("Action").map(|a| (a, fixed("Version").unwrap_or_default()));
        out.push(route(index, Kind::Poll(n), &poll.method, &poll.path, action));
    }
    out
}

/// The outcome of looking a request up.
#[derive(Debug)]
pub enum Lookup<'a> {
    Found {
        route: &'a Route,
        params: Vec<(String, String)>,
    },
    /// The path exists, with other methods (or other actions).
    Mismatch(String),
    NotFound,
}

/// Finds the route for `method` on `path` (segments already percent-decoded) with the request's RPC
/// action and version, when it sent any.
pub fn find<'a>(routes: &'a [Route], method: &str, path: &[String], action: Option<(&str, &str)>) -> Lookup<'a> {
    let mut near = Vec::new();
    for r in routes {
        let Some(params) = match_path(&r.segments, path) else { continue };
        let action_fits = match (&r.action, action) {
            (None, _) => true,
            (Some((a, v)), Some((got_a, got_v))) => a == got_a && (v.is_empty() || v == got_v),
            (Some(_), None) => false,
        };
        if r.method.eq_ignore_ascii_case(method) && action_fits {
            return Lookup::Found { route: r, params };
        }
        near.push(r.label());
    }
    if near.is_empty() { Lookup::NotFound } else { Lookup::Mismatch(near.join("; ")) }
}

fn match_path(pattern: &[Segment], path: &[String]) -> Option<Vec<(String, String)>> {
    if pattern.len() != path.len() {
        return None;
    }
    let mut params = Vec::new();
    for (seg, got) in pattern.iter().zip(path) {
        match seg {
            Segment::Literal(lit) if lit == got => {}
            Segment::Literal(_) => return None,
            Segment::Param(_) if got.is_empty() => return None,
            Segment::Param(name) => params.push((name.clone(), got.clone())),
        }
    }
    Some(params)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Catalog;

    fn table() -> Vec<Route> {
        let catalog = Catalog::embedded().expect("specs");
        catalog
            .specs()
            .iter()
            .enumerate()
            .flat_map(|(i, s)| {
                let block = s.operation.pointer("/x-sandbox/reads").cloned().unwrap_or_default();
                routes_of(i, s, &serde_json::from_value::<Vec<Read>>(block).expect("reads"))
            })
            .collect()
    }

    fn path(p: &str) -> Vec<String> {
        p.split('/').filter(|s| !s.is_empty()).map(str::to_owned).collect()
    }

    /// The client polls `x-progress.request`; the sandbox must have a read that answers it.
    #[test]
    fn every_progress_poll_is_answered_by_a_read() {
        let routes = table();
        for spec in Catalog::embedded().expect("specs").specs() {
            let progress = crate::jobs::Progress::of(spec).expect("progress");
            let Some(poll) = progress.request else { continue };
            let filled = path(&super::super::template::fill_text(&poll.path, |_| Some("x".to_owned())));
            let text = |k: &str| poll.query.get(k).map(scalar_text);
            let (action, version) = (text("Action"), text("Version"));
            let found = find(&routes, &poll.method, &filled, action.as_deref().zip(version.as_deref()));
            assert!(matches!(found, Lookup::Found { route, .. } if route.kind != Kind::Create), "{}", spec.id);
        }
    }

    #[test]
    fn paths_methods_and_actions_pick_one_route() {
        let routes = table();
        let Lookup::Found { route, params } = find(&routes, "GET", &path("/v1/p1/jobs/j1"), None) else {
            panic!("the Huawei job route")
        };
        assert_eq!(route.kind, Kind::Poll(0));
        assert_eq!(params, vec![("project_id".to_owned(), "p1".to_owned()), ("id".to_owned(), "j1".to_owned())]);
        let rpc = |action, version| find(&routes, "POST", &[], Some((action, version)));
        assert!(
            matches!(rpc("CreateHpcCluster", "2014-05-26"), Lookup::Found { route, .. } if route.kind == Kind::Create)
        );
        assert!(matches!(rpc("GetCluster", "2024-07-30"), Lookup::Found { route, .. } if route.kind == Kind::Poll(0)));
        assert!(
            matches!(rpc("ListClusters", "2024-07-30"), Lookup::Found { route, .. } if route.kind == Kind::Poll(1))
        );
        assert!(matches!(rpc("DescribeHpcClusters", "2014-05-26"), Lookup::Found { .. }));
        assert!(matches!(find(&routes, "GET", &path("/v1/p1/cloudservers/s1"), None), Lookup::Found { .. }));
        assert!(matches!(find(&routes, "GET", &path("/clusters"), None), Lookup::Found { .. }));
        assert!(matches!(rpc("CreateCluster", "2099-01-01"), Lookup::Mismatch(m) if m.contains("Version=2024-07-30")));
        assert!(matches!(find(&routes, "DELETE", &path("/clusters"), None), Lookup::Mismatch(_)));
        assert!(matches!(find(&routes, "GET", &path("/nope"), None), Lookup::NotFound));
        assert!(matches!(find(&routes, "GET", &path("/clusters/cls-1"), None), Lookup::Found { .. }));
    }
}
