//! `quytrinh due CODE [PATHS] --received "2026-12-01 14:30"`: the appointment to write on the
//! receipt (Mẫu 01) and each step's deadline, over the agency's working calendar.

use std::path::PathBuf;

use quytrinh_diagnostics::{FileId, Lang};
use quytrinh_emit::schedule::{self, en_datetime, vi_datetime, Channel, Schedule};

use crate::args::{ChannelArg, DueArgs, DueFormat, Format};
use crate::render::Style;
use crate::stream::{self, Settings, Visit};

pub fn run(args: &DueArgs, lang: Lang) -> u8 {
    let say = |vi: &str, en: &str| if lang == Lang::Vi { vi.to_string() } else { en.to_string() };
    let received = match schedule::parse_received(&args.received) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("quytrinh: {}", if lang == Lang::Vi { e.vi } else { e.en });
            return 2;
        }
    };
    let (code, paths) = match split_targets(args) {
        Ok(t) => t,
        Err(()) => {
            eprintln!(
                "quytrinh: {}",
                say(
                    "cần mã quy trình (ví dụ `quytrinh due QT-CGCN-02 --received …`) hoặc --all",
                    "a procedure code is needed (e.g. `quytrinh due QT-CGCN-02 --received …`) or --all"
                )
            );
            return 2;
        }
    };
    let channel = match args.channel {
        ChannelArg::Counter => Channel::Counter,
        ChannelArg::Online => Channel::Online,
        ChannelArg::Post => Channel::Post,
    };
    // The calendar settings of quytrinh.toml; the stream reads the rest of it again.
    let base = match crate::config::load(args.config.as_deref(), &paths, FileId(0)) {
        Ok(c) => c.config.calendar,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            return 2;
        }
    };
    let calendars = quytrinh_check::Calendars::default();
    let style = Style { format: Format::Github, lang, color: false, full_infos: false };
    let keep = |_: &quytrinh_diagnostics::Diagnostic| false;
    let settings = Settings { paths: &paths, config: args.config.as_deref(), style, keep: &keep, rules: false };
    let visit = |v: &Visit| -> Vec<Result<Schedule, String>> {
        v.view
            .procedures
            .iter()
            .filter(|p| code.as_deref().is_none_or(|c| p.code == c))
            .map(|p| match calendars.for_procedure(v.view, &base, p) {
                Some(cal) => schedule::schedule(v.view, p, &cal, received, channel).map_err(|e| format!("{}: {e}", p.code)),
                None => Err(format!(
                    "{}: {}",
                    p.code,
                    say(
                        "giờ làm việc hoặc ngày riêng của cơ quan không dùng được (xem `quytrinh check`)",
                        "the agency's office hours or days cannot be used (see `quytrinh check`)"
                    )
                )),
            })
            .collect()
    };
    let checked = match stream::run(&settings, &visit) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            return 2;
        }
    };
    for problem in &checked.io_problems {
        eprintln!("quytrinh: {problem}");
    }
    let mut found: Vec<Schedule> = Vec::new();
    let mut failed = false;
    for r in checked.visited.into_iter().flatten() {
        match r {
            Ok(s) => found.push(s),
            Err(e) => {
                eprintln!("quytrinh: {e}");
                failed = true;
            }
        }
    }
    found.sort_by(|a, b| a.code.cmp(&b.code));
    if found.is_empty() && !failed {
        let what = match &code {
            Some(c) => {
                say(&format!("không có quy trình mã `{c}` trong danh mục"), &format!("no procedure with code `{c}` in the catalogue"))
            }
            None => say("danh mục không có quy trình nào", "the catalogue has no procedure"),
        };
        eprintln!("quytrinh: {what}");
        return 2;
    }
    if checked.counts.errors > 0 {
        let n = checked.counts.errors;
        eprintln!(
            "quytrinh: {}",
            say(
                &format!("lưu ý: danh mục còn {n} lỗi (xem `quytrinh check`); ngày hẹn có thể chưa đúng."),
                &format!("note: the catalogue has {n} errors (see `quytrinh check`); the dates may be off.")
            )
        );
    }
    let text = match args.format {
        DueFormat::Json => json(&found, args),
        DueFormat::Human => found.iter().map(|s| human(s, lang)).collect::<Vec<_>>().join("\n"),
    };
    if !crate::emit(&text) {
        return 2;
    }
    if failed || checked.io_failed {
        2
    } else {
        0
    }
}

/// (code, paths): with --all every target is a path; otherwise the first is the code.
fn split_targets(args: &DueArgs) -> Result<(Option<String>, Vec<PathBuf>), ()> {
    let mut targets = args.targets.iter();
    let code = if args.all { None } else { Some(targets.next().ok_or(())?.clone()) };
    let mut paths: Vec<PathBuf> = targets.map(PathBuf::from).collect();
    if paths.is_empty() {
        paths.push(PathBuf::from("."));
    }
    Ok((code, paths))
}

fn json(found: &[Schedule], args: &DueArgs) -> String {
    let doc = schedule::DueDocument { format_version: schedule::FORMAT_VERSION, kind: "due", received: &args.received, procedures: found };
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

/// Working hours as the officer says them: "4 giờ", "2 ngày", "2,5 ngày".
fn duration(hours: f64, lang: Lang) -> String {
    let (n, unit) = if hours >= 8.0 { (hours / 8.0, ("ngày", "days")) } else { (hours, ("giờ", "h")) };
    let mut s = format!("{:.2}", (n * 100.0).round() / 100.0 + 0.0);
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    match lang {
        Lang::Vi => format!("{} {}", s.replace('.', ","), unit.0),
        Lang::En => format!("{s} {}", unit.1),
    }
}

fn human(s: &Schedule, lang: Lang) -> String {
    let clean = |t: &str| quytrinh_syntax::chars::printable(t).into_owned();
    let mut out = String::new();
    let name = s.name.as_deref().map(clean).unwrap_or_default();
    let tthc = s.tthc.as_deref().map(clean);
    let statutory = s.statutory.as_ref().map(|st| {
        let n = format!("{}", st.value);
        match (lang, st.unit) {
            (Lang::Vi, "calendar_days") => format!("{} ngày", n.replace('.', ",")),
            (Lang::Vi, _) => format!("{} ngày làm việc", n.replace('.', ",")),
            (Lang::En, "calendar_days") => format!("{n} calendar days"),
            (Lang::En, _) => format!("{n} working days"),
        }
    });
    let channel = match (lang, s.channel) {
        (Lang::Vi, Channel::Counter) => "trực tiếp",
        (Lang::Vi, Channel::Online) => "trực tuyến",
        (Lang::Vi, Channel::Post) => "qua bưu chính",
        (Lang::En, Channel::Counter) => "at the counter",
        (Lang::En, Channel::Online) => "online",
        (Lang::En, Channel::Post) => "by post",
    };
    match lang {
        Lang::Vi => {
            out.push_str(&format!("{} — {name}", clean(&s.code)));
            if let Some(t) = tthc {
                out.push_str(&format!(" (mã TTHC {t})"));
            }
            out.push('\n');
            out.push_str(&format!("  Nhận hồ sơ ({channel}): {}\n", vi_datetime(s.received)));
            if s.counted_from != s.received {
                out.push_str(&format!("  Bắt đầu tính thời gian: {}\n", vi_datetime(s.counted_from)));
            }
            if let Some(st) = statutory {
                out.push_str(&format!("  Thời hạn giải quyết: {st}\n"));
            }
            out.push_str(&format!(
                "  Hẹn trả kết quả (ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả): {}\n",
                vi_datetime(s.appointment)
            ));
            out.push_str("  Hạn từng bước (ghi trên Phiếu kiểm soát quá trình giải quyết hồ sơ):\n");
        }
        Lang::En => {
            out.push_str(&format!("{} — {name}", clean(&s.code)));
            if let Some(t) = tthc {
                out.push_str(&format!(" (TTHC {t})"));
            }
            out.push('\n');
            out.push_str(&format!("  Received ({channel}): {}\n", en_datetime(s.received)));
            if s.counted_from != s.received {
                out.push_str(&format!("  Time counts from: {}\n", en_datetime(s.counted_from)));
            }
            if let Some(st) = statutory {
                out.push_str(&format!("  Statutory time: {st}\n"));
            }
            out.push_str(&format!("  Appointment (for the receipt, Mẫu 01): {}\n", en_datetime(s.appointment)));
            out.push_str("  Step deadlines (for the control sheet):\n");
        }
    }
    let at = |t| if lang == Lang::Vi { vi_datetime(t) } else { en_datetime(t) };
    for st in &s.steps {
        let time = st.hours.map(|h| duration(h, lang)).unwrap_or_else(|| "—".to_string());
        let by = if st.actor.is_empty() { String::new() } else { format!(" — {}", clean(&st.actor)) };
        out.push_str(&format!("    {}. {}{by} ({time}): {} → {}\n", clean(&st.number), clean(&st.content), at(st.start), at(st.due)));
    }
    match lang {
        Lang::Vi => out.push_str(&format!("  Các bước xong: {}\n", vi_datetime(s.steps_done))),
        Lang::En => out.push_str(&format!("  Steps done: {}\n", en_datetime(s.steps_done))),
    }
    for n in &s.notes {
        out.push_str(&format!("  ☞ {}\n", if lang == Lang::Vi { &n.vi } else { &n.en }));
    }
    out
}
