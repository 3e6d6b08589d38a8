//! A generator of synthetic but realistic catalogues: Vietnamese text, 6–15 steps, dossiers,
//! forms and records, about 5 KB a procedure, every procedure checking clean. Deterministic
//! for a given seed, so benchmark runs compare like with like.

/// A small deterministic pseudo-random generator (xorshift64*), enough for test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// The agency file of a generated catalogue.
pub const AGENCY: &str = include_str!("../../quytrinh-check/src/baseline/agency.qtr");

const FIELDS: &[&str] = &[
    "Hoạt động khoa học và công nghệ",
    "Năng lượng nguyên tử, an toàn bức xạ và hạt nhân",
    "Tiêu chuẩn đo lường chất lượng",
    "Sở hữu trí tuệ",
];
const ACTS: &[&str] = &["Cấp", "Cấp lại", "Gia hạn", "Điều chỉnh", "Thay đổi, bổ sung", "Phê duyệt", "Đăng ký", "Xác nhận"];
const OBJECTS: &[&str] = &[
    "Giấy chứng nhận đăng ký hoạt động của tổ chức khoa học và công nghệ",
    "giấy phép tiến hành công việc bức xạ sử dụng thiết bị X-quang chẩn đoán trong y tế",
    "Giấy chứng nhận đăng ký chuyển giao công nghệ",
    "kế hoạch ứng phó sự cố bức xạ và hạt nhân cấp cơ sở",
    "Giấy chứng nhận tổ chức giám định sở hữu công nghiệp",
    "kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước",
    "bản công bố hợp quy sản phẩm, hàng hóa",
];
const SPECIALISTS: &[(&str, &str)] = &[("tp_qlcn", "cv_qlcn"), ("tp_qlkh", "cv_qlkh"), ("cc_tdc", "cv_tdc"), ("tp_atbx", "cv_atbx")];
const WORK: &[&str] = &[
    "Thẩm định hồ sơ, đối chiếu với quy định hiện hành",
    "Kiểm tra thực tế tại cơ sở, lập biên bản kiểm tra",
    "Tổng hợp ý kiến thẩm định, dự thảo văn bản kết quả",
    "Lấy ý kiến của các đơn vị liên quan về nội dung hồ sơ",
    "Hoàn thiện hồ sơ, dự thảo tờ trình",
    "Rà soát nội dung, đề xuất phương án giải quyết",
];

/// One generated procedure, numbered `i`.
pub fn procedure(i: usize, rng: &mut Rng) -> String {
    let field = rng.pick(FIELDS);
    let name = format!("{} {}", rng.pick(ACTS), rng.pick(OBJECTS));
    let (head, spec) = SPECIALISTS[rng.below(SPECIALISTS.len())];
    let middle = 6 + rng.below(10); // 6–15 steps in all with the fixed ones below
    let work_steps = middle.saturating_sub(6).max(1);
    let mut steps = String::new();
    let mut n = 1;
    let mut hours = 0u32;
    let line = |content: &str, actor: &str, h: u32, extra: &str, steps: &mut String, n: &mut usize| {
        let dur = if h.is_multiple_of(8) && h > 0 { format!("{}d", h / 8) } else { format!("{h}h") };
        steps.push_str(&format!("    {n} \"{content}\" by {actor} {dur}{extra}\n"));
        *n += 1;
    };
    line(
        "Tiếp nhận, kiểm tra tính đầy đủ của hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
        "cv_mc",
        2,
        " issues BM01 BM05 BM06",
        &mut steps,
        &mut n,
    );
    line("Chuyển hồ sơ và Phiếu kiểm soát đến phòng chuyên môn", "cv_mc", 2, " uses BM05", &mut steps, &mut n);
    line("Phân công công chức thụ lý hồ sơ", head, 4, " uses BM05", &mut steps, &mut n);
    hours += 8;
    for k in 0..work_steps {
        let h = 4 * (1 + rng.below(4)) as u32;
        hours += h;
        let w = WORK[(k + i) % WORK.len()];
        line(w, spec, h, "", &mut steps, &mut n);
    }
    line("Xem xét kết quả thẩm định, trình Lãnh đạo Sở ký", head, 4, " uses BM05", &mut steps, &mut n);
    line("Ký duyệt kết quả giải quyết thủ tục hành chính", "giamdoc", 4, "", &mut steps, &mut n);
    line("Vào số, đóng dấu, phát hành; chuyển kết quả về Bộ phận Một cửa", "vanthu", 4, " uses BM05", &mut steps, &mut n);
    line("Trả kết quả cho tổ chức, cá nhân", "cv_mc", 0, " uses BM01", &mut steps, &mut n);
    hours += 12;
    let days = hours.div_ceil(8) + rng.below(4) as u32;
    format!(
        r#"# Quy trình tổng hợp số {i} (dữ liệu sinh tự động cho đo hiệu năng)
procedure "QT-GEN-{i:05}" {{
  tthc        "1.{code:06}"
  name        "{name}"
  field       "{field}"
  level       province
  agency      sokhcn
  approved_by "797/QĐ-UBND"
  effective   2020-05-15

  revision 1 2020-05-15 "Ban hành lần đầu" {{
    drafted  "Nguyễn Văn An"  "Chuyên viên phòng chuyên môn" 2020-04-20
    reviewed "Trần Thị Bình"  "Trưởng phòng chuyên môn"      2020-04-24
    approved "Phạm Văn Cường" "Giám đốc Sở"                  2020-04-28
  }}

  purpose """
    Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục {name} tại Sở Khoa học và
    Công nghệ, bảo đảm công khai, minh bạch, đúng thời hạn và thuận lợi cho tổ chức, cá nhân.
  """
  scope "Áp dụng đối với BPMC, các phòng chuyên môn, Lãnh đạo Sở và Văn thư Sở khi giải quyết TTHC."

  references {{ standard "TCVN ISO 9001:2015" "Hệ thống quản lý chất lượng - Các yêu cầu" }}
  basis {{
    law      "29/2013/QH13"    2013-06-18 "Luật Khoa học và Công nghệ"
    decree   "08/2014/NĐ-CP"   2014-01-27 "Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học và Công nghệ"
    decree   "61/2018/NĐ-CP"   2018-04-23 "Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính"
    circular "01/2018/TT-VPCP" 2018-11-23 "Hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP"
  }}
  terms {{ TTHC "Thủ tục hành chính"  BPMC "Bộ phận Tiếp nhận và Trả kết quả" }}

  channels     direct online postal
  online_level full
  subjects     "Tổ chức, cá nhân"
  conditions   none
  place        "Bộ phận Tiếp nhận và Trả kết quả của Sở tại Trung tâm Phục vụ hành chính công tỉnh"

  dossier sets 1 {{
    item "Đơn đề nghị theo mẫu" original form F01
    item "Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập" certified_copy
    item "Tài liệu thuyết minh, báo cáo kỹ thuật kèm theo" original copy 1
  }}

  statutory {days} working_days
  fee    500_000 VND "Thông tư số 298/2016/TT-BTC"
  charge none
  result "Văn bản kết quả giải quyết thủ tục {name}"

  steps {{
{steps}    on incomplete issue BM02 by cv_mc within 3d
    on refused    issue BM03 by cv_mc
    on late       issue BM04 by giamdoc
  }}

  forms {{
    F01 "Đơn đề nghị" source "Mẫu số 01 ban hành kèm theo Thông tư chuyên ngành"
    use circular_01_2018
  }}

  records {{
    "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"    keep 5y by motcua medium paper electronic form BM01
    "Phiếu kiểm soát quá trình giải quyết hồ sơ" keep 5y by motcua medium paper form BM05
    "Hồ sơ đề nghị của tổ chức, cá nhân"          keep 10y by vanphong medium paper
    "Bản lưu kết quả giải quyết"                  keep forever by vanphong medium paper electronic
  }}
}}
"#,
        code = 100_000 + i,
    )
}

/// A whole catalogue: the agency file and `n` procedures, as (file name, text).
pub fn catalogue(n: usize, seed: u64) -> Vec<(String, String)> {
    let mut rng = Rng::new(seed);
    let mut files = vec![("agency.qtr".to_string(), AGENCY.to_string())];
    for i in 0..n {
        files.push((format!("p{i:06}.qtr"), procedure(i, &mut rng)));
    }
    files
}
