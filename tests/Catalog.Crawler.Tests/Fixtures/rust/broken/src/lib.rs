#[tool_router]
impl Server {
    #[tool(description = "Before the damage")]
    fn fine(&self, Parameters(req): Parameters<Missing>) -> String { String::new() }

    #[tool(description = "Unclosed attribute"
    fn broken(&self) {}

    #[tool(description = "After the damage")]
    fn after(&self) -> String {
        let s = "unterminated
