//! QC032 `internal-time-exceeds-statutory`: The steps take longer than the statutory time.
//!
//! The steps' total (1 working day = 8 hours) must not exceed the statutory time; with phases, each phase fits its own statutory time. With per-channel times, each one applies. A statutory time in calendar days counts as the working days that many consecutive days hold in ordinary weeks; over a holiday (Tết) it is reported as information.

use crate::rules::prelude::*;

pub struct InternalTimeExceedsStatutory;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC032"),
    name: "internal-time-exceeds-statutory",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[law(C01).art("13").cl("1").note("Chỉ số 1", "Index 1"), law(D61).art("5").cl("1").pt("đ")],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D118).art("12").cl("3").note("các bước bảo đảm thời gian giải quyết", "steps that keep to the processing time"),
                law(D118).art("5").cl("1").pt("đ"),
            ],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Tổng thời gian các bước vượt thời hạn giải quyết"#, r#"The steps take longer than the statutory time"#),
    what: t(
        r#"Tổng thời gian các bước (1 ngày làm việc = 8 giờ) không được vượt thời hạn giải quyết; với thủ tục chia giai đoạn, mỗi giai đoạn không vượt thời hạn của giai đoạn đó. Khi có thời hạn riêng cho từng cách thức, so với từng thời hạn. Thời hạn tính theo ngày (`calendar_days`) được đổi ra số ngày làm việc ít nhất mà ngần ấy ngày liên tiếp có được trong tuần thường (chỉ trừ thứ Bảy, Chủ nhật): 15 ngày là 10 ngày làm việc; vượt số đó là lỗi. Khi các bước vừa tuần thường nhưng vượt số ngày làm việc ít nhất của ngần ấy ngày trong mọi năm 2019–2027 (kỳ nghỉ Tết 9 ngày: 15 ngày chỉ còn 5 ngày làm việc), trình kiểm tra báo thông tin kèm khoảng ngày đó."#,
        r#"The steps' total (1 working day = 8 hours) must not exceed the statutory time; with phases, each phase fits its own statutory time. With per-channel times, with each of them. A statutory time in calendar days (`calendar_days`) counts as the fewest working days that many consecutive days hold in ordinary weeks (weekends only): 15 days are 10 working days; more is an error. Steps within that but over the fewest working days that many days hold in any year 2019–2027 (a nine-day Tết break leaves 5 in 15 days) get an information line naming those days."#,
    ),
    why: t(
        r#"Quy trình vượt thời hạn làm hồ sơ trễ hạn ngay từ thiết kế, bị chấm 0 điểm ở Chỉ số 1 (Thông tư 01/2018 Điều 13)."#,
        r#"A procedure over the statutory time is late by design and scores 0 on Index 1 (Circular 01/2018 Art. 13)."#,
    ),
    fix: t(r#"Rút ngắn thời gian các bước cho tổng không vượt thời hạn."#, r#"Shorten the steps so their total fits the statutory time."#),
    invalid: &[(r#"statutory"#, r#"  statutory 4 working_days"#)],
    valid: &[],
    context: r#""#,
};

impl Rule for InternalTimeExceedsStatutory {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        // One set of steps serves every channel: the internal time must fit the general
        // statutory time and each shorter per-channel one.
        let total = p.internal_hours(None);
        for st in p.statutory_times() {
            let limit = Limit::of(cx, p, st.days, st.unit);
            let (vi_ch, en_ch) = match st.channel {
                Some((c, _)) => (format!(" của kênh {}", channel_vi(c)), format!(" for the {} channel", channel_en(c))),
                None => (String::new(), String::new()),
            };
            let span = p.syntax.steps.as_ref().map(|s| s.span).unwrap_or(p.syntax.code.span);
            if total > limit.working_days * HOURS_PER_DAY + 1e-9 {
                let d = out.emit(
                    span,
                    Text::new(
                        format!(
                            "Tổng thời gian các bước {} ngày làm việc vượt thời hạn giải quyết{vi_ch} {}",
                            comma(days(total)),
                            limit.vi
                        ),
                        format!("The steps take {} working days, over the statutory {}{en_ch}", days(total), limit.en),
                    ),
                );
                also(d, st.span, Text::new("thời hạn giải quyết", "statutory time"));
            } else if let Some(h) = limit.holidays.as_ref().filter(|h| total > f64::from(h.working_days) * HOURS_PER_DAY + 1e-9) {
                let d = out.emit_with(
                    span,
                    Text::new(
                        format!(
                            "Tổng thời gian các bước {} ngày làm việc vừa thời hạn{vi_ch} {}, nhưng không vừa dịp nghỉ lễ: {} ngày liên tiếp từ {} đến {} chỉ có {} ngày làm việc",
                            comma(days(total)),
                            limit.vi,
                            h.calendar_days,
                            h.from,
                            h.from.add_days(h.calendar_days as i32 - 1),
                            h.working_days
                        ),
                        format!(
                            "The steps take {} working days: within the statutory {}{en_ch}, but not over a holiday: the {} days from {} to {} hold only {} working days",
                            days(total),
                            limit.en,
                            h.calendar_days,
                            h.from,
                            h.from.add_days(h.calendar_days as i32 - 1),
                            h.working_days
                        ),
                    ),
                    Text::new(
                        "Không bắt buộc sửa: hồ sơ nhận trước kỳ nghỉ lễ dài (Tết) cần được giải quyết nhanh hơn để không trễ hạn.",
                        "Nothing must change: a dossier received before a long holiday (Tết) has to be handled faster to stay on time.",
                    ),
                );
                // Not a defect of the procedure: the law's limit runs through holidays.
                d.severity = Severity::Info;
                also(d, st.span, Text::new("thời hạn giải quyết", "statutory time"));
            }
        }
        for (i, ph) in p.syntax.steps.iter().flat_map(|s| s.phases.iter()).enumerate() {
            let Some(pst) = &ph.statutory else { continue };
            let phase_total = p.internal_hours(Some(i));
            let limit = Limit::of(cx, p, pst.days, pst.unit);
            if phase_total > limit.working_days * HOURS_PER_DAY + 1e-9 {
                out.emit(
                    ph.span,
                    Text::new(
                        format!(
                            "Giai đoạn {} mất {} ngày làm việc, vượt thời hạn {} của giai đoạn",
                            i + 1,
                            comma(days(phase_total)),
                            limit.vi
                        ),
                        format!("Phase {} takes {} working days, over its {}", i + 1, days(phase_total), limit.en),
                    ),
                );
            }
        }
    }
}

/// A statutory time as working days, with the words that say how it was counted.
struct Limit {
    working_days: f64,
    vi: String,
    en: String,
    /// For calendar days: the worst window over a holiday, when it holds fewer working days.
    holidays: Option<Worst>,
}

/// The window of consecutive days with the fewest working days.
struct Worst {
    calendar_days: u32,
    working_days: u32,
    from: quytrinh_calendar::Date,
}

impl Limit {
    /// Working days count as they are. Calendar days (ngày, not ngày làm việc) count as the
    /// working days they hold in ordinary weeks (weekends only, the worst starting weekday):
    /// steps longer than that are late for every dossier. The fewest working days that
    /// many days hold in any year 2019–2027 (`min_working_days_in`: a nine-day Tết break)
    /// is reported separately, as information. Without a usable calendar the days count as
    /// working days, as before (the agency file or `quytrinh.toml` reports the bad settings).
    fn of(cx: &Cx, p: &Procedure, n: f64, unit: Option<DayKind>) -> Limit {
        let shown = days(n * HOURS_PER_DAY);
        let plain =
            || Limit { working_days: n, vi: format!("{} ngày", comma(shown.clone())), en: format!("{shown} days"), holidays: None };
        if unit != Some(DayKind::Calendar) {
            return plain();
        }
        let Some(cal) = cx.calendar(p) else { return plain() };
        // A fraction of a calendar day holds no whole working day: round down.
        let whole = if n.is_finite() && n > 0.0 { n.floor().min(10_000.0) as u32 } else { 0 };
        let ordinary = ordinary_working_days(&cal.config().working_weekdays, whole);
        let least = cal.min_working_days_in(whole);
        let holidays = if least < ordinary {
            worst_start(&cal, whole, least).map(|from| Worst { calendar_days: whole, working_days: least, from })
        } else {
            None
        };
        Limit {
            working_days: f64::from(ordinary),
            vi: format!("{} ngày (theo lịch; {ordinary} ngày làm việc trong tuần thường)", comma(shown.clone())),
            en: format!("{shown} calendar days ({ordinary} working days in ordinary weeks)"),
            holidays,
        }
    }
}

/// The fewest working days `n` consecutive days hold with weekends only, over the seven
/// starting weekdays.
fn ordinary_working_days(weekdays: &[quytrinh_calendar::Weekday], n: u32) -> u32 {
    // 01/01/2024 is a Monday; any week would do.
    let Some(monday) = quytrinh_calendar::Date::from_ymd(2024, 1, 1) else { return 0 };
    (0..7)
        .map(|s| {
            let full = (n / 7) * weekdays.len() as u32;
            let rest = (0..(n % 7) as i32).filter(|i| weekdays.contains(&monday.add_days(s + i).weekday())).count() as u32;
            full + rest
        })
        .min()
        .unwrap_or(0)
}

/// The first day of the first window of `n` days holding `least` working days (2019–2027).
fn worst_start(cal: &quytrinh_calendar::WorkingCalendar, n: u32, least: u32) -> Option<quytrinh_calendar::Date> {
    let mut from = quytrinh_calendar::Date::from_ymd(2019, 1, 1)?;
    while from.year() <= 2027 {
        let count = (0..n as i32).filter(|i| cal.is_working_day(from.add_days(*i))).count() as u32;
        if count == least {
            return Some(from);
        }
        from = from.add_days(1);
    }
    None
}

/// A number in Vietnamese: decimal comma.
fn comma(n: String) -> String {
    n.replace('.', ",")
}
