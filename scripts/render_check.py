#!/usr/bin/env python3
"""Render every example's printable documents (procedure, annex, the one-stop forms filled
in) with real renderers and read them back.

HTML → PDF with headless Chromium, DOCX → PDF with LibreOffice Writer, then `pdftotext`:
the procedure name, a step's content and the national title must come through with every
diacritic intact, and the page count must be sensible. Then the layout, from each glyph's
size and position (scripts/layout_check.py, pdfplumber): no text under 10 pt, no glyph off
the page, the national title beside the agency on page 1, every step in the flowchart.
Run by .ci/run (which installs chromium, libreoffice-writer-nogui, poppler-utils, fonts
with Vietnamese glyphs and pdfplumber).

Usage: scripts/render_check.py QUYTRINH_BINARY [--screenshots DIR]
  --screenshots DIR: also write the PNGs docs/printing.md shows (pdftoppm), from these renders.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

import layout_check



def render(chromium, work, html_path, html_pdf, docx_path, docx_outdir):
    """Print an HTML file to PDF with Chromium and convert a DOCX to PDF with LibreOffice."""
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--user-data-dir=" + os.path.join(work, "chromium"), "--no-pdf-header-footer",
         "--print-to-pdf=" + html_pdf, "file://" + html_path],
        check=True, capture_output=True, timeout=120)
    subprocess.run(
        ["libreoffice", "--headless", "-env:UserInstallation=file://" + os.path.join(work, "lo"),
         "--convert-to", "pdf", "--outdir", docx_outdir, docx_path],
        check=True, capture_output=True, timeout=180)

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


SHOTS = {
    # (example, renderer, page, file name in docs/img)
    ("QT-KHCN-03", "HTML", 1, "procedure-html-page1"),
    ("QT-KHCN-03", "DOCX", 1, "procedure-docx-page1"),
    ("QT-KHCN-03", "HTML", "chart", "procedure-html-flowchart"),
    ("QT-KHCN-03", "DOCX", "chart", "procedure-docx-flowchart"),
}


def chart_page(pdf):
    """The first page of the flowchart that is all chart: from the page with its heading on,
    the first whose text has the chart's header and not the steps table's."""
    found = False
    for n in range(1, pages(pdf) + 1):
        text = unicodedata.normalize("NFC", subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), pdf, "-"], check=True, capture_output=True, text=True).stdout)
        found = found or "Lưu đồ quy trình" in text
        if found and "Lưu đồ" in text and "Trình tự công việc" not in text:
            return n
    return 1


def screenshot(pdf, page, out_png):
    if page == "chart":
        page = chart_page(pdf)
    subprocess.run(["pdftoppm", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile", "-png", pdf, out_png[:-4]], check=True)


def main():
    binary = sys.argv[1]
    shots_dir = sys.argv[sys.argv.index("--screenshots") + 1] if "--screenshots" in sys.argv else None
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
        render(chromium, work, os.path.join(out, stem + ".html"), html_pdf, os.path.join(out, stem + ".docx"), os.path.join(work, "docx"))
        docx_pdf = os.path.join(work, "docx", stem + ".pdf")
        for kind, pdf in (("HTML", html_pdf), ("DOCX", docx_pdf)):
            text = words(pdf_text(pdf))
            for what, value in expected.items():
                if not contains_in_order(text, words(value)):
                    failures.append(f"{stem} ({kind}): {what} not found intact: {value!r}")
            n = pages(pdf)
            if not 2 <= n <= 25:
                failures.append(f"{stem} ({kind}): {n} pages")
            layout = (layout_check.small_and_outside(pdf) + layout_check.title_block(pdf)
                      + layout_check.flowchart_has_steps(pdf, doc["steps"]))
            failures.extend(f"{stem} ({kind}): {p}" for p in layout)
            if shots_dir:
                for ex, renderer, page, png in SHOTS:
                    if ex == stem and renderer == kind:
                        screenshot(pdf, page, os.path.join(shots_dir, png + ".png"))
            checked += 1
    # The decision annexes, in both formats.
    for name in sorted(os.listdir(out)):
        if not (name.startswith("annex-") and name.endswith(".html")):
            continue
        stem = name[:-5]
        html_pdf = os.path.join(work, stem + "-html.pdf")
        render(chromium, work, os.path.join(out, name), html_pdf, os.path.join(out, stem + ".docx"), os.path.join(work, "docx"))
        for kind, pdf in (("HTML", html_pdf), ("DOCX", os.path.join(work, "docx", stem + ".pdf"))):
            text = words(pdf_text(pdf))
            for value in ("Phụ lục", "DANH MỤC QUY TRÌNH NỘI BỘ", "Kèm theo Quyết định số", "I. Lĩnh vực",
                          "B. NỘI DUNG QUY TRÌNH NỘI BỘ"):
                if not contains_in_order(text, words(value)):
                    failures.append(f"{stem} ({kind}): {value!r} not found")
            failures.extend(f"{stem} ({kind}): {p}" for p in layout_check.small_and_outside(pdf))
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
        render(chromium, work, os.path.join(forms, name), html_pdf, os.path.join(forms, stem + ".docx"), os.path.join(work, "forms-docx"))
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
    # The catalogue re-issued under Decree 118/2025 (`quytrinh migrate`): the closure of an
    # incomplete dossier, the stop branch, the renamed agency in the title block and the
    # sections of the new revision in their column, printed by both renderers.
    reissued = os.path.join(work, "reissued")
    shutil.copytree("examples", reissued)
    subprocess.run([binary, "migrate", reissued, "--to", "decree_118_2025", "--date", "01/12/2026",
                    "--map", os.path.join(reissued, "renames-hau-giang-can-tho.toml")], check=True, stdout=subprocess.DEVNULL)
    out25 = os.path.join(work, "out25")
    subprocess.run([binary, "build", reissued, "--emit", "json,html,docx", "--out", out25], check=True)
    for stem in ("QT-ATBX-01", "QT-CGCN-02", "QT-KHCN-04"):
        doc = json.load(open(os.path.join(out25, stem + ".json"), encoding="utf-8"))
        html_pdf = os.path.join(work, stem + "-2025-html.pdf")
        render(chromium, work, os.path.join(out25, stem + ".html"), html_pdf, os.path.join(out25, stem + ".docx"), os.path.join(work, "docx25"))
        expected = ["THÀNH PHỐ CẦN THƠ", "5.1. Cơ sở pháp lý", "Cập nhật theo Nghị định 118/2025/NĐ-CP",
                    "quá 15 ngày không bổ sung thì đóng hồ sơ", "Dừng giải quyết: lập BM05", "118/2025/NĐ-CP"]
        for kind, pdf in (("HTML", html_pdf), ("DOCX", os.path.join(work, "docx25", stem + ".pdf"))):
            text = words(pdf_text(pdf))
            for value in expected:
                if not contains_in_order(text, words(value)):
                    failures.append(f"{stem} 2025 ({kind}): {value!r} not found intact")
            layout = (layout_check.small_and_outside(pdf) + layout_check.title_block(pdf)
                      + layout_check.flowchart_has_steps(pdf, doc["steps"]))
            failures.extend(f"{stem} 2025 ({kind}): {p}" for p in layout)
            checked += 1
    print(f"render check: {checked} PDFs")
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print(f"{checked} passed, 0 failed")


if __name__ == "__main__":
    main()
