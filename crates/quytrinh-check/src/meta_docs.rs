//! The pages of the codes this crate reports that are not rules: a bad `quytrinh.toml` and
//! bad suppression comments. `tests/code_examples.rs` runs their examples.

use quytrinh_diagnostics::{bi, Bi, CodeDoc, Example, Sample, Severity};

use crate::{CONFIG_ERROR, SUPPRESSION_WITHOUT_REASON, UNKNOWN_SUPPRESSED_CODE, UNUSED_SUPPRESSION};

const fn ex(sections: &'static [(&'static str, &'static str)]) -> Example {
    Example { note: Bi::EMPTY, sample: Sample::Procedure(sections) }
}

/// A draft procedure whose draft warning (QC009) is accepted, with its reason: the valid
/// example of every suppression code.
const ACCEPTED_DRAFT: Example = Example {
    note: bi(
        "Quy trình đang là dự thảo gửi lấy ý kiến; cảnh báo QC009 được chấp nhận, có lý do:",
        "The procedure is a draft sent out for comments; the QC009 warning is accepted, with its reason:",
    ),
    sample: Sample::Procedure(&[("approved_by", "  approved_by draft  # quytrinh: allow QC009 -- dự thảo gửi các phòng lấy ý kiến")]),
};

pub const SUPPRESSION_WITHOUT_REASON_DOC: CodeDoc = CodeDoc {
    code: SUPPRESSION_WITHOUT_REASON,
    name: "suppression-without-reason",
    vi: "Bỏ qua quy tắc mà không nêu lý do",
    en: "A suppression without a reason",
    severity: Severity::Error,
    what: bi(
        "Một chú thích `# quytrinh: allow <mã>` bỏ qua một quy tắc nhưng không ghi lý do sau `--`. Lệnh bỏ qua đó không có tác dụng.",
        "A comment `# quytrinh: allow <code>` suppresses a rule but gives no reason after `--`. That suppression has no effect.",
    ),
    why: bi(
        "Bỏ qua một kiểm tra là một quyết định cần người xem xét, thanh tra hay đánh giá ISO hiểu được; không có lý do thì không ai biết đó là ngoại lệ có căn cứ hay chỉ để tắt cảnh báo.",
        "Suppressing a check is a decision that reviewers, inspectors and ISO auditors must be able to understand; without a reason nobody knows whether it is a grounded exception or just silencing a warning.",
    ),
    invalid: ex(&[("approved_by", "  approved_by draft  # quytrinh: allow QC009")]),
    valid: ACCEPTED_DRAFT,
    fix: bi(
        "Viết lý do sau `--`, ví dụ `# quytrinh: allow QC009 -- dự thảo gửi các phòng lấy ý kiến`; nếu không có lý do chính đáng, xóa chú thích và sửa điều quy tắc báo.",
        "Write the reason after `--`, e.g. `# quytrinh: allow QC009 -- draft sent out for comments`; without a good reason, delete the comment and fix what the rule reports.",
    ),
};

pub const CONFIG_ERROR_DOC: CodeDoc = CodeDoc {
    code: CONFIG_ERROR,
    name: "invalid-config",
    vi: "quytrinh.toml không hợp lệ",
    en: "Invalid quytrinh.toml",
    severity: Severity::Error,
    what: bi(
        "Tệp cấu hình `quytrinh.toml` của danh mục có chỗ sai: không đúng cách viết TOML, tên chế độ pháp lý không có, tên quy tắc không có, mức không phải `off`, `info`, `warn` hay `error`, hoặc một khóa không dùng. Khi tệp vẫn đọc được, các dòng đúng vẫn được áp dụng.",
        "The catalogue's `quytrinh.toml` has a mistake: it is not valid TOML, names a regime or rule that does not exist, gives a level other than `off`, `info`, `warn` or `error`, or has a key that is not used. When the file can still be read, the lines that are right still apply.",
    ),
    why: bi(
        "Cấu hình chọn chế độ pháp lý để kiểm tra (Thông tư 01/2018/TT-VPCP hay Nghị định 118/2025/NĐ-CP) và mức của từng quy tắc; một dòng sai bị bỏ qua có thể khiến danh mục được kiểm tra theo quy định khác với ý bạn.",
        "The configuration picks the legal regime checked against (Circular 01/2018/TT-VPCP or Decree 118/2025/NĐ-CP) and each rule's level; an ignored wrong line could have the catalogue checked against other rules than you meant.",
    ),
    invalid: Example { note: Bi::EMPTY, sample: Sample::Config("regime = \"thong_tu_01\"\n\n[rules]\nQC031 = \"tắt\"\n") },
    valid: Example { note: Bi::EMPTY, sample: Sample::Config("regime = \"circular_01_2018\"\n\n[rules]\nQC031 = \"off\"\n") },
    fix: bi(
        "Sửa dòng thông báo chỉ ra. Chế độ pháp lý là `circular_01_2018` hoặc `decree_118_2025`; trong `[rules]`, mỗi dòng là mã hoặc tên quy tắc (xem `quytrinh rules`) và một mức `\"off\"`, `\"info\"`, `\"warn\"` hoặc `\"error\"`.",
        "Fix the line the message points at. The regime is `circular_01_2018` or `decree_118_2025`; under `[rules]`, each line is a rule's code or name (see `quytrinh rules`) and a level `\"off\"`, `\"info\"`, `\"warn\"` or `\"error\"`.",
    ),
};

pub const UNKNOWN_SUPPRESSED_CODE_DOC: CodeDoc = CodeDoc {
    code: UNKNOWN_SUPPRESSED_CODE,
    name: "unknown-suppressed-code",
    vi: "Bỏ qua một mã không có",
    en: "A suppression of an unknown code",
    severity: Severity::Error,
    what: bi(
        "Một chú thích `# quytrinh: allow` nêu một mã hoặc tên không phải quy tắc của quytrinh, thường do gõ sai số. Chỉ các quy tắc QC001 trở đi mới bỏ qua được; lỗi cách viết (QS) hay liên kết (QM) thì phải sửa.",
        "A `# quytrinh: allow` comment names a code or name that is not a quytrinh rule, often a mistyped number. Only rules (QC001 on) can be suppressed; writing (QS) and link (QM) errors must be fixed.",
    ),
    why: bi(
        "Mã gõ sai thì cảnh báo thật vẫn còn, còn người đọc tệp lại tưởng nó đã được xem xét và chấp nhận.",
        "With a mistyped code the real finding stays, while whoever reads the file believes it was reviewed and accepted.",
    ),
    invalid: ex(&[("approved_by", "  approved_by draft  # quytrinh: allow QC090 -- dự thảo gửi các phòng lấy ý kiến")]),
    valid: ACCEPTED_DRAFT,
    fix: bi(
        "Sửa mã cho đúng quy tắc mà cảnh báo nêu (xem danh sách bằng `quytrinh rules`), hoặc xóa chú thích.",
        "Correct the code to the rule the finding names (see the list with `quytrinh rules`), or delete the comment.",
    ),
};

pub const UNUSED_SUPPRESSION_DOC: CodeDoc = CodeDoc {
    code: UNUSED_SUPPRESSION,
    name: "unused-suppression",
    vi: "Lệnh bỏ qua không bỏ qua gì",
    en: "A suppression that suppresses nothing",
    severity: Severity::Warning,
    what: bi(
        "Một chú thích `# quytrinh: allow <mã>` ở dòng mà quy tắc đó không báo gì: vấn đề đã được sửa, hoặc chú thích đặt sai dòng.",
        "A `# quytrinh: allow <code>` comment on a line where that rule reports nothing: the problem was fixed, or the comment is on the wrong line.",
    ),
    why: bi(
        "Lệnh bỏ qua còn sót lại sẽ âm thầm che mất vấn đề nếu nó xuất hiện lại ở dòng đó; và người đọc tưởng quy trình có một ngoại lệ mà thực ra không có.",
        "A leftover suppression would silently hide the problem if it came back on that line; and readers believe the procedure has an exception it does not have.",
    ),
    invalid: Example {
        note: bi(
            "Quy trình đã được phê duyệt, nhưng chú thích chấp nhận bản dự thảo vẫn còn:",
            "The procedure has been approved, but the comment accepting the draft is still there:",
        ),
        sample: Sample::Procedure(&[("approved_by", "  approved_by \"797/QĐ-UBND\"  # quytrinh: allow QC009 -- dự thảo gửi các phòng lấy ý kiến")]),
    },
    valid: ex(&[("approved_by", "  approved_by \"797/QĐ-UBND\"")]),
    fix: bi(
        "Xóa chú thích nếu vấn đề đã được sửa; nếu nó đặt sai dòng, chuyển nó đến cuối dòng có cảnh báo (hoặc lên dòng ngay phía trên).",
        "Delete the comment if the problem was fixed; if it is on the wrong line, move it to the end of the line with the finding (or alone on the line just above).",
    ),
};

/// Codes this crate reports that are not rules (configuration and suppression problems).
pub const META_DOCS: &[CodeDoc] =
    &[SUPPRESSION_WITHOUT_REASON_DOC, CONFIG_ERROR_DOC, UNKNOWN_SUPPRESSED_CODE_DOC, UNUSED_SUPPRESSION_DOC, MAPPING_ERROR_DOC];

pub const MAPPING_ERROR_DOC: CodeDoc = CodeDoc {
    code: crate::migrate::MAPPING_ERROR,
    name: "invalid-renames",
    vi: "Tệp đổi tên của `quytrinh migrate` không hợp lệ",
    en: "Invalid renames file for `quytrinh migrate`",
    severity: Severity::Error,
    what: bi(
        "Tệp đổi tên (`quytrinh migrate --map renames.toml`) có chỗ sai: không đúng cách viết TOML, có khóa không dùng (chỉ có `[names]` và `[agency.<mã>]` với `name`, `parent`, `address`, `units`), một tên trống hoặc có dấu ngoặc kép, hay các tên đổi vòng tròn (A thành B, B lại thành A). Khi có lỗi, `migrate` không ghi tệp nào.",
        "The renames file (`quytrinh migrate --map renames.toml`) has a mistake: it is not valid TOML, has a key that is not used (there are only `[names]` and `[agency.<id>]` with `name`, `parent`, `address`, `units`), an empty name or one with a quote, or names that go round in a circle (A becomes B, B becomes A again). With a mistake, `migrate` writes nothing.",
    ),
    why: bi(
        "Tên cơ quan, địa danh in trên quy trình được cả danh mục dùng; một khóa gõ sai sẽ bị bỏ qua lặng lẽ và quy trình ban hành lại vẫn mang tên cũ.",
        "The agency and place names printed on the procedures are used by the whole catalogue; a mistyped key would be silently ignored and the re-issued procedures would keep the old names.",
    ),
    invalid: Example { note: Bi::EMPTY, sample: Sample::Renames("[names]\n\"tỉnh Hậu Giang\" = \"thành phố Cần Thơ\"\n\"thành phố Cần Thơ\" = \"tỉnh Hậu Giang\"\n") },
    valid: Example { note: Bi::EMPTY, sample: Sample::Renames("[names]\n\"tỉnh Hậu Giang\" = \"thành phố Cần Thơ\"\n") },
    fix: bi(
        "Sửa dòng được chỉ ra: dùng đúng các khóa trên, mỗi tên cũ đổi một lần thành tên mới.",
        "Correct the line shown: use the keys above, each old name renamed once to its new one.",
    ),
};
