//! Operating-system errors in the officer's language, with what to do about them.
//!
//! `std::io::Error` prints English ("No such file or directory (os error 2)"); a Vietnamese
//! report says what happened and what to do in Vietnamese, keeping the system's own words
//! in brackets for whoever has to look it up.

use std::io::ErrorKind;

/// (Vietnamese, English) descriptions of an I/O error, each with what to do.
pub fn describe(e: &std::io::Error) -> (String, String) {
    // Our own refusal of a FIFO or device already says what it is and what to do.
    if let Some(inner) = e.get_ref().and_then(|i| i.downcast_ref::<crate::load::NotRegular>()) {
        return (
            format!("không phải tệp thông thường ({}): chỉ đọc tệp .qtr thông thường; xóa hoặc đổi tên mục này", inner.0),
            format!("{inner}: only regular .qtr files are read; remove or rename it"),
        );
    }
    let (vi, en) = match e.kind() {
        ErrorKind::NotFound => ("không tìm thấy tệp hoặc thư mục; kiểm tra lại đường dẫn", "no such file or folder; check the path"),
        ErrorKind::PermissionDenied => (
            "không có quyền truy cập; xin quyền đọc (hoặc ghi) tệp này, hoặc chạy với tài khoản có quyền",
            "permission denied; get read (or write) access to it, or run as a user who has it",
        ),
        ErrorKind::AlreadyExists => ("tệp đã có", "the file already exists"),
        ErrorKind::InvalidData => ("dữ liệu không đọc được (không phải văn bản UTF-8?)", "the data cannot be read (not UTF-8 text?)"),
        ErrorKind::StorageFull => ("ổ đĩa đã đầy; giải phóng dung lượng rồi chạy lại", "the disk is full; free some space and run again"),
        ErrorKind::ReadOnlyFilesystem => {
            ("ổ đĩa chỉ cho đọc; chọn thư mục khác để ghi", "the file system is read-only; write somewhere else")
        }
        ErrorKind::IsADirectory => ("đây là thư mục, không phải tệp", "this is a folder, not a file"),
        ErrorKind::NotADirectory => ("một phần của đường dẫn không phải thư mục", "part of the path is not a folder"),
        ErrorKind::Interrupted | ErrorKind::TimedOut | ErrorKind::WouldBlock => ("bị gián đoạn; chạy lại", "interrupted; run again"),
        _ => ("lỗi hệ thống khi đọc hoặc ghi tệp", "a system error while reading or writing the file"),
    };
    (format!("{vi} [{e}]"), format!("{en} [{e}]"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_told_in_vietnamese_with_what_to_do() {
        let missing = std::fs::read("/nonexistent/quytrinh/x.qtr").expect_err("missing");
        let (vi, en) = describe(&missing);
        assert!(vi.starts_with("không tìm thấy tệp hoặc thư mục; kiểm tra lại đường dẫn [No such file"), "{vi}");
        assert!(en.starts_with("no such file or folder"), "{en}");
    }
}
