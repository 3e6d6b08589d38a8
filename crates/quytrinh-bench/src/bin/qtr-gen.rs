//! `qtr-gen N DIR [SEED]`: write a synthetic catalogue of N procedures into DIR.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(n), Some(dir)) = (args.get(1).and_then(|s| s.parse::<usize>().ok()), args.get(2)) else {
        eprintln!("usage: qtr-gen N DIR [SEED]");
        std::process::exit(2);
    };
    let seed = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(1);
    let dir = std::path::Path::new(dir);
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("qtr-gen: {}: {e}", dir.display());
        std::process::exit(2);
    }
    let mut bytes = 0;
    for (name, text) in quytrinh_bench::catalogue(n, seed) {
        bytes += text.len();
        if let Err(e) = std::fs::write(dir.join(&name), text) {
            eprintln!("qtr-gen: {name}: {e}");
            std::process::exit(2);
        }
    }
    println!("wrote {} procedures ({:.1} MB) to {}", n, bytes as f64 / 1e6, dir.display());
}
