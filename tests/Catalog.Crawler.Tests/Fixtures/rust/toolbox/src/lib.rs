use rmcp::{tool, ServerHandler};

#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
pub struct MoveRequest {
    pub from: String,
    pub to: String,
}

#[derive(Clone)]
pub struct Files;

#[tool(tool_box)]
impl Files {
    #[tool(description = "Reads a file")]
    fn read(
        &self,
        #[tool(param)]
        #[schemars(description = "Path to read")]
        path: String,
        #[tool(param)] limit: Option<usize>,
        #[tool(param)]
        /// Encoding name
        encoding: String,
    ) -> String {
        String::new()
    }

    #[tool(description = "Moves a file")]
    fn r#move(&self, #[tool(aggr)] MoveRequest { from, to }: MoveRequest) -> String {
        String::new()
    }
}

#[tool(tool_box)]
impl ServerHandler for Files {}
