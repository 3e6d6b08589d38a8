//! `quytrinh explain CODE`: a rule's page, or a line about any other code.

use quytrinh_diagnostics::Lang;

use crate::args::ExplainArgs;
use crate::render::codes::all_codes;

pub fn run(args: &ExplainArgs, lang: Lang) -> u8 {
    if let Some(rule) = quytrinh_check::find_rule(&args.code) {
        crate::emit(&quytrinh_check::docs::page(rule.meta(), Some(lang)));
        return 0;
    }
    let key = args.code.trim();
    if let Some(c) = all_codes().iter().find(|c| c.code.eq_ignore_ascii_case(key) || c.name == key) {
        crate::emit(&format!("# {} {}\n\n{}\n", c.code, c.name, c.title(lang)));
        return 0;
    }
    match lang {
        Lang::Vi => eprintln!("quytrinh: không có mã `{key}`; xem danh sách bằng `quytrinh rules`"),
        Lang::En => eprintln!("quytrinh: no code `{key}`; see the list with `quytrinh rules`"),
    }
    2
}
