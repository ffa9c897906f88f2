use rmcp::tool_router;

const DELETE_DESCRIPTION: &str = "Deletes a record. ";
pub const DELETE_NAME: &'static str = "delete_record";

#[tool_router(router = records_router)]
impl Records {
    #[tool(name = DELETE_NAME, description = concat!("Deletes a record. ", "Cannot be undone."), annotations(destructive_hint = true))]
    fn delete(&self) -> String { String::new() }

    #[tool(description = r#"Runs a "raw" query.
Use with care."#)]
    fn query(&self) -> String { String::new() }

    #[tool(description = DELETE_DESCRIPTION)]
    fn purge(&self) -> String { String::new() }

    #[tool(description = format!("computed {}", 1))]
    fn computed(&self) -> String { String::new() }
}
