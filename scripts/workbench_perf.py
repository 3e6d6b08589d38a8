#!/usr/bin/env python3
"""Latency and memory of `quytrinh serve`, measured through HTTP as the page calls it.

A 1,000-procedure catalogue (qtr-gen) in which one procedure is grown to 300 steps; each
"keystroke" changes one character of that file and asks for its diagnostics
(POST /api/check) or its printable document (POST /api/preview), on one kept-alive
connection as the browser uses. Then 10,000 edits, the server's resident memory sampled
every 1,000.

Usage: scripts/workbench_perf.py target/release/quytrinh target/release/qtr-gen
Prints the figures as a Markdown table (docs/performance.md keeps them).
"""

import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

STEPS = 300
SAMPLES = int(os.environ.get("SAMPLES", 300))
EDITS = int(os.environ.get("EDITS", 10_000))


def grow(text, steps):
    """The procedure with `steps` steps: work steps inserted before the review step, renumbered."""
    lines = text.split("\n")
    step_re = re.compile(r'^(\s+)(\d+) (".*)$')
    idx = [i for i, l in enumerate(lines) if step_re.match(l)]
    have = len(idx)
    # Insert after the fourth step (the first work step); 0h so the total stays lawful.
    at = idx[3] + 1
    extra = [f'    0 "Thẩm định nội dung hồ sơ, phần {k + 1}" by cv_mc 0h' for k in range(steps - have)]
    lines[at:at] = extra
    n = 0
    out = []
    for line in lines:
        m = step_re.match(line)
        if m:
            n += 1
            line = f"{m.group(1)}{n} {m.group(3)}"
        out.append(line)
    assert n == steps, n
    return "\n".join(out)


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main():
    quytrinh, gen = sys.argv[1], sys.argv[2]
    work = tempfile.mkdtemp(prefix="qtr-perf-")
    folder = os.path.join(work, "catalogue")
    subprocess.run([gen, "1000", folder], check=True, stdout=subprocess.DEVNULL)
    big = "p000001.qtr"
    with open(os.path.join(folder, big), encoding="utf-8") as f:
        text = grow(f.read(), STEPS)
    with open(os.path.join(folder, big), "w", encoding="utf-8") as f:
        f.write(text)
    t0 = time.perf_counter()
    proc = subprocess.Popen([quytrinh, "serve", folder, "--port", "0"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    url = None
    while url is None:
        line = proc.stderr.readline()
        if not line:
            raise SystemExit("the server printed no address")
        m = re.search(r"http://([^/\s]+)/\?token=(\S+)", line)
        if m:
            url = m
    started = time.perf_counter() - t0
    host, token = url.group(1), url.group(2)
    conn = http.client.HTTPConnection(host)
    headers = {"X-Quytrinh-Token": token, "Content-Type": "application/json"}

    def call(method, path, body=None):
        start = time.perf_counter()
        conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
        r = conn.getresponse()
        data = r.read()
        assert r.status == 200, (r.status, data[:200])
        return time.perf_counter() - start, data

    rows = []
    try:
        first_catalogue, data = call("GET", "/api/catalogue")
        assert len(json.loads(data)["procedures"]) == 1000
        again, _ = call("GET", "/api/catalogue")
        call("GET", f"/api/file?path={big}")

        # A keystroke: one letter of a step's description changes.
        def typed(k):
            return text.replace("phần 150\"", f"phần 150{'abcdefghij'[k % 10]}\"", 1)

        diags = []
        previews = []
        for k in range(SAMPLES):
            dt, data = call("POST", "/api/check?lang=vi", {"path": big, "text": typed(k)})
            diags.append(dt * 1000)
            dt, html = call("POST", "/api/preview?lang=vi", {"path": big, "text": typed(k)})
            previews.append(dt * 1000)
        assert b"ph\xe1\xba\xa7n 150" in html
        n_diags = len(json.loads(data)["diagnostics"])

        memory = [(0, rss_kb(proc.pid))]
        for k in range(1, EDITS + 1):
            call("POST", "/api/check?lang=vi", {"path": big, "text": typed(k) + ("\n" * (k % 7))})
            if k % 1000 == 0:
                memory.append((k, rss_kb(proc.pid)))
    finally:
        proc.kill()
        proc.wait()
        shutil.rmtree(work, ignore_errors=True)

    print(f"Catalogue: 1,000 procedures (qtr-gen), one of {STEPS} steps ({len(text):,} bytes, {n_diags} findings).\n")
    print("| measure | p50 | p95 | max |")
    print("| --- | ---: | ---: | ---: |")
    for name, xs in (("keystroke → diagnostics (POST /api/check)", diags), ("keystroke → preview (POST /api/preview)", previews)):
        print(f"| {name}, {len(xs)} samples | {statistics.median(xs):.1f} ms | {pct(xs, 95):.1f} ms | {max(xs):.1f} ms |")
    print()
    print(f"Start-up until the address is printed: {started * 1000:.0f} ms; first catalogue view (checks every file): "
          f"{first_catalogue * 1000:.0f} ms; again, nothing changed: {again * 1000:.0f} ms.\n")
    print("| edits | resident memory |")
    print("| ---: | ---: |")
    for k, kb in memory:
        print(f"| {k:,} | {kb / 1024:.1f} MB |")
    p95_ok = pct(diags, 95) < 50 and pct(previews, 95) < 50
    growth = memory[-1][1] - memory[1][1]
    flat = growth < 0.1 * memory[1][1]
    print(f"\np95 under 50 ms: {'yes' if p95_ok else 'NO'}; memory from 1,000 to {EDITS:,} edits grew by {growth / 1024:.1f} MB: {'flat' if flat else 'NOT flat'}")
    return 0 if p95_ok and flat else 1


if __name__ == "__main__":
    sys.exit(main())
