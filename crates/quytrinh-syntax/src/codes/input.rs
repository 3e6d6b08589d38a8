//! The pages of the input codes (QI): problems with how a file was saved or found, before
//! any of its text is read. Their examples are bytes, tested through the decoder
//! (`tests/code_examples.rs` of the checker); QI005, QI006 and QI008 are described.

use quytrinh_diagnostics::{bi, CodeDoc, Example, Sample, Severity};

use super::*;

/// A well-formed file's first lines, the valid example of most input codes.
const GOOD_FILE: &[u8] = "procedure \"QT-CGCN-02\" {\n  name \"Cấp Giấy chứng nhận đăng ký chuyển giao công nghệ\"\n}\n".as_bytes();

const fn good(vi: &'static str, en: &'static str) -> Example {
    Example { note: bi(vi, en), sample: Sample::Bytes(GOOD_FILE) }
}

pub const EMPTY_FILE_DOC: CodeDoc = CodeDoc {
    code: EMPTY_FILE,
    name: "empty-file",
    vi: "Tệp rỗng",
    en: "The file is empty",
    severity: Severity::Error,
    what: bi(
        "Tệp .qtr không có nội dung nào, hoặc chỉ có khoảng trắng và dòng trống.",
        "The .qtr file has no content at all, or only spaces and blank lines.",
    ),
    why: bi(
        "Tệp rỗng thường là tệp mới tạo rồi quên viết, hoặc tệp bị lưu hỏng; nếu bỏ qua, danh mục sẽ thiếu một quy trình mà không ai hay.",
        "An empty file is usually one created and never written, or one saved badly; passed over, the catalogue would silently miss a procedure.",
    ),
    invalid: Example {
        note: bi("Tệp `quy-trinh-moi.qtr` có 0 byte:", "The file `new-procedure.qtr` has 0 bytes:"),
        sample: Sample::Bytes(b""),
    },
    valid: good("Tệp có nội dung quy trình:", "The file holds a procedure:"),
    fix: bi(
        "Viết quy trình vào tệp (lệnh `quytrinh new` tạo sẵn một bản mẫu), hoặc xóa tệp khỏi thư mục nếu không cần.",
        "Write the procedure into the file (`quytrinh new` writes a sample to start from), or delete the file from the folder if it is not needed.",
    ),
};

pub const BINARY_FILE_DOC: CodeDoc = CodeDoc {
    code: BINARY_FILE,
    name: "binary-file",
    vi: "Tệp chứa dữ liệu nhị phân, không phải văn bản",
    en: "The file holds binary data, not text",
    severity: Severity::Error,
    what: bi(
        "Tệp có byte 0, thứ không bao giờ có trong văn bản thuần: đó là tệp Word, PDF, ảnh hay tệp nén bị đổi đuôi thành .qtr.",
        "The file contains a zero byte, which plain text never has: it is a Word, PDF, image or zip file renamed to .qtr.",
    ),
    why: bi(
        "quytrinh chỉ đọc văn bản thuần; đọc tiếp một tệp nhị phân sẽ cho ra hàng trăm lỗi vô nghĩa thay vì một lời khuyên đúng.",
        "quytrinh reads plain text only; reading a binary file on would give hundreds of meaningless errors instead of one right piece of advice.",
    ),
    invalid: Example {
        note: bi(
            "Tệp Word `quy-trinh.docx` được đổi tên thành `quy-trinh.qtr`; nó bắt đầu bằng các byte:",
            "The Word file `procedure.docx` renamed to `procedure.qtr`; it starts with the bytes:",
        ),
        sample: Sample::Bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xDF\xA4\xD2lZ\x01\x00\x00"),
    },
    valid: good("Tệp văn bản thuần, gõ trong Notepad hoặc VS Code:", "A plain text file, typed in Notepad or VS Code:"),
    fix: bi(
        "Mở tệp gốc (Word, PDF), chép nội dung sang một tệp văn bản mới rồi lưu với đuôi .qtr. Đừng đổi đuôi tệp Word thành .qtr.",
        "Open the original file (Word, PDF), copy its content into a new text file and save it as .qtr. Do not rename a Word file to .qtr.",
    ),
};

pub const UTF16_FILE_DOC: CodeDoc = CodeDoc {
    code: UTF16_FILE,
    name: "utf16-file",
    vi: "Tệp lưu bằng UTF-16 (hoặc UTF-32); cần lưu lại bằng UTF-8",
    en: "The file is UTF-16 (or UTF-32); save it as UTF-8",
    severity: Severity::Error,
    what: bi(
        "Tệp được lưu bằng mã UTF-16 (Notepad cũ gọi là «Unicode»), mỗi chữ hai byte, thay vì UTF-8 mà tệp .qtr dùng. Tệp lưu bằng UTF-32 (mỗi chữ bốn byte, có hay không có dấu BOM) cũng được báo bằng mã này, và thông báo nói rõ là UTF-32.",
        "The file is saved as UTF-16 (which old Notepad calls «Unicode»), two bytes per letter, instead of the UTF-8 that .qtr files use. A file in UTF-32 (four bytes per letter, with or without a byte-order mark) gets this code too, and the message names UTF-32.",
    ),
    why: bi(
        "Chữ trong tệp vẫn đúng, nhưng đọc như UTF-8 thì mọi chữ đều sai. quytrinh dừng lại và chỉ cách lưu lại, thay vì báo lỗi ở từng dòng.",
        "The text in the file is right, but read as UTF-8 every letter is wrong. quytrinh stops and says how to save it again, instead of reporting every line.",
    ),
    invalid: Example {
        note: bi(
            "Tệp lưu bằng «Unicode» trong Notepad; hai byte đầu FF FE, sau mỗi chữ là một byte 0:",
            "A file saved as «Unicode» in Notepad; the first two bytes are FF FE, and a zero byte follows each letter:",
        ),
        sample: Sample::Bytes(b"\xFF\xFEp\0r\0o\0c\0e\0d\0u\0r\0e\0 \0\"\0Q\0T\0-\0C\0G\0C\0N\0-\x000\x002\0\"\0 \0{\0"),
    },
    valid: good("Cùng nội dung, lưu bằng UTF-8:", "The same content, saved as UTF-8:"),
    fix: bi(
        "Lưu lại tệp với mã UTF-8: trong Notepad chọn Tệp > Lưu thành… > Mã hóa: UTF-8; trong VS Code bấm vào chữ «UTF-16 LE» ở thanh dưới cùng > Lưu với mã > UTF-8.",
        "Save the file again as UTF-8: in Notepad choose File > Save as… > Encoding: UTF-8; in VS Code click «UTF-16 LE» in the bottom bar > Save with Encoding > UTF-8.",
    ),
};

pub const LEGACY_ENCODING_DOC: CodeDoc = CodeDoc {
    code: LEGACY_ENCODING,
    name: "legacy-encoding",
    vi: "Tệp không phải UTF-8 (mã TCVN3, VNI, Windows-1258…); cần chuyển sang Unicode",
    en: "The file is not UTF-8 (TCVN3, VNI, Windows-1258…); convert it to Unicode",
    severity: Severity::Error,
    what: bi(
        "Tệp dùng một bảng mã tiếng Việt cũ có trước Unicode: TCVN3 (ABC, phông .VnTime), VNI (phông VNI-Times) hoặc Windows-1258. quytrinh nói nó trông giống bảng mã nào.",
        "The file uses an old Vietnamese encoding from before Unicode: TCVN3 (ABC, .VnTime fonts), VNI (VNI-Times fonts) or Windows-1258. quytrinh says which one it looks like.",
    ),
    why: bi(
        "Chữ mã cũ chỉ hiện đúng với phông cũ trên máy đã cài phông đó; trên cổng dịch vụ công và trong tài liệu in ra, tên thủ tục và nội dung các bước sẽ thành chữ lỗi.",
        "Text in an old encoding shows right only with the old fonts installed; on the public service portal and in printed documents the procedure's name and steps would come out garbled.",
    ),
    invalid: Example {
        note: bi(
            "Dòng `name \"Sở Khoa học và Công nghệ, đăng ký\"` chép từ một văn bản .VnTime, lưu bằng mã TCVN3; trình soạn thảo không có phông .VnTime hiện nó thành:",
            "The line `name \"Sở Khoa học và Công nghệ, đăng ký\"` copied from a .VnTime document, saved in TCVN3; an editor without the .VnTime fonts shows it as:",
        ),
        sample: Sample::Bytes(b"name \"S\xEB Khoa h\xE4c v\xB5 C\xABng ngh\xD6, \xAE\xA8ng k\xFD\"\n"),
    },
    valid: good(
        "Một tệp đã chuyển sang Unicode UTF-8; chữ tiếng Việt hiện đúng ở mọi nơi:",
        "A file converted to Unicode UTF-8; its Vietnamese shows right everywhere:",
    ),
    fix: bi(
        "Chuyển tệp sang Unicode: mở Unikey > Công cụ (Ctrl+Shift+F6), chọn bảng mã nguồn là mã quytrinh đã nêu (TCVN3, VNI hoặc CP 1258), bảng mã đích là Unicode, rồi lưu tệp với mã UTF-8.",
        "Convert the file to Unicode: open Unikey > Tools (Ctrl+Shift+F6), pick the encoding quytrinh named (TCVN3, VNI or CP 1258) as source and Unicode as target, then save the file as UTF-8.",
    ),
};

pub const TOO_LARGE_DOC: CodeDoc = CodeDoc {
    code: TOO_LARGE,
    name: "file-too-large",
    vi: "Tệp lớn hơn 10 MB",
    en: "The file is larger than 10 MB",
    severity: Severity::Error,
    what: bi(
        "Tệp .qtr lớn hơn 10 MB. Một quy trình chỉ vài KB, nên tệp lớn như vậy gần như chắc chắn là nhầm tệp.",
        "The .qtr file is larger than 10 MB. A procedure is a few KB, so a file this large is almost surely the wrong file.",
    ),
    why: bi(
        "Đọc một tệp khổng lồ làm chậm cả lần kiểm tra mà không đem lại gì; báo sớm giúp phát hiện tệp bị chép nhầm hoặc bị ghi đè.",
        "Reading a huge file slows the whole check for nothing; saying so early catches a file copied by mistake or overwritten.",
    ),
    invalid: Example {
        note: bi(
            "Một bản sao lưu hay tệp nhật ký 25 MB bị đặt tên `quy-trinh.qtr` trong thư mục danh mục (không thể trình bày bằng một ví dụ ngắn).",
            "A 25 MB backup or log file named `procedure.qtr` in the catalogue folder (too large to show as a short example).",
        ),
        sample: Sample::Described,
    },
    valid: Example {
        note: bi("Mỗi tệp .qtr chứa một quy trình, thường từ 3 đến 20 KB.", "Each .qtr file holds one procedure, usually 3 to 20 KB."),
        sample: Sample::Described,
    },
    fix: bi(
        "Kiểm tra xem có đúng là tệp quy trình không; nếu một tệp chứa nhiều quy trình, tách mỗi quy trình ra một tệp .qtr riêng.",
        "Check that it really is a procedure file; if one file holds many procedures, split each into its own .qtr file.",
    ),
};

pub const UNREADABLE_DOC: CodeDoc = CodeDoc {
    code: UNREADABLE,
    name: "unreadable",
    vi: "Không đọc được tệp hoặc thư mục",
    en: "A file or folder cannot be read",
    severity: Severity::Error,
    what: bi(
        "Máy tính không cho quytrinh đọc một tệp hoặc thư mục: không có, không đủ quyền, đang bị chương trình khác khóa, hoặc ổ mạng bị ngắt. Thông báo nêu lý do mà hệ điều hành đưa ra.",
        "The computer does not let quytrinh read a file or folder: it does not exist, access is denied, another program locks it, or a network drive is disconnected. The message gives the operating system's reason.",
    ),
    why: bi(
        "Một tệp không đọc được là một quy trình không được kiểm tra; quytrinh báo rõ thay vì bỏ qua nó trong im lặng.",
        "A file that cannot be read is a procedure that is not checked; quytrinh says so instead of silently leaving it out.",
    ),
    invalid: Example {
        note: bi(
            "Chạy `quytrinh check \\\\may-chu\\quy-trinh` khi ổ mạng đã ngắt, hoặc trên một tệp mà tài khoản của bạn không có quyền đọc (không thể trình bày bằng nội dung tệp).",
            "Running `quytrinh check \\\\server\\procedures` while the network drive is disconnected, or on a file your account may not read (not something a file's content can show).",
        ),
        sample: Sample::Described,
    },
    valid: Example {
        note: bi(
            "Thư mục có trên máy (hoặc ổ mạng đang kết nối) và tài khoản của bạn mở được các tệp trong đó.",
            "The folder exists on the computer (or the network drive is connected) and your account can open its files.",
        ),
        sample: Sample::Described,
    },
    fix: bi(
        "Kiểm tra đường dẫn gõ đúng chưa, ổ mạng đã kết nối chưa, tệp có đang mở và bị khóa trong chương trình khác không; nếu thiếu quyền, nhờ quản trị mạng cấp quyền đọc.",
        "Check that the path is typed right, the network drive is connected and no other program holds the file locked; if access is denied, ask the IT administrator for read access.",
    ),
};

pub const MOJIBAKE_DOC: CodeDoc = CodeDoc {
    code: MOJIBAKE,
    name: "garbled-text",
    vi: "Chữ tiếng Việt bị lỗi phông (mã cũ đọc sai thành Unicode)",
    en: "Garbled Vietnamese text (a legacy encoding read as Unicode)",
    severity: Severity::Error,
    what: bi(
        "Tệp là UTF-8 hợp lệ nhưng chữ tiếng Việt đã bị hỏng từ trước: văn bản mã cũ (TCVN3, VNI) bị một chương trình đọc sai rồi lưu lại, nên thành những chữ như «Thñ tôc hµnh chÝnh». Mã này dành cho cả tệp; khi chỉ vài văn bản bị dán từ tài liệu mã cũ vào một tệp gõ bằng Unicode, quytrinh báo từng văn bản đó (QS020) kèm chữ Unicode đúng.",
        "The file is valid UTF-8 but its Vietnamese was already broken: text in an old encoding (TCVN3, VNI) was read wrongly by some program and saved again, giving letters like «Thñ tôc hµnh chÝnh». This code is for the whole file; when only a few texts were pasted from a legacy document into a file typed in Unicode, quytrinh reports each of them (QS020) with the right Unicode text.",
    ),
    why: bi(
        "Chữ lỗi phông sẽ đi thẳng lên cổng dịch vụ công và vào tài liệu in; người dân không đọc được tên thủ tục hay các bước.",
        "Garbled text would go straight to the public service portal and into printed documents; citizens could not read the procedure's name or steps.",
    ),
    invalid: Example {
        note: bi(
            "Một tệp mà mọi chữ tiếng Việt đều chép từ một văn bản .VnTime đã bị đọc sai:",
            "A file all of whose Vietnamese was copied from a .VnTime document that was read wrongly:",
        ),
        sample: Sample::Bytes(
            "procedure \"QT-CGCN-02\" {\n  name \"Thñ tôc hµnh chÝnh cña Së ®¨ng ký ®¨ng\"\n  purpose \"Quy ®Þnh tr×nh tù, tr¸ch nhiÖm gi¶i quyÕt\"\n  subjects \"Tæ chøc, c¸ nh©n\"\n}\n"
                .as_bytes(),
        ),
    },
    valid: good("Chữ tiếng Việt Unicode đúng:", "Correct Unicode Vietnamese:"),
    fix: bi(
        "Chép lại văn bản từ tài liệu gốc sau khi đã chuyển tài liệu đó sang Unicode (Unikey > Công cụ, Ctrl+Shift+F6, mã nguồn TCVN3 hoặc VNI, mã đích Unicode); hoặc gõ lại các dòng bị lỗi.",
        "Copy the text again from the original document after converting it to Unicode (Unikey > Tools, Ctrl+Shift+F6, source TCVN3 or VNI, target Unicode); or retype the garbled lines.",
    ),
};

pub const NO_FILES_DOC: CodeDoc = CodeDoc {
    code: NO_FILES,
    name: "no-files",
    vi: "Không tìm thấy tệp .qtr nào",
    en: "No .qtr files found",
    severity: Severity::Error,
    what: bi(
        "Thư mục hoặc đường dẫn đưa cho quytrinh không có tệp nào có đuôi .qtr.",
        "The folder or path given to quytrinh contains no file ending in .qtr.",
    ),
    why: bi(
        "Nếu không báo, lệnh kiểm tra sẽ «thành công» mà không kiểm tra gì, và người dùng tưởng danh mục đã đạt.",
        "Without it, the check would «pass» having checked nothing, and the user would think the catalogue is fine.",
    ),
    invalid: Example {
        note: bi(
            "Chạy `quytrinh check` trong một thư mục chỉ có tệp `quy-trinh.docx` và `quy-trinh.qtr.txt` (Windows ẩn đuôi `.txt`).",
            "Running `quytrinh check` in a folder holding only `procedure.docx` and `procedure.qtr.txt` (Windows hides the `.txt`).",
        ),
        sample: Sample::Described,
    },
    valid: Example {
        note: bi(
            "Thư mục có `agency.qtr` và các tệp quy trình như `QT-CGCN-02.qtr`.",
            "The folder has `agency.qtr` and procedure files such as `QT-CGCN-02.qtr`.",
        ),
        sample: Sample::Described,
    },
    fix: bi(
        "Chạy lệnh trong đúng thư mục danh mục, hoặc chỉ rõ đường dẫn: `quytrinh check thu-muc-quy-trinh`. Nếu tệp có đuôi `.qtr.txt`, bật hiện đuôi tệp trong Windows và đổi tên bỏ `.txt`.",
        "Run the command in the catalogue folder, or give the path: `quytrinh check procedures-folder`. If files end in `.qtr.txt`, make Windows show file extensions and rename them without `.txt`.",
    ),
};

pub const INVALID_UTF8_BYTES_DOC: CodeDoc = CodeDoc {
    code: INVALID_UTF8_BYTES,
    name: "invalid-utf8-bytes",
    vi: "Tệp UTF-8 có vài byte hỏng",
    en: "A UTF-8 file with a few broken bytes",
    severity: Severity::Error,
    what: bi(
        "Tệp đã là Unicode UTF-8 với chữ tiếng Việt đúng, nhưng có vài byte không hợp lệ: một chữ bị cắt đôi khi chép, lưu dở hay ghép tệp. quytrinh chỉ ra dòng và cột của byte hỏng đầu tiên (và số byte hỏng).",
        "The file already is Unicode UTF-8 with right Vietnamese letters, but holds a few invalid bytes: a letter cut in two by a copy, an interrupted save or files joined together. quytrinh gives the line and column of the first broken byte (and how many there are).",
    ),
    why: bi(
        "Không đọc được các byte đó thì không biết chữ nào đã mất. Không nên chuyển cả tệp sang mã khác (như với tệp TCVN3): tệp đã đúng mã, chuyển đổi sẽ làm hỏng mọi chữ còn lại.",
        "The letters those bytes held cannot be known. Do not convert the whole file to another encoding (as for a TCVN3 file): it already is in the right one, and converting would garble every other letter.",
    ),
    invalid: Example {
        note: bi(
            "Tên thủ tục mà chữ «ý» bị hỏng thành một byte lẻ (FD) khi ghép tệp:",
            "A procedure name whose «ý» was broken into a lone byte (FD) when files were joined:",
        ),
        sample: Sample::Bytes(b"procedure \"QT-CGCN-02\" {\n  name \"C\xE1\xBA\xA5p Gi\xE1\xBA\xA5y ch\xE1\xBB\xA9ng nh\xE1\xBA\xADn \xC4\x91\xC4\x83ng k\xFD chuy\xE1\xBB\x83n giao c\xC3\xB4ng ngh\xE1\xBB\x87\"\n}\n"),
    },
    valid: good("Cùng tên ấy, chữ «ý» gõ lại:", "The same name with its «ý» typed again:"),
    fix: bi(
        "Mở tệp, đến dòng và cột quytrinh chỉ ra (trình soạn thảo hiện byte hỏng thành dấu � hay ô vuông), gõ lại chữ đúng rồi lưu với mã UTF-8. Đừng chuyển cả tệp bằng Unikey.",
        "Open the file, go to the line and column quytrinh gives (the editor shows the broken byte as � or a box), type the right letter again and save as UTF-8. Do not convert the whole file with Unikey.",
    ),
};
