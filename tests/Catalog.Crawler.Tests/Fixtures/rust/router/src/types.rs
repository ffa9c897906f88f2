use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Debug, Deserialize, JsonSchema)]
pub struct SumRequest {
    #[schemars(description = "the left hand side number")]
    pub a: i32,
    /// The right hand side number
    pub b: i64,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SearchRequest {
    /// What to look for
    pub query_text: String,
    /// Ignored by the schema: schemars wins
    #[schemars(description = "At most this many")]
    pub max_results: Option<u32>,
    #[serde(rename = "sortOrder")]
    pub order: Order,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(skip)]
    pub cache: HashMap<String, String>,
    pub labels: HashMap<String, String>,
    #[serde(flatten)]
    pub paging: Paging,
    pub filter: Box<Filter>,
    pub ratio: f64,
    pub exact: bool,
    pub shape: Shape,
    pub extra: serde_json::Value,
}

#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Order {
    MostRecent,
    #[serde(rename = "best")]
    BestMatch,
}

#[derive(Deserialize, JsonSchema)]
pub enum Shape {
    Circle { radius: f64 },
    Square(f64),
}

#[derive(Deserialize, JsonSchema)]
pub struct Paging {
    pub page: usize,
}

#[derive(Deserialize, JsonSchema)]
pub struct Filter {
    pub field: String,
    pub parent: Option<Box<Filter>>,
}
