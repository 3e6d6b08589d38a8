//! The one keyword table: every keyword of the language in English (canonical) and in
//! Vietnamese with diacritics. Both are accepted anywhere; `fmt` can rewrite a file into
//! either set. Lookups compare NFC text (the parser normalises input first).

use std::sync::OnceLock;

/// Which keyword set a word belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeywordLang {
    En,
    Vi,
}

macro_rules! keywords {
    ($( $variant:ident : [$($en:literal),+] [$($vi:literal),+] $doc_vi:literal $doc_en:literal ;)*) => {
        /// A keyword of the `.qtr` language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Keyword { $($variant),* }

        impl Keyword {
            /// Every keyword, in table order.
            pub const ALL: &'static [Keyword] = &[$(Keyword::$variant),*];

            /// Accepted English spellings; the first is canonical.
            pub fn en_forms(self) -> &'static [&'static str] {
                match self { $(Keyword::$variant => &[$($en),+]),* }
            }

            /// Accepted Vietnamese spellings; the first is canonical.
            pub fn vi_forms(self) -> &'static [&'static str] {
                match self { $(Keyword::$variant => &[$($vi),+]),* }
            }

            /// One line saying what the keyword is for: (Vietnamese, English).
            pub fn doc(self) -> (&'static str, &'static str) {
                match self { $(Keyword::$variant => ($doc_vi, $doc_en)),* }
            }
        }
    };
}

keywords! {
    Agency: ["agency"] ["cơ_quan"] "Cơ quan thực hiện (tệp dùng chung)" "The implementing agency (the shared file)";
    Name: ["name"] ["tên"] "Tên" "Name";
    Parent: ["parent"] ["cơ_quan_chủ_quản"] "Cơ quan chủ quản" "Parent body";
    Address: ["address"] ["địa_chỉ"] "Địa chỉ" "Address";
    Unit: ["unit"] ["đơn_vị"] "Đơn vị (phòng, bộ phận)" "Organisational unit";
    OneStop: ["one_stop"] ["một_cửa"] "Đánh dấu Bộ phận Một cửa" "Marks the one-stop unit";
    Role: ["role"] ["chức_danh"] "Chức danh, vị trí chịu trách nhiệm" "A responsible position";
    In: ["in"] ["thuộc"] "Chức danh thuộc đơn vị nào" "The unit a role belongs to";
    Signs: ["signs"] ["ký_duyệt"] "Chức danh có thẩm quyền ký kết quả" "The role has authority to sign the result";
    OfficeHours: ["office_hours"] ["giờ_hành_chính"] "Giờ làm việc của cơ quan, từng buổi (\"07:30-11:30\")" "Office hours, session by session (\"07:30-11:30\")";
    DayOff: ["day_off"] ["ngày_nghỉ"] "Ngày nghỉ riêng của cơ quan (ngày, lý do)" "One of the agency's own days off (date, reason)";
    WorkingDay: ["working_day"] ["ngày_làm_thêm"] "Ngày làm việc thêm, ví dụ tiếp nhận thứ Bảy (ngày, lý do)" "An extra working day, e.g. Saturday reception (date, reason)";
    Decision: ["decision"] ["quyết_định"] "Quyết định (phê duyệt hoặc căn cứ)" "A decision (approval or basis)";
    Date: ["date"] ["ngày"] "Ngày" "Date";
    Issuer: ["issuer"] ["cơ_quan_ban_hành"] "Cơ quan ban hành" "Issuing body";
    Title: ["title"] ["trích_yếu"] "Trích yếu" "Title (summary)";
    Procedure: ["procedure"] ["quy_trình"] "Quy trình nội bộ của một thủ tục" "The internal procedure of one TTHC";
    Tthc: ["tthc"] ["mã_tthc"] "Mã thủ tục trên CSDL quốc gia" "National TTHC database code";
    Field: ["field"] ["lĩnh_vực"] "Lĩnh vực" "Field (sector)";
    Level: ["level"] ["cấp_thực_hiện"] "Cấp thực hiện" "Implementing level";
    Ministry: ["ministry"] ["cấp_bộ"] "Cấp bộ" "Ministry level";
    Province: ["province"] ["cấp_tỉnh"] "Cấp tỉnh" "Province level";
    District: ["district"] ["cấp_huyện"] "Cấp huyện (đến 30/6/2025)" "District level (until 30/06/2025)";
    Commune: ["commune"] ["cấp_xã"] "Cấp xã" "Commune level";
    ApprovedBy: ["approved_by"] ["phê_duyệt_tại"] "Quyết định phê duyệt quy trình" "The decision approving the procedure";
    Draft: ["draft"] ["dự_thảo"] "Chưa phê duyệt (dự thảo)" "Not yet approved (draft)";
    Regime: ["regime"] ["chế_độ_pháp_lý"] "Chế độ pháp lý áp dụng" "Legal regime";
    Effective: ["effective"] ["ngày_hiệu_lực"] "Ngày hiệu lực" "Effective date";
    Revision: ["revision"] ["lần_ban_hành"] "Lần ban hành / sửa đổi" "Revision (issue)";
    Drafted: ["drafted"] ["biên_soạn"] "Người biên soạn" "Drafted by";
    Reviewed: ["reviewed"] ["xem_xét"] "Người xem xét" "Reviewed by";
    Approved: ["approved"] ["phê_duyệt"] "Người phê duyệt" "Approved by";
    Purpose: ["purpose"] ["mục_đích"] "1. Mục đích" "1. Purpose";
    Scope: ["scope"] ["phạm_vi"] "2. Phạm vi áp dụng" "2. Scope";
    References: ["references"] ["tài_liệu_viện_dẫn"] "3. Tài liệu viện dẫn" "3. References";
    Basis: ["basis"] ["căn_cứ_pháp_lý"] "Căn cứ pháp lý" "Legal basis";
    Law: ["law"] ["luật"] "Luật" "Law";
    Resolution: ["resolution"] ["nghị_quyết"] "Nghị quyết" "Resolution";
    Decree: ["decree"] ["nghị_định"] "Nghị định" "Decree";
    Circular: ["circular"] ["thông_tư"] "Thông tư" "Circular";
    Standard: ["standard"] ["tiêu_chuẩn"] "Tiêu chuẩn" "Standard";
    Document: ["document"] ["văn_bản"] "Văn bản khác" "Other document";
    Terms: ["terms"] ["định_nghĩa"] "4. Định nghĩa / viết tắt" "4. Terms and abbreviations";
    Channels: ["channels"] ["cách_thức"] "Cách thức thực hiện" "Channels";
    Direct: ["direct"] ["trực_tiếp"] "Trực tiếp" "In person";
    Online: ["online"] ["trực_tuyến"] "Trực tuyến" "Online";
    Postal: ["postal"] ["bưu_chính"] "Qua bưu chính công ích" "By public post";
    OnlineLevel: ["online_level"] ["mức_độ_trực_tuyến"] "Mức độ dịch vụ công trực tuyến" "Online service level";
    Full: ["full"] ["toàn_trình"] "Toàn trình" "Full (end to end)";
    Partial: ["partial"] ["một_phần"] "Một phần" "Partial";
    Subjects: ["subjects"] ["đối_tượng"] "Đối tượng thực hiện" "Subjects (who may apply)";
    Conditions: ["conditions"] ["điều_kiện"] "Yêu cầu, điều kiện" "Requirements and conditions";
    Place: ["place"] ["nơi_tiếp_nhận"] "Nơi tiếp nhận và trả kết quả" "Place of reception and return";
    Reception: ["reception"] ["cách_tiếp_nhận"] "Trường hợp tiếp nhận đặc biệt (ngoài Bộ phận Một cửa, trả kết quả ngay)" "Special reception (outside the one-stop unit, result at once)";
    OutsideOneStop: ["outside_one_stop"] ["ngoài_một_cửa"] "Không tiếp nhận tại trụ sở Bộ phận Một cửa" "Not received at the one-stop unit's premises";
    ImmediateResult: ["immediate_result"] ["trả_ngay"] "Trả kết quả ngay sau khi tiếp nhận, giải quyết" "Result returned at once after reception";
    Dossier: ["dossier"] ["hồ_sơ"] "Thành phần, số lượng hồ sơ" "Dossier";
    Sets: ["sets"] ["số_bộ"] "Số lượng bộ hồ sơ" "Number of sets";
    Item: ["item"] ["thành_phần"] "Một thành phần hồ sơ" "A dossier item";
    Original: ["original"] ["bản_chính"] "Bản chính" "Original";
    Copy: ["copy"] ["bản_sao"] "Bản sao (bản chụp)" "Copy";
    CertifiedCopy: ["certified_copy"] ["bản_sao_chứng_thực"] "Bản sao có chứng thực" "Certified copy";
    Form: ["form"] ["mẫu"] "Mẫu đơn, tờ khai kèm theo" "Linked form";
    Statutory: ["statutory"] ["thời_hạn"] "Thời hạn giải quyết theo quy định" "Statutory processing time";
    WorkingDays: ["working_days"] ["ngày_làm_việc"] "Ngày làm việc" "Working days";
    CalendarDays: ["calendar_days"] ["ngày_lịch"] "Ngày (theo lịch)" "Calendar days";
    Fee: ["fee"] ["phí"] "Phí" "Fee";
    Charge: ["charge"] ["lệ_phí"] "Lệ phí" "Charge";
    None: ["none"] ["không"] "Không có" "None";
    Result: ["result"] ["kết_quả"] "Kết quả thực hiện" "Result";
    Steps: ["steps"] ["các_bước"] "Trình tự các bước xử lý" "Processing steps";
    By: ["by"] ["do"] "Người/đơn vị thực hiện bước" "Who performs the step";
    Issues: ["issues", "issue"] ["lập"] "Biểu mẫu lập ra ở bước" "Forms issued at the step";
    Uses: ["uses"] ["dùng"] "Biểu mẫu dùng ở bước" "Forms used at the step";
    Consults: ["consults"] ["lấy_ý_kiến"] "Bước lấy ý kiến cơ quan, đơn vị khác (thời gian của bước là thời hạn trả lời)" "A step consulting another body (the step's time is the reply deadline)";
    Phase: ["phase"] ["giai_đoạn"] "Giai đoạn (tách bởi việc của người nộp)" "Phase (split by an applicant action)";
    On: ["on"] ["khi"] "Xử lý trường hợp" "Branch handling";
    Incomplete: ["incomplete"] ["chưa_đầy_đủ"] "Hồ sơ chưa đầy đủ" "Incomplete dossier";
    Refused: ["refused"] ["từ_chối"] "Từ chối giải quyết" "Refused dossier";
    Late: ["late"] ["quá_hạn"] "Giải quyết quá hạn" "Late dossier";
    Stopped: ["stopped"] ["dừng_giải_quyết"] "Người nộp đề nghị dừng giải quyết (từ 2025)" "The applicant stops the dossier (since 2025)";
    Within: ["within"] ["trong"] "Trong thời hạn" "Within (time limit)";
    ClosesAfter: ["closes_after"] ["đóng_sau"] "Đóng hồ sơ nếu không bổ sung sau (từ 2025)" "Close the dossier if not completed after (since 2025)";
    Interconnected: ["interconnected"] ["liên_thông"] "Thủ tục liên thông" "Interconnected procedure";
    Forms: ["forms"] ["biểu_mẫu"] "6. Biểu mẫu" "6. Forms";
    Use: ["use"] ["sử_dụng"] "Dùng bộ biểu mẫu có sẵn" "Use a built-in form set";
    Source: ["source"] ["nguồn"] "Nguồn của biểu mẫu" "Where the form comes from";
    Records: ["records"] ["hồ_sơ_lưu"] "7. Hồ sơ cần lưu" "7. Records";
    Keep: ["keep"] ["lưu"] "Thời gian lưu" "Retention";
    Forever: ["forever"] ["vĩnh_viễn"] "Lưu vĩnh viễn" "Kept permanently";
    Medium: ["medium"] ["hình_thức"] "Hình thức lưu" "Medium";
    Paper: ["paper"] ["giấy"] "Bản giấy" "Paper";
    Electronic: ["electronic"] ["điện_tử"] "Bản điện tử" "Electronic";
    Circular012018: ["circular_01_2018"] ["thông_tư_01_2018"] "Nghị định 61/2018 + Thông tư 01/2018/TT-VPCP" "Decree 61/2018 + Circular 01/2018/TT-VPCP";
    Decree1182025: ["decree_118_2025"] ["nghị_định_118_2025"] "Nghị định 118/2025 + Thông tư 03/2025/TT-VPCP" "Decree 118/2025 + Circular 03/2025/TT-VPCP";
}

impl Keyword {
    /// The canonical spelling in a keyword set.
    pub fn spelling(self, lang: KeywordLang) -> &'static str {
        match lang {
            KeywordLang::En => self.en_forms()[0],
            KeywordLang::Vi => self.vi_forms()[0],
        }
    }

    /// Look a word up in both sets. This runs for every word of every file, several
    /// times: the spellings are grouped by length and first byte, so a lookup compares the
    /// word with the one or two spellings of its group, without hashing it.
    pub fn lookup(word: &str) -> Option<(Keyword, KeywordLang)> {
        type Spelling = (&'static str, (Keyword, KeywordLang));
        struct Table {
            spellings: Vec<Spelling>,
            /// For each group, its range in `spellings`.
            groups: Vec<(u16, u16)>,
        }
        const LENGTHS: usize = 64;
        let group = |w: &str| w.len().min(LENGTHS - 1) * 256 + usize::from(w.as_bytes().first().copied().unwrap_or(0));
        static TABLE: OnceLock<Table> = OnceLock::new();
        let table = TABLE.get_or_init(|| {
            let mut spellings: Vec<Spelling> = Vec::new();
            for kw in Keyword::ALL {
                spellings.extend(kw.en_forms().iter().map(|w| (*w, (*kw, KeywordLang::En))));
                spellings.extend(kw.vi_forms().iter().map(|w| (*w, (*kw, KeywordLang::Vi))));
            }
            // Each spelling is one keyword's (tested), so the order within a group is free.
            spellings.sort_by_key(|(w, _)| group(w));
            let mut groups = vec![(0u16, 0u16); LENGTHS * 256];
            for (i, (w, _)) in spellings.iter().enumerate() {
                let g = &mut groups[group(w)];
                if g.1 == 0 {
                    g.0 = i as u16;
                }
                g.1 = i as u16 + 1;
            }
            Table { spellings, groups }
        });
        let (from, to) = table.groups[group(word)];
        table.spellings[usize::from(from)..usize::from(to)].iter().find(|(w, _)| *w == word).map(|(_, k)| *k)
    }

    /// Does `word` spell this keyword in either language?
    pub fn is(self, word: &str) -> bool {
        self.en_forms().contains(&word) || self.vi_forms().contains(&word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn every_spelling_is_unique_nfc_and_a_valid_word() {
        let mut seen: HashMap<&str, Keyword> = HashMap::new();
        for kw in Keyword::ALL {
            for s in kw.en_forms().iter().chain(kw.vi_forms()) {
                assert_eq!(s.nfc().collect::<String>(), *s, "{s} is not NFC");
                assert!(!s.contains(' '), "{s} has a space");
                if let Some(prev) = seen.insert(s, *kw) {
                    panic!("{s} spells both {prev:?} and {kw:?}");
                }
            }
        }
    }

    #[test]
    fn lookup_finds_both_languages() {
        assert_eq!(Keyword::lookup("purpose"), Some((Keyword::Purpose, KeywordLang::En)));
        assert_eq!(Keyword::lookup("mục_đích"), Some((Keyword::Purpose, KeywordLang::Vi)));
        assert_eq!(Keyword::lookup("issue"), Some((Keyword::Issues, KeywordLang::En)));
        assert_eq!(Keyword::lookup("purpos"), None);
        // Every spelling finds its keyword; a word of the same length and first letter, or
        // a longer one, finds none.
        for kw in Keyword::ALL {
            for (forms, lang) in [(kw.en_forms(), KeywordLang::En), (kw.vi_forms(), KeywordLang::Vi)] {
                for s in forms {
                    assert_eq!(Keyword::lookup(s), Some((*kw, lang)), "{s}");
                    let last = s.chars().last().map_or(0, char::len_utf8);
                    let other = format!("{}{}", &s[..s.len() - last], "#".repeat(last));
                    assert_eq!(Keyword::lookup(&other), None, "{other}");
                    assert_eq!(Keyword::lookup(&format!("{s}{}", "x".repeat(80))), None);
                }
            }
        }
        assert_eq!(Keyword::lookup(""), None);
    }
}

/// Rewrite the English keywords quoted in a message (`` `statutory 7 working_days` ``) into
/// their Vietnamese spellings (`` `thời_hạn 7 ngày_làm_việc` ``), for officers whose files use
/// Vietnamese keywords. Only text between backticks is touched, and only whole words.
pub fn vietnamese_keywords_in(message: &str) -> String {
    keywords_in(message, KeywordLang::Vi)
}

/// The quoted keywords of a message in one language (either way), as
/// [`vietnamese_keywords_in`] does for Vietnamese.
pub fn keywords_in(message: &str, lang: KeywordLang) -> String {
    let mut out = String::with_capacity(message.len());
    let mut inside = false;
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String, inside: bool| {
        if inside {
            match Keyword::lookup(word) {
                Some((kw, written)) if written != lang => out.push_str(kw.spelling(lang)),
                _ => out.push_str(word),
            }
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in message.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
            continue;
        }
        flush(&mut word, &mut out, inside);
        if c == '`' {
            inside = !inside;
        }
        out.push(c);
    }
    flush(&mut word, &mut out, inside);
    out
}

#[cfg(test)]
mod localise_tests {
    use super::vietnamese_keywords_in;

    #[test]
    fn only_quoted_english_keywords_change() {
        assert_eq!(
            vietnamese_keywords_in("Thêm `statutory 7 working_days` vào `procedure`."),
            "Thêm `thời_hạn 7 ngày_làm_việc` vào `quy_trình`."
        );
        assert_eq!(vietnamese_keywords_in("by the name `by cv_mc 4h`"), "by the name `do cv_mc 4h`");
        assert_eq!(vietnamese_keywords_in("`BM05` và `none`"), "`BM05` và `không`");
        assert_eq!(
            super::keywords_in("Add `khi dừng_giải_quyết lập BM05 do cv_mc`", super::KeywordLang::En),
            "Add `on stopped issues BM05 by cv_mc`"
        );
    }
}
