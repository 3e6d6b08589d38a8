//! `quytrinh serve [DIR]`: start the workbench and print the address to open.

use quytrinh_diagnostics::Lang;

use crate::args::ServeArgs;
use crate::serve::{start, Options};

pub fn run(args: &ServeArgs, lang: Lang) -> u8 {
    let running = match start(Options { root: args.dir.clone(), bind: args.bind, port: args.port }) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            return 2;
        }
    };
    let port = running.addr.port();
    let host = if args.bind.is_loopback() || args.bind.is_unspecified() { "127.0.0.1".to_string() } else { args.bind.to_string() };
    let url = format!("http://{host}:{port}/?token={}", running.token);
    match lang {
        Lang::Vi => eprintln!(
            "Bàn làm việc quytrinh cho {}:\n\n    {url}\n\nMở đường dẫn trên trong trình duyệt. Ctrl+C để dừng.",
            args.dir.display()
        ),
        Lang::En => {
            eprintln!("quytrinh workbench for {}:\n\n    {url}\n\nOpen that address in a browser. Ctrl+C to stop.", args.dir.display())
        }
    }
    if !args.bind.is_loopback() {
        match lang {
            Lang::Vi => eprintln!(
                "\nChú ý: đang mở cho mạng ở {}:{port}; mọi yêu cầu đều cần mã truy cập. Ai có mã đều đọc và sửa được\ncác tệp .qtr của thư mục này: chỉ gửi đường dẫn có mã cho người cần. Mã truy cập (Token): {}",
                args.bind, running.token
            ),
            Lang::En => eprintln!(
                "\nNote: open to the network on {}:{port}; every request needs the token. Anyone who has it can read and\nchange this folder's .qtr files: give the address with the token only to those who need it. Token: {}",
                args.bind, running.token
            ),
        }
    }
    running.wait();
    0
}
