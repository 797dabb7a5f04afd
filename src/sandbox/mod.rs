//! The embedded sandbox: one axum server that answers the five APIs as the real ones do — same
//! routes, the same validation engine, documented success and error shapes, idempotency, quotas,
//! resources that move through their states, and injected faults — all driven by the specs.

mod api;
mod config;
mod create;
mod dispatch;
mod errors;
mod faults;
mod progress;
mod reads;
mod routes;
mod server;
mod signature;
mod state;
pub mod template;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

pub use config::{Config, Delay, Rate, Scoped};
pub use errors::SandboxError;
pub use progress::Lifecycle;
pub use server::Connections;
pub use signature::SKEW_PREFIX;

use api::Api;
use faults::Faults;
use routes::Route;
use state::Store;

use crate::http::credentials::Credentials;
use crate::spec::{Catalog, Spec};

/// Everything a request handler reads, shared by all connections.
pub(crate) struct App {
    catalog: Arc<Catalog>,
    apis: Vec<Api>,
    routes: Vec<Route>,
    store: Arc<Store>,
    faults: Faults,
    step: Duration,
    /// The key pair every request must be signed with (`serve --verify-signatures`).
    verify: Option<Credentials>,
    connections: Connections,
}

impl App {
    fn spec(&self, api: &Api) -> &Spec {
        &self.catalog.specs()[api.index]
    }
}

/// A sandbox ready to serve: cheap to clone, so a test or the TUI can keep one to inspect.
#[derive(Clone)]
pub struct Sandbox {
    app: Arc<App>,
}

impl Sandbox {
    /// Reads every spec's sandbox blocks and checks the configuration against the routes.
    pub fn new(catalog: Arc<Catalog>, config: &Config) -> Result<Sandbox, SandboxError> {
        let mut apis = Vec::new();
        let mut routes = Vec::new();
        for (index, spec) in catalog.specs().iter().enumerate() {
            let api = Api::new(index, spec, config)?;
            routes.extend(routes::routes_of(index, spec, &api.sandbox.reads));
            apis.push(api);
        }
        let names: Vec<(String, &str)> = routes.iter().map(|r| (apis[r.api].id.clone(), r.kind.as_str())).collect();
        let with_quota: Vec<(String, &str)> =
            apis.iter().filter(|a| a.quota.is_some()).map(|a| (a.id.clone(), "create")).collect();
        let checks = [
            config::check_routes("--fail-rate", &config.fail_rate, &names),
            config::check_routes("--latency", &config.latency, &names),
            config::check_routes("--drop", &config.drop, &names),
            config::check_routes("--job-fail-rate", &config.job_fail_rate, &names),
            config::check_routes("--quota", &config.quota, &with_quota),
        ];
        checks.into_iter().collect::<Result<(), String>>().map_err(SandboxError::Config)?;
        let store = match &config.state_file {
            Some(path) => Store::open(path).map_err(SandboxError::State)?,
            None => Store::in_memory(),
        };
        let app = App {
            catalog,
            apis,
            routes,
            store: Arc::new(store),
            faults: Faults::new(config),
            step: config.step(),
            verify: config.verify.clone(),
            connections: config.connections,
        };
        Ok(Sandbox { app: Arc::new(app) })
    }

    pub fn router(&self) -> axum::Router {
        axum::Router::new().fallback(dispatch::handle).with_state(self.app.clone())
    }

    /// One line per route: method, path (and RPC action), API id and whether it creates or polls.
    pub fn describe_routes(&self) -> Vec<String> {
        self.app
            .routes
            .iter()
            .map(|r| format!("{}  {} ({})", r.label(), self.app.apis[r.api].id, r.kind.as_str()))
            .collect()
    }

    /// How many resources (clusters, instances, jobs) have been created through `api`.
    pub fn created(&self, api: &str) -> usize {
        self.app.store.count(api)
    }

    /// Serves on `listener` until `shutdown` completes.
    pub async fn serve(
        &self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        server::serve(listener, self.router(), self.app.connections, shutdown).await
    }
}

/// A sandbox serving on its own thread and tokio runtime, for callers that are not async (the TUI).
/// Dropping it stops the server.
pub struct Background {
    sandbox: Sandbox,
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Background {
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`, the endpoint to submit to.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn sandbox(&self) -> &Sandbox {
        &self.sandbox
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Starts a sandbox on `addr` (`127.0.0.1:0` picks a free port) in the background and returns once
/// it is listening, with the bound address.
pub fn start(catalog: Arc<Catalog>, config: &Config, addr: SocketAddr) -> Result<Background, SandboxError> {
    let sandbox = Sandbox::new(catalog, config)?;
    let bind_error = |e: std::io::Error| SandboxError::Bind { addr: addr.to_string(), reason: e.to_string() };
    let listener = std::net::TcpListener::bind(addr).map_err(bind_error)?;
    listener.set_nonblocking(true).map_err(bind_error)?;
    let bound = listener.local_addr().map_err(bind_error)?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(bind_error)?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = sandbox.clone();
    let thread = std::thread::Builder::new()
        .name("apiwizard-sandbox".into())
        .spawn(move || {
            runtime.block_on(async move {
                // Within the runtime: tokio's listener must be created where its reactor runs.
                if let Ok(listener) = tokio::net::TcpListener::from_std(listener) {
                    let _ = server
                        .serve(listener, async move {
                            let _ = stopped.await;
                        })
                        .await;
                }
            });
        })
        .map_err(bind_error)?;
    Ok(Background { sandbox, addr: bound, stop: Some(stop), thread: Some(thread) })
}
