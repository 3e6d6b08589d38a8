#!/usr/bin/env python3
"""Benchmark of the language server: re-check of a 300-step procedure after an edit, with a
1,000-procedure catalogue open. Drives the real binary over stdio; prints the median and
90th percentile of the time from `didChange` to `publishDiagnostics`.

Usage: scripts/lsp_bench.py QUYTRINH_BINARY QTR_GEN_BINARY
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def send(p, msg):
    body = json.dumps(msg).encode()
    p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    p.stdin.flush()


def read(p):
    length = 0
    while True:
        line = p.stdout.readline().strip()
        if not line:
            break
        if line.startswith(b"Content-Length:"):
            length = int(line.split(b":")[1])
    return json.loads(p.stdout.read(length))


def main():
    quytrinh, gen = sys.argv[1], sys.argv[2]
    root = tempfile.mkdtemp(prefix="qtr-lsp-")
    subprocess.run([gen, "1000", root], check=True, capture_output=True)
    base = open(os.path.join(root, "p000000.qtr"), encoding="utf-8").read()
    head, rest = base.split("  steps {\n", 1)
    tail = rest[rest.index("    on incomplete"):]
    steps = ['    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả" by cv_mc 1h issues BM01 BM05 BM06']
    for i in range(2, 300):
        steps.append(f'    {i} "Thẩm định nội dung số {i} của hồ sơ, đối chiếu quy định" by cv_qlcn 1h uses BM05')
    steps.append('    300 "Trả kết quả cho tổ chức, cá nhân" by cv_mc 0h uses BM01')
    doc_text = head.replace("statutory", "statutory 40 working_days #", 1) + "  steps {\n" + "\n".join(steps) + "\n" + tail
    doc = os.path.join(root, "big.qtr")
    open(doc, "w", encoding="utf-8").write(doc_text)
    uri = "file://" + os.path.realpath(doc)
    p = subprocess.Popen([quytrinh, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    t0 = time.perf_counter()
    send(p, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": "file://" + os.path.realpath(root), "capabilities": {}}})
    while read(p).get("id") != 1:
        pass
    startup = time.perf_counter() - t0
    send(p, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
    send(p, {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "qtr", "version": 1, "text": doc_text}}})
    while read(p).get("method") != "textDocument/publishDiagnostics":
        pass
    times = []
    for v in range(2, 62):
        text = doc_text.replace("đối chiếu quy định", f"đối chiếu quy định (sửa {v})", 1)
        t = time.perf_counter()
        send(p, {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": v}, "contentChanges": [{"text": text}]}})
        while True:
            m = read(p)
            if m.get("method") == "textDocument/publishDiagnostics":
                break
        times.append((time.perf_counter() - t) * 1000)
    send(p, {"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
    read(p)
    send(p, {"jsonrpc": "2.0", "method": "exit", "params": None})
    p.wait(timeout=10)
    times.sort()
    print(f"catalogue: 1000 procedures + a 300-step procedure ({len(doc_text)} bytes)")
    print(f"startup (load and parse the catalogue): {startup * 1000:.0f} ms")
    print(f"re-check after an edit: median {statistics.median(times):.1f} ms, p90 {times[int(len(times) * 0.9)]:.1f} ms over {len(times)} edits")


if __name__ == "__main__":
    main()
