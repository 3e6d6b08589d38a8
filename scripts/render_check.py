#!/usr/bin/env python3
"""Render every example's printable documents (procedure, annex, the one-stop forms filled
in) with real renderers and read them back.

HTML → PDF with headless Chromium, DOCX → PDF with LibreOffice Writer, then `pdftotext`:
the procedure name, a step's content and the national title must come through with every
diacritic intact, and the page count must be sensible. Run by .ci/run (which installs
chromium, libreoffice-writer-nogui, poppler-utils and fonts with Vietnamese glyphs).

Usage: scripts/render_check.py QUYTRINH_BINARY
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata


def words(text):
    """NFC words, upper-cased, without hyphens (pdftotext joins a word broken at a hyphen)."""
    tokens = unicodedata.normalize("NFC", text).upper().replace("-", "").split()
    return [t.strip("()[]{},.;:«»\"'") for t in tokens if t.strip("()[]{},.;:«»\"'")]


def contains_in_order(haystack, needle):
    """Every word of `needle`, spelt exactly (diacritics intact), in order in `haystack`;
    other words may stand between them (table cells side by side interleave in a PDF)."""
    it = iter(haystack)
    return all(any(w == h for h in it) for w in needle)


def pdf_text(pdf):
    return subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True, text=True).stdout


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def main():
    binary = sys.argv[1]
    work = tempfile.mkdtemp(prefix="qtr-render-")
    out = os.path.join(work, "out")
    subprocess.run([binary, "build", "examples", "--emit", "json,html,docx,annex", "--out", out], check=True)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    failures = []
    checked = 0
    for name in sorted(os.listdir(out)):
        if not name.endswith(".json") or name == "catalogue.json":
            continue
        doc = json.load(open(os.path.join(out, name), encoding="utf-8"))
        stem = name[:-5]
        expected = {
            "procedure name": doc["name"],
            "a step's content": doc["steps"][len(doc["steps"]) // 2]["content"],
            "national title": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        }
        html_pdf = os.path.join(work, stem + "-html.pdf")
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--user-data-dir=" + os.path.join(work, "chromium"), "--no-pdf-header-footer",
             "--print-to-pdf=" + html_pdf, "file://" + os.path.join(out, stem + ".html")],
            check=True, capture_output=True, timeout=120)
        subprocess.run(
            ["libreoffice", "--headless", "-env:UserInstallation=file://" + os.path.join(work, "lo"),
             "--convert-to", "pdf", "--outdir", os.path.join(work, "docx"), os.path.join(out, stem + ".docx")],
            check=True, capture_output=True, timeout=180)
        docx_pdf = os.path.join(work, "docx", stem + ".pdf")
        for kind, pdf in (("HTML", html_pdf), ("DOCX", docx_pdf)):
            text = words(pdf_text(pdf))
            for what, value in expected.items():
                if not contains_in_order(text, words(value)):
                    failures.append(f"{stem} ({kind}): {what} not found intact: {value!r}")
            n = pages(pdf)
            if not 2 <= n <= 25:
                failures.append(f"{stem} ({kind}): {n} pages")
            checked += 1
    # The decision annexes, in both formats.
    for name in sorted(os.listdir(out)):
        if not (name.startswith("annex-") and name.endswith(".html")):
            continue
        stem = name[:-5]
        html_pdf = os.path.join(work, stem + "-html.pdf")
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--user-data-dir=" + os.path.join(work, "chromium"), "--no-pdf-header-footer",
             "--print-to-pdf=" + html_pdf, "file://" + os.path.join(out, name)],
            check=True, capture_output=True, timeout=120)
        subprocess.run(
            ["libreoffice", "--headless", "-env:UserInstallation=file://" + os.path.join(work, "lo"),
             "--convert-to", "pdf", "--outdir", os.path.join(work, "docx"), os.path.join(out, stem + ".docx")],
            check=True, capture_output=True, timeout=180)
        for kind, pdf in (("HTML", html_pdf), ("DOCX", os.path.join(work, "docx", stem + ".pdf"))):
            text = words(pdf_text(pdf))
            for value in ("Phụ lục", "DANH MỤC QUY TRÌNH NỘI BỘ", "Kèm theo Quyết định số"):
                if not contains_in_order(text, words(value)):
                    failures.append(f"{stem} ({kind}): {value!r} not found")
            checked += 1
    # The one-stop forms, filled in for a reception (receipt and control sheet of each
    # procedure, numbered as its regime numbers them).
    forms = os.path.join(work, "forms")
    subprocess.run([binary, "build", "examples", "--emit", "json,forms", "--received", "2026-12-01 14:30", "--out", forms],
                   check=True)
    titles = {"BM01": "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "BM05": "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
              "BM06": "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"}
    for name in sorted(os.listdir(forms)):
        m = re.match(r"(.+)\.(BM0[156])\.html$", name)
        if not m:
            continue
        code, form = m.group(1), m.group(2)
        doc = json.load(open(os.path.join(forms, code + ".json"), encoding="utf-8"))
        stem = name[:-5]
        html_pdf = os.path.join(work, stem + "-html.pdf")
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--user-data-dir=" + os.path.join(work, "chromium"), "--no-pdf-header-footer",
             "--print-to-pdf=" + html_pdf, "file://" + os.path.join(forms, name)],
            check=True, capture_output=True, timeout=120)
        subprocess.run(
            ["libreoffice", "--headless", "-env:UserInstallation=file://" + os.path.join(work, "lo"),
             "--convert-to", "pdf", "--outdir", os.path.join(work, "forms-docx"), os.path.join(forms, stem + ".docx")],
            check=True, capture_output=True, timeout=180)
        expected = [titles[form], doc["name"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Thời gian trả kết quả giải quyết hồ sơ",
                    "ngày 01 tháng 12 năm 2026"]
        for kind, pdf in (("HTML", html_pdf), ("DOCX", os.path.join(work, "forms-docx", stem + ".pdf"))):
            text = words(pdf_text(pdf))
            for value in expected:
                if not contains_in_order(text, words(value)):
                    failures.append(f"{stem} ({kind}): {value!r} not found intact")
            n = pages(pdf)
            if not 1 <= n <= 8:
                failures.append(f"{stem} ({kind}): {n} pages")
            checked += 1
    print(f"render check: {checked} PDFs")
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print(f"{checked} passed, 0 failed")


if __name__ == "__main__":
    main()
