pub mod build;
pub mod check;
pub mod explain;
pub mod import;
pub mod rules;
pub mod schema;
