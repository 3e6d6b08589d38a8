"""Layout checks on the PDFs Chromium and LibreOffice render, from each glyph's size and
position as pdfplumber (PyPI) reads them. Used by scripts/render_check.py.

- no text under 10 pt (the page footer, a footnote, is allowed its 10 pt and nothing less);
- no glyph outside the page;
- page 1: the national title stands to the right of the agency block, its first line at the
  same height as the block's first line (Decree 30/2020/NĐ-CP, Appendix I);
- every step of the steps table appears in the flowchart, in order.
"""
import unicodedata

import pdfplumber

MIN_PT = 10.0
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def small_and_outside(pdf_path):
    """Problems with glyph sizes and positions, as readable lines."""
    problems = []
    with pdfplumber.open(pdf_path) as pdf:
        for n, page in enumerate(pdf.pages, 1):
            small = [c for c in page.chars if c["text"].strip() and c["size"] < MIN_PT - 0.05]
            if small:
                text = "".join(c["text"] for c in small[:40])
                problems.append(f"page {n}: {len(small)} glyphs under {MIN_PT:g} pt (smallest {min(c['size'] for c in small):.1f} pt): {text!r}")
            outside = [c for c in page.chars if c["text"].strip() and (
                c["x0"] < -0.5 or c["x1"] > page.width + 0.5 or c["top"] < -0.5 or c["bottom"] > page.height + 0.5)]
            if outside:
                problems.append(f"page {n}: {len(outside)} glyphs outside the page: {''.join(c['text'] for c in outside[:40])!r}")
    return problems


def lines_of_words(page):
    return page.extract_words(keep_blank_chars=False, use_text_flow=False, extra_attrs=["size"])


def title_block(pdf_path):
    """Problems with the national title's place on page 1."""
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[0]
        words = lines_of_words(page)
        first = NATION.split()
        nation = None
        for i, w in enumerate(words):
            if nfc(w["text"]) == first[0] and i + 1 < len(words) and nfc(words[i + 1]["text"]) == first[1]:
                nation = w
                break
        if nation is None:
            return ["page 1: national title not found"]
        left = [w for w in words if w["x1"] <= nation["x0"] and abs(w["top"] - nation["top"]) < 3.0]
        if not left:
            return [f"page 1: nothing of the agency block at the height of the national title (top {nation['top']:.1f} pt)"]
        above = [w for w in words if w["bottom"] < nation["top"] - 1.0]
        if above:
            return [f"page 1: text above the national title: {' '.join(w['text'] for w in above[:8])!r}"]
        if nation["x0"] < page.width * 0.4:
            return [f"page 1: national title starts at {nation['x0']:.0f} pt, not in the right column"]
        return []


def words_between(pdf_path, start, end):
    """The words of the PDF from the first line containing `start` up to `end`."""
    out = []
    inside = False
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            for line in (page.extract_text() or "").splitlines():
                line = nfc(line)
                if not inside and start in line:
                    inside = True
                    continue
                if inside and line.strip().startswith(end):
                    return out
                if inside:
                    out.extend(line.split())
    return out


def flowchart_has_steps(pdf_path, steps):
    """Every step's number and the first words of its content appear in the flowchart, in
    step order (the chart is between "Lưu đồ quy trình" and "6. Biểu mẫu")."""
    chart = words_between(pdf_path, "Lưu đồ quy trình", "6. Biểu mẫu")
    if not chart:
        return ["flowchart not found"]
    problems = []
    it = iter(chart)
    for s in steps:
        head = [f"{s['number']}."] + nfc(s.get("content") or "").split()[:2]
        # The first word may share its line with cells beside it; look for the number, then
        # the content's first words after it.
        if not all(any(w == h for h in it) for w in head):
            problems.append(f"step {s['number']} not found in order in the flowchart: {' '.join(head)!r}")
            it = iter(chart)
    return problems
