//! `serve`: the sandbox on its own address, for curl or any client, until Ctrl-C.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::Failure;
use crate::http::credentials::Credentials;
use crate::profile;
use crate::sandbox::{Config, Connections, Delay, Rate, Sandbox, Scoped};
use crate::spec::Catalog;

// What each flag does is in cli.ftl (`cli-arg-serve-…`).
#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    #[arg(long)]
    addr: Option<SocketAddr>,
    #[arg(long, default_value_t = 1.0)]
    speed: f64,
    #[arg(long = "fail-rate", value_name = "[ROUTE=]RATE")]
    fail_rate: Vec<Scoped<Rate>>,
    #[arg(long, value_name = "[ROUTE=]DELAY")]
    latency: Vec<Scoped<Delay>>,
    #[arg(long, value_name = "[ROUTE=]RATE")]
    drop: Vec<Scoped<Rate>>,
    #[arg(long = "job-fail-rate", value_name = "[API=]RATE")]
    job_fail_rate: Vec<Scoped<Rate>>,
    #[arg(long, value_name = "[API=]LIMIT")]
    quota: Vec<Scoped<u64>>,
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
    #[arg(long)]
    verify_signatures: bool,
    #[arg(long, value_name = "ID", requires = "verify_signatures")]
    access_key_id: Option<String>,
    #[arg(long, value_name = "SECRET", requires = "verify_signatures")]
    access_key_secret: Option<String>,
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    header_timeout: u64,
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    body_timeout: u64,
    #[arg(long, value_name = "N", default_value_t = 256)]
    max_connections: usize,
}

/// Where `serve --verify-signatures` reads its key pair when the flags do not give it.
pub const KEY_ID_VAR: &str = "APIWIZARD_SANDBOX_AK";
pub const KEY_SECRET_VAR: &str = "APIWIZARD_SANDBOX_SK";

impl ServeArgs {
    /// The sandbox settings these arguments ask for.
    pub fn config(self) -> Result<Config, Failure> {
        if !(self.speed.is_finite() && self.speed > 0.0) {
            return Err(Failure::usage(crate::t!("cli-serve-bad-speed", speed = self.speed.to_string())));
        }
        let verify = self.verify_signatures.then(|| {
            let builtin = crate::profile::sandbox_credentials();
            let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
            Credentials::new(
                self.access_key_id.or_else(|| var(KEY_ID_VAR)).unwrap_or(builtin.access_key_id),
                self.access_key_secret
                    .or_else(|| var(KEY_SECRET_VAR))
                    .unwrap_or_else(|| builtin.secret.expose().to_owned()),
            )
        });
        Ok(Config {
            speed: self.speed,
            fail_rate: self.fail_rate,
            latency: self.latency,
            drop: self.drop,
            job_fail_rate: self.job_fail_rate,
            quota: self.quota,
            state_file: self.state,
            verify,
            connections: Connections {
                header_timeout: Duration::from_secs(self.header_timeout.max(1)),
                body_timeout: Duration::from_secs(self.body_timeout.max(1)),
                max: self.max_connections.max(1),
            },
        })
    }
}

/// Where the `sandbox` profile expects the sandbox: APIWIZARD_SANDBOX_URL, else the built-in address.
fn profile_addr() -> Result<SocketAddr, Failure> {
    let url = std::env::var(profile::SANDBOX_URL_VAR).unwrap_or_else(|_| profile::SANDBOX_DEFAULT_URL.to_owned());
    url.trim_start_matches("http://").trim_end_matches('/').parse().map_err(|_| {
        Failure::usage(crate::t!("cli-serve-bad-url", var = profile::SANDBOX_URL_VAR, url = format!("{url:?}")))
    })
}

pub fn run(catalog: Catalog, args: ServeArgs, out: &mut dyn Write) -> Result<u8, Failure> {
    let addr = match args.addr {
        Some(addr) => addr,
        None => profile_addr()?,
    };
    let config = args.config()?;
    let verify = config.verify.clone();
    let sandbox = Sandbox::new(Arc::new(catalog), &config).map_err(|e| Failure::usage(e.to_string()))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure { code: 1, message: crate::t!("cli-no-runtime", error = e.to_string()) })?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| {
            Failure::usage(crate::t!("cli-serve-cannot-listen", addr = addr.to_string(), error = e.to_string()))
        })?;
        let bound = listener.local_addr()?;
        writeln!(out, "{}", crate::t!("cli-serve-listening", url = format!("http://{bound}")))?;
        if let Some(key) = &verify {
            // The id only: the secret is never printed, even the sandbox's.
            writeln!(out, "{}", crate::t!("cli-serve-checking", key = key.access_key_id.as_str()))?;
        }
        for line in sandbox.describe_routes() {
            writeln!(out, "  {line}")?;
        }
        writeln!(out, "{}", crate::t!("cli-serve-stop"))?;
        out.flush()?;
        let stop = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        sandbox
            .serve(listener, stop)
            .await
            .map_err(|e| Failure { code: 1, message: crate::t!("cli-serve-stopped", error = e.to_string()) })?;
        Ok(0)
    })
}
