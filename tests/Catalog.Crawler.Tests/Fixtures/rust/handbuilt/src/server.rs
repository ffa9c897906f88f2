//! A lighthouse keeper's server that answers list_tools by hand.

use std::sync::Arc;

use rmcp::{handler::server::ServerHandler, model::*};

const BEAM_HELP: &str = "Turn the beam on or off.";

pub struct Lighthouse;

impl Lighthouse {
    fn beam_tool() -> Tool {
        let schema = serde_json::json!({
            "type": "object",
            "properties": {
                "on": { "type": "boolean", "description": "Whether the beam shines" }
            },
            "required": ["on"],
        });

        Tool::new("switch_beam", BEAM_HELP, Arc::new(schema.as_object().cloned().unwrap_or_default()))
    }

    fn fog_tool() -> Tool {
        Tool {
            name: "sound_foghorn".into(),
            description: Some("Sound the foghorn for a number of seconds.".into()),
            input_schema: Arc::new(Default::default()),
            annotations: None,
        }
    }

    fn log_tool(extra: &str) -> Tool {
        // Two json! literals: which one is the schema cannot be told without running the code.
        let first = serde_json::json!({ "type": "object" });
        let _second = serde_json::json!({ "note": extra });
        Tool::new(String::from("read_logbook"), "Read the keeper's logbook.".to_string(), Arc::new(first.as_object().cloned().unwrap()))
    }
}

impl ServerHandler for Lighthouse {
    async fn list_tools(&self) -> ListToolsResult {
        ListToolsResult { tools: vec![Self::beam_tool(), Self::fog_tool(), Self::log_tool("x")], next_cursor: None }
    }
}
