//! `quytrinh explain CODE`: the page of a rule or of any other code.

use quytrinh_diagnostics::Lang;

use crate::args::ExplainArgs;
use crate::render::codes::page;

pub fn run(args: &ExplainArgs, lang: Lang) -> u8 {
    if let Some(text) = page(&args.code, lang) {
        crate::emit(&text);
        return 0;
    }
    let key = args.code.trim();
    match lang {
        Lang::Vi => eprintln!("quytrinh: không có mã `{key}`; xem danh sách bằng `quytrinh rules`"),
        Lang::En => eprintln!("quytrinh: no code `{key}`; see the list with `quytrinh rules`"),
    }
    2
}
