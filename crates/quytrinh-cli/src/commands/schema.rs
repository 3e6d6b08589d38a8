//! `quytrinh schema`: the JSON Schema of the portal JSON, generated from its types.

pub fn run() -> u8 {
    let text = String::from_utf8(quytrinh_emit::portal::to_bytes(&quytrinh_emit::portal::schema())).unwrap_or_default();
    if crate::emit(&text) {
        0
    } else {
        2
    }
}
