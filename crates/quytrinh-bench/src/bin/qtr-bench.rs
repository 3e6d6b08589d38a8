//! `qtr-bench [N...]`: parse + lower, and parse + lower + check, of generated catalogues in
//! memory, on all cores and on one; prints files/s, MB/s and peak memory.
//! (End-to-end timings of the real binary, against `cat`, are in `scripts/bench.sh`.)

use std::time::Instant;

// Parsing allocates many small strings; mimalloc makes that markedly cheaper (see docs/performance.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use quytrinh_diagnostics::FileId;
use quytrinh_model::{lower, LowerOptions, ParsedFile};
use rayon::prelude::*;

fn run(files: &[(String, String)], with_check: bool) -> (f64, usize) {
    let start = Instant::now();
    let parsed: Vec<ParsedFile> = files
        .par_iter()
        .enumerate()
        .map(|(i, (name, text))| {
            let (source, _d) = quytrinh_syntax::parse(text, FileId(i as u32));
            ParsedFile::new(name.clone(), source)
        })
        .collect();
    let (cat, diags) = lower(parsed, LowerOptions::default());
    let mut n = diags.len();
    if with_check {
        n += quytrinh_check::run(&cat, &quytrinh_check::Config::default()).len();
    }
    (start.elapsed().as_secs_f64(), n)
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok()))
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

/// Time of each stage on one thread, to see where time goes.
fn split(files: &[(String, String)]) {
    let t = Instant::now();
    let mut csts = 0;
    for (i, (_, text)) in files.iter().enumerate() {
        csts += quytrinh_syntax::parse_cst_only(text, FileId(i as u32));
    }
    let t_cst = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let parsed: Vec<ParsedFile> = files
        .iter()
        .enumerate()
        .map(|(i, (name, text))| ParsedFile::new(name.clone(), quytrinh_syntax::parse(text, FileId(i as u32)).0))
        .collect();
    let t_parse = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let (cat, _) = lower(parsed, LowerOptions::default());
    let t_lower = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let n = quytrinh_check::run(&cat, &quytrinh_check::Config::default()).len();
    let t_check = t.elapsed().as_secs_f64();
    println!("one thread, {} files: grammar {t_cst:.3}s, parse (grammar+AST) {t_parse:.3}s, lower {t_lower:.3}s, check {t_check:.3}s ({csts} nodes, {n} diagnostics)", files.len());
}

fn main() {
    if std::env::var_os("QTR_MEM").is_some() {
        let files = quytrinh_bench::catalogue(10_000, 1);
        println!("texts: {:.0} MB", peak_rss_mb());
        let parsed: Vec<ParsedFile> = files
            .par_iter()
            .enumerate()
            .map(|(i, (name, text))| ParsedFile::new(name.clone(), quytrinh_syntax::parse(text, FileId(i as u32)).0))
            .collect();
        println!("after parse: {:.0} MB", peak_rss_mb());
        let (cat, _) = lower(parsed, LowerOptions::default());
        println!("after lower: {:.0} MB", peak_rss_mb());
        let n = quytrinh_check::run(&cat, &quytrinh_check::Config::default()).len();
        println!("after check: {:.0} MB ({n})", peak_rss_mb());
        return;
    }
    if std::env::var_os("QTR_SPLIT").is_some() {
        split(&quytrinh_bench::catalogue(10_000, 1));
        return;
    }
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![1_000, 10_000] } else { sizes };
    println!("{:>8} {:>8} {:>14} {:>9} {:>11} {:>9} {:>12}", "files", "MB", "phase", "threads", "wall (s)", "files/s", "MB/s");
    for n in sizes {
        let files = quytrinh_bench::catalogue(n, 1);
        let mb = files.iter().map(|f| f.1.len()).sum::<usize>() as f64 / 1e6;
        for (phase, check) in [("parse+lower", false), ("+check", true)] {
            for threads in [rayon::current_num_threads(), 1] {
                let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("thread pool");
                // Best of three: the machine is shared with nothing else, but caches warm up.
                let mut best = f64::MAX;
                let mut diags = 0;
                for _ in 0..3 {
                    let (t, d) = pool.install(|| run(&files, check));
                    best = best.min(t);
                    diags = d;
                }
                println!(
                    "{:>8} {:>8.1} {:>14} {:>9} {:>11.3} {:>9.0} {:>12.1}   ({} diagnostics)",
                    n,
                    mb,
                    phase,
                    threads,
                    best,
                    n as f64 / best,
                    mb / best,
                    diags
                );
            }
        }
    }
    println!("peak RSS: {:.0} MB", peak_rss_mb());
}
