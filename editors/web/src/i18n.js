// The interface's words, Vietnamese first. The choice is kept in the browser.
const WORDS = {
  vi: {
    title: "Bàn làm việc quytrinh",
    catalogue: "Danh mục",
    editor: "Soạn thảo",
    report: "Báo cáo danh mục",
    newProcedure: "Quy trình mới",
    filter: "Lọc theo mã, tên, lĩnh vực…",
    code: "Mã",
    name: "Tên thủ tục",
    field: "Lĩnh vực",
    decision: "Quyết định công bố",
    statutory: "Luật định",
    internal: "Nội bộ",
    cut: "Cắt giảm",
    problems: "Lỗi / cảnh báo",
    file: "Tệp",
    save: "Lưu",
    saved: "Đã lưu",
    unsaved: "Chưa lưu",
    saving: "Đang lưu…",
    preview: "Xem trước",
    downloadDocx: "Tải DOCX",
    downloadJson: "Tải JSON cổng DVC",
    downloadReceipt: "Giấy tiếp nhận",
    downloadControl: "Phiếu kiểm soát",
    noErrors: "Không có lỗi",
    fix: "Sửa",
    fixReview: "Sửa (cần xem lại)",
    errors: (e, w) => `${e} lỗi, ${w} cảnh báo`,
    stale: "Tệp đã bị thay đổi trên đĩa từ khi mở, nên chưa lưu. Các dòng khác nhau:",
    reloadDisk: "Lấy bản trên đĩa (bỏ thay đổi của tôi)",
    overwrite: "Vẫn ghi đè bằng bản của tôi",
    changedOutside: "Tệp vừa được sửa ở nơi khác.",
    reloaded: "Đã tải lại bản mới trên đĩa.",
    create: "Tạo",
    cancel: "Hủy",
    tthc: "Mã TTHC",
    statutoryDays: "Thời hạn luật định (ngày làm việc)",
    days: "ngày",
    open: "Mở",
    lines: { mine: "Bản của tôi", disk: "Bản trên đĩa" },
    explain: "Giải thích",
    language: "English",
  },
  en: {
    title: "quytrinh workbench",
    catalogue: "Catalogue",
    editor: "Editor",
    report: "Catalogue report",
    newProcedure: "New procedure",
    filter: "Filter by code, name, field…",
    code: "Code",
    name: "Procedure name",
    field: "Field",
    decision: "Approving decision",
    statutory: "Statutory",
    internal: "Internal",
    cut: "Cut",
    problems: "Errors / warnings",
    file: "File",
    save: "Save",
    saved: "Saved",
    unsaved: "Not saved",
    saving: "Saving…",
    preview: "Preview",
    downloadDocx: "Download DOCX",
    downloadJson: "Download portal JSON",
    downloadReceipt: "Receipt form",
    downloadControl: "Control sheet",
    noErrors: "No errors",
    fix: "Fix",
    fixReview: "Fix (review it)",
    errors: (e, w) => `${e} errors, ${w} warnings`,
    stale: "The file changed on disk since it was opened, so it was not saved. The lines that differ:",
    reloadDisk: "Take the disk's version (drop my changes)",
    overwrite: "Overwrite with mine anyway",
    changedOutside: "The file was just changed elsewhere.",
    reloaded: "Reloaded the newer version from disk.",
    create: "Create",
    cancel: "Cancel",
    tthc: "TTHC code",
    statutoryDays: "Statutory time (working days)",
    days: "days",
    open: "Open",
    lines: { mine: "Mine", disk: "On disk" },
    explain: "Explanation",
    language: "Tiếng Việt",
  },
};

let lang = localStorage.getItem("quytrinh.lang") === "en" ? "en" : "vi";

export function getLang() {
  return lang;
}

export function setLang(l) {
  lang = l;
  localStorage.setItem("quytrinh.lang", l);
}

export function t(key) {
  return WORDS[lang][key];
}

// Vietnamese numbers use a decimal comma.
export function num(x) {
  if (x === null || x === undefined) return "";
  const s = Number.isInteger(x) ? String(x) : x.toFixed(1);
  return lang === "vi" ? s.replace(".", ",") : s;
}
