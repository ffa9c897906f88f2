#[tool_router]
impl Server {
    // #[tool(description = "line comment")]
    // fn old(&self) {}

    /* outer /* nested
    #[tool(description = "nested block comment")]
    fn nested(&self) {}
    */ still comment
    #[tool(description = "still in the comment")]
    fn still(&self) {}
    */

    /// Mentions #[tool(description = "in a doc comment")] fn docs() {}
    #[tool(description = "The real tool")]
    fn real(&self) -> &'static str {
        "#[tool(description = \"in a string\")] fn fake(&self) {}"
    }

    fn raw(&self) -> &'static str {
        r##"#[tool(description = "in a raw string")] fn fake2(&self) {}"##
    }
}

impl NotARouter {
    #[tool(description = "Not in a tool router impl")]
    fn outside(&self) {}
}

#[tool(description = "A free function")]
fn free_function() {}
