// Not an rmcp file: another crate's Tool type with the same constructor.
use toolbox::Tool;

pub fn hammer() -> Tool {
    Tool::new("hammer", "A hammer, not an MCP tool.", 3)
}
