//! The pest parser generated from `grammar/quytrinh.pest`.

#[derive(pest_derive::Parser)]
#[grammar = "../../grammar/quytrinh.pest"]
pub struct QtrParser;
