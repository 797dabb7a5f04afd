//! The accept loop: at most `Connections::max` connections at once (the rest wait in the listen
//! queue), each closed when its request headers take longer than `header_timeout` to arrive —
//! also while it sits idle between requests — so slow or silent clients cannot hold the sandbox.
//! A body slower than `body_timeout` is refused by the handler. Shutdown lets requests in flight end.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::sync::Semaphore;

/// How the sandbox bounds its connections (`serve --header-timeout/--body-timeout/--max-connections`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Connections {
    pub header_timeout: Duration,
    pub body_timeout: Duration,
    pub max: usize,
}

impl Default for Connections {
    fn default() -> Connections {
        Connections { header_timeout: Duration::from_secs(10), body_timeout: Duration::from_secs(30), max: 256 }
    }
}

/// How long requests in flight may take to finish once shutdown is asked for.
const DRAIN: Duration = Duration::from_secs(5);

pub async fn serve(
    listener: tokio::net::TcpListener,
    router: axum::Router,
    limits: Connections,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.max.max(1)));
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = slots.clone().acquire_owned() => permit.map_err(std::io::Error::other)?,
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // A connection that failed while queued (reset, or out of descriptors for a moment)
                // takes nothing else down.
                Err(_) => continue,
            },
            () = &mut shutdown => break,
        };
        let mut http = hyper::server::conn::http1::Builder::new();
        http.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout).keep_alive(true);
        let connection = http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(router.clone()));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(permit);
        });
    }
    let _ = tokio::time::timeout(DRAIN, graceful.shutdown()).await;
    Ok(())
}
