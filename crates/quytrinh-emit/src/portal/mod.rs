//! The portal JSON: one document per procedure and one for the catalogue.

mod build;
pub mod contract;

pub use build::{catalogue, catalogue_document, catalogue_entry, procedure, totals, FileNames};
pub use contract::{CatalogueEntry, PortalCatalogue, PortalProcedure, FORMAT_VERSION};

/// The JSON Schema (draft 2020-12) of the procedure document and the catalogue document.
pub fn schema() -> serde_json::Value {
    let procedure = schemars::schema_for!(contract::PortalProcedure);
    let catalogue = schemars::schema_for!(contract::PortalCatalogue);
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("https://quytrinh.invalid/schema/portal-{}.json", FORMAT_VERSION),
        "title": "quytrinh portal JSON",
        "description": format!("Portal JSON contract {FORMAT_VERSION}: a procedure document (kind = \"procedure\") or a catalogue document (kind = \"catalogue\"). Consumers must ignore fields they do not know."),
        "oneOf": [ { "$ref": "#/$defs/PortalProcedure" }, { "$ref": "#/$defs/PortalCatalogue" } ],
        "$defs": merge_defs(&[("PortalProcedure", procedure), ("PortalCatalogue", catalogue)]),
    })
}

/// The two root schemas and all their definitions, in one `$defs` map (sorted: stable output).
fn merge_defs(roots: &[(&str, schemars::Schema)]) -> serde_json::Value {
    let mut defs = serde_json::Map::new();
    for (name, schema) in roots {
        let mut root = schema.clone().to_value();
        if let Some(obj) = root.as_object_mut() {
            if let Some(serde_json::Value::Object(inner)) = obj.remove("$defs") {
                for (k, v) in inner {
                    defs.insert(k, v);
                }
            }
            obj.remove("$schema");
        }
        defs.insert(name.to_string(), root);
    }
    let mut sorted: Vec<(String, serde_json::Value)> = defs.into_iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    serde_json::Value::Object(sorted.into_iter().collect())
}

/// [`to_bytes`] into a writer, for documents too large to hold twice (the catalogue of a
/// whole country).
pub fn write_to<T: serde::Serialize, W: std::io::Write>(value: &T, mut out: W) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut out, value)?;
    out.write_all(b"\n")
}

/// Pretty JSON with a final newline: the bytes written to disk.
pub fn to_bytes<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut v = serde_json::to_vec_pretty(value).unwrap_or_default();
    v.push(b'\n');
    v
}
