//! `quytrinh fmt`: the canonical layout, written atomically; files with syntax errors are
//! reported and left untouched.

use std::io::IsTerminal;

use quytrinh_diagnostics::Lang;
use quytrinh_syntax::decode::decode;
use quytrinh_syntax::fmt::{format, FormatOptions};
use quytrinh_syntax::keywords::KeywordLang;

use crate::args::{FmtArgs, KeywordsArg};
use crate::english::plural;
use crate::render::{self, Sources};
use crate::walk::find_files;
use crate::write::write_atomic;

pub fn run(args: &FmtArgs, lang: Lang) -> u8 {
    let (files, problems) = match find_files(&args.paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("quytrinh: {}", e.say(lang));
            return 2;
        }
    };
    for p in &problems {
        eprintln!("quytrinh: {}", p.say(lang));
    }
    let options = FormatOptions {
        keywords: args.keywords.map(|k| match k {
            KeywordsArg::En => KeywordLang::En,
            KeywordsArg::Vi => KeywordLang::Vi,
        }),
    };
    let (mut changed, mut broken, mut io) = (0, 0, !problems.is_empty());
    for path in &files {
        let name = path.to_string_lossy().into_owned();
        let bytes = match crate::load::read_regular_file(path, quytrinh_syntax::decode::MAX_SOURCE_BYTES) {
            Ok(Ok(b)) => b,
            Ok(Err(size)) => {
                let d = quytrinh_syntax::decode::too_large(quytrinh_diagnostics::FileId(0), size);
                eprintln!("quytrinh: {name}: {}", d.message.get(lang));
                broken += 1;
                continue;
            }
            Err(e) => {
                let (vi, en) = crate::os_error::describe(&e);
                eprintln!("quytrinh: {name}: {}", if lang == Lang::Vi { vi } else { en });
                io = true;
                continue;
            }
        };
        let text = match decode(&bytes, quytrinh_diagnostics::FileId(0)) {
            Ok(t) => t,
            Err(d) => {
                eprintln!("quytrinh: {name}: {}", d.message.get(lang));
                broken += 1;
                continue;
            }
        };
        match format(&text, options) {
            Ok(formatted) => {
                if formatted.as_bytes() == bytes.as_slice() {
                    continue;
                }
                changed += 1;
                if args.check {
                    println!("{name}");
                } else if let Err(e) = write_atomic(path, formatted.as_bytes()) {
                    eprintln!("quytrinh: {name}: {e}");
                    io = true;
                }
            }
            Err(diags) => {
                broken += 1;
                let bom = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) { 3 } else { 0 };
                let (nfc, origin) = quytrinh_syntax::origin::Origin::normalise(text.clone(), bom);
                let names = [name.clone()];
                let mut sources = Sources::new(&names);
                sources.add(0, &nfc, None, origin.as_ref());
                eprint!("{}", render::human::render(&diags, &sources, lang, std::io::stderr().is_terminal()));
                match lang {
                    Lang::Vi => eprintln!("quytrinh: {name}: có lỗi cú pháp, tệp được giữ nguyên."),
                    Lang::En => eprintln!("quytrinh: {name}: syntax errors, file left untouched."),
                }
            }
        }
    }
    match (lang, args.check) {
        (Lang::Vi, true) => eprintln!("{changed} tệp cần định dạng lại, {broken} tệp có lỗi."),
        (Lang::Vi, false) => eprintln!("Đã định dạng {changed} tệp; {broken} tệp có lỗi được giữ nguyên."),
        (Lang::En, true) => {
            let have = if broken == 1 { "has" } else { "have" };
            eprintln!("{} would be reformatted, {broken} {have} errors.", plural(changed, "file"))
        }
        (Lang::En, false) => eprintln!("Reformatted {}; {broken} with errors left untouched.", plural(changed, "file")),
    }
    if io {
        2
    } else if broken > 0 || (args.check && changed > 0) {
        1
    } else {
        0
    }
}
