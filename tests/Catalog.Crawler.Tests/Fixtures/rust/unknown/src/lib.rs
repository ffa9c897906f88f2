#[tool_router]
impl Server {
    #[tool(description = "Struct from another crate")]
    fn external(&self, Parameters(args): Parameters<other_crate::Args>) -> String { String::new() }

    #[tool(description = "Free-form object")]
    fn object(&self, Parameters(args): Parameters<serde_json::Map<String, serde_json::Value>>) -> String { String::new() }

    #[tool(description = "Context only")]
    fn context(&self, ctx: RequestContext<RoleServer>, peer: Peer<RoleServer>) -> String { String::new() }
}
