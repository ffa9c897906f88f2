use rmcp::{
    handler::server::{router::tool::ToolRouter, wrapper::Parameters},
    model::*,
    tool, tool_handler, tool_router, ErrorData as McpError, ServerHandler,
};

use crate::types::{SearchRequest, SumRequest};

#[derive(Clone)]
pub struct Calculator {
    tool_router: ToolRouter<Self>,
}

#[tool_router]
impl Calculator {
    pub fn new() -> Self {
        Self { tool_router: Self::tool_router() }
    }

    #[tool(description = "Calculate the sum of two numbers")]
    fn sum(&self, Parameters(SumRequest { a, b }): Parameters<SumRequest>) -> String {
        (a + b).to_string()
    }

    /// Searches the index.
    /// Returns the best matches first.
    #[tool(name = "search_index", annotations(title = "Search", read_only_hint = true, destructive_hint = false, open_world_hint = false))]
    pub async fn search(
        &self,
        Parameters(request): Parameters<SearchRequest>,
    ) -> Result<CallToolResult, McpError> {
        todo!()
    }

    #[tool(description = "Current time", annotations(idempotent_hint = true))]
    async fn now(&self) -> Result<CallToolResult, McpError> {
        let inner = |x: i32| x;
        todo!()
    }

    fn helper(&self) -> i32 {
        1
    }
}

#[tool_handler]
impl ServerHandler for Calculator {}
