use anyhow::Result;
use rmcp::{transport::stdio, ServiceExt};
use tracing_subscriber::EnvFilter;

mod shell;

#[tokio::main]
async fn main() -> Result<()> {
    // Logs go to stderr: stdout carries the protocol.
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::from_default_env())
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .init();

    let service = shell::Shell::new().serve(stdio()).await?;
    service.waiting().await?;
    Ok(())
}
