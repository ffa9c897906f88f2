use std::time::Duration;

use rmcp::{
    handler::server::{router::tool::ToolRouter, wrapper::Parameters},
    model::{CallToolResult, Content, ServerCapabilities, ServerInfo},
    schemars, tool, tool_handler, tool_router, ErrorData as McpError, ServerHandler,
};
use serde::Deserialize;
use sysinfo::{Pid, Signal, System};
use tokio::process::Command;

#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct RunCommandRequest {
    /// The command line to run.
    pub command: String,
    #[schemars(description = "Seconds before the command is killed")]
    pub timeout_secs: i64,
    /// Working directory; the server's current directory when omitted.
    pub cwd: Option<String>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct ReadFileRequest {
    /// Path of the file to read.
    pub path: String,
    #[schemars(description = "Stop after this many bytes")]
    pub max_bytes: Option<u64>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct WriteFileRequest {
    /// Path of the file to write.
    pub path: String,
    /// The full new content of the file.
    pub content: String,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct KillRequest {
    #[schemars(description = "Process id")]
    pub pid: u32,
    /// Signal name such as TERM, KILL or HUP.
    pub signal: Option<String>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct EnvRequest {
    /// Name of the variable, e.g. PATH.
    pub name: String,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct TailRequest {
    /// Path of the log file.
    pub path: String,
    #[schemars(description = "Number of lines from the end")]
    pub lines: Option<usize>,
}

#[derive(Clone)]
pub struct Shell {
    tool_router: ToolRouter<Self>,
}

fn text(s: impl Into<String>) -> Result<CallToolResult, McpError> {
    Ok(CallToolResult::success(vec![Content::text(s.into())]))
}

fn failed(e: impl std::fmt::Display) -> McpError {
    McpError::internal_error(e.to_string(), None)
}

#[tool_router]
impl Shell {
    pub fn new() -> Self {
        Self { tool_router: Self::tool_router() }
    }

    #[tool(description = "Run a shell command with /bin/sh -c on the host and return its exit code, stdout and stderr.")]
    async fn run_command(
        &self,
        Parameters(RunCommandRequest { command, timeout_secs, cwd }): Parameters<RunCommandRequest>,
    ) -> Result<CallToolResult, McpError> {
        let mut cmd = Command::new("/bin/sh");
        cmd.arg("-c").arg(&command).kill_on_drop(true);
        if let Some(dir) = cwd {
            cmd.current_dir(dir);
        }
        let limit = Duration::from_secs(timeout_secs.clamp(1, 3600) as u64);
        let output = tokio::time::timeout(limit, cmd.output())
            .await
            .map_err(|_| failed(format!("timed out after {}s", limit.as_secs())))?
            .map_err(failed)?;
        text(format!(
            "exit: {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ))
    }

    #[tool(
        description = "Read a UTF-8 text file and return its contents.",
        annotations(read_only_hint = true)
    )]
    async fn read_file(
        &self,
        Parameters(ReadFileRequest { path, max_bytes }): Parameters<ReadFileRequest>,
    ) -> Result<CallToolResult, McpError> {
        let mut data = tokio::fs::read(&path).await.map_err(failed)?;
        if let Some(max) = max_bytes {
            data.truncate(max as usize);
        }
        text(String::from_utf8_lossy(&data))
    }

    #[tool(description = "Create a file, or overwrite an existing one, with the given text.")]
    async fn write_file(
        &self,
        Parameters(WriteFileRequest { path, content }): Parameters<WriteFileRequest>,
    ) -> Result<CallToolResult, McpError> {
        tokio::fs::write(&path, content.as_bytes()).await.map_err(failed)?;
        text(format!("wrote {} bytes to {}", content.len(), path))
    }

    #[tool(
        description = "List running processes with their pid, user, CPU and memory use.",
        annotations(read_only_hint = true, open_world_hint = false)
    )]
    async fn list_processes(&self) -> Result<CallToolResult, McpError> {
        let sys = System::new_all();
        let mut rows: Vec<String> = sys
            .processes()
            .iter()
            .map(|(pid, p)| format!("{pid}\t{:.1}%\t{} KiB\t{}", p.cpu_usage(), p.memory() / 1024, p.name().to_string_lossy()))
            .collect();
        rows.sort();
        text(rows.join("\n"))
    }

    #[tool(
        description = "Send a signal to a process (SIGTERM unless another signal is given).",
        annotations(destructive_hint = true)
    )]
    async fn kill_process(
        &self,
        Parameters(KillRequest { pid, signal }): Parameters<KillRequest>,
    ) -> Result<CallToolResult, McpError> {
        let sig = match signal.as_deref().unwrap_or("TERM") {
            "KILL" => Signal::Kill,
            "HUP" => Signal::Hangup,
            "INT" => Signal::Interrupt,
            _ => Signal::Term,
        };
        let sys = System::new_all();
        let process = sys.process(Pid::from_u32(pid)).ok_or_else(|| failed(format!("no process {pid}")))?;
        match process.kill_with(sig) {
            Some(true) => text(format!("sent {sig:?} to {pid}")),
            _ => Err(failed(format!("could not signal {pid}"))),
        }
    }

    #[tool(description = "Read an environment variable of the server process; this can include tokens and passwords.")]
    async fn get_env(
        &self,
        Parameters(EnvRequest { name }): Parameters<EnvRequest>,
    ) -> Result<CallToolResult, McpError> {
        text(std::env::var(&name).unwrap_or_default())
    }

    #[tool(name = "tail_log", description = "Return the last lines of a log file.")]
    async fn tail(
        &self,
        Parameters(TailRequest { path, lines }): Parameters<TailRequest>,
    ) -> Result<CallToolResult, McpError> {
        let content = tokio::fs::read_to_string(&path).await.map_err(failed)?;
        let all: Vec<&str> = content.lines().collect();
        let n = lines.unwrap_or(100).min(all.len());
        text(all[all.len() - n..].join("\n"))
    }
}

#[tool_handler]
impl ServerHandler for Shell {
    fn get_info(&self) -> ServerInfo {
        ServerInfo {
            instructions: Some("Shell, file and process access on the host machine.".into()),
            capabilities: ServerCapabilities::builder().enable_tools().build(),
            ..Default::default()
        }
    }
}
