#!/usr/bin/env python3
"""End-to-end test of `quytrinh serve` in a real headless Chromium (Debian's, driven by
Playwright for Python; Playwright's own browser download is never used).

An officer's session: open the workbench, type a typo in an actor, see the diagnostic in
Vietnamese, fix it, add a step, save, find the file changed on disk and `quytrinh check`
clean, find the step in the preview, and have a save over a file changed on disk refused.

Usage: scripts/workbench_e2e.py path/to/quytrinh [--screenshots docs/img]
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from playwright.sync_api import sync_playwright, expect

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILE = "cgcn-gia-han-sua-doi.qtr"
NEW_STEP = "Chụp lưu bản điện tử kết quả"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]

results = []

# The centre of a word on the editor line that holds `line_text` (for hovering it).
WORD_CENTRE = """([lineText, word]) => {
  const line = [...document.querySelectorAll('.cm-line')].find((l) => l.textContent.includes(lineText));
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.textContent.indexOf(word);
    if (i >= 0) {
      const r = document.createRange();
      r.setStart(n, i + 2);
      r.setEnd(n, i + 3);
      const b = r.getBoundingClientRect();
      return [b.x + b.width / 2, b.y + b.height / 2];
    }
  }
  throw new Error('word not found');
}"""


PAGE = {}


def step(name, fn):
    try:
        fn()
        results.append((name, True))
        print(f"ok   {name}", flush=True)
    except Exception as e:  # a failed step is reported, the rest still run when they can
        results.append((name, False))
        print(f"FAIL {name}: {e}", flush=True)
        if "page" in PAGE:
            PAGE["page"].screenshot(path=os.path.join(tempfile.gettempdir(), "workbench-e2e-failure.png"))
        raise


def start_server(binary, folder):
    proc = subprocess.Popen([binary, "serve", folder, "--port", "0"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    deadline = time.time() + 20
    while time.time() < deadline:
        line = proc.stderr.readline()
        m = re.search(r"(http://\S+/\?token=\S+)", line)
        if m:
            return proc, m.group(1)
    proc.kill()
    raise RuntimeError("the server printed no address")


def replace_in_editor(page, find, typed):
    """Find text with the editor's own search (Ctrl+F, Enter), close it, type over the match."""
    page.locator(".cm-content").click()
    page.keyboard.press("Control+f")
    field = page.locator(".cm-search input[name=search]")
    field.fill("")
    field.press_sequentially(find)
    field.press("Enter")
    field.press("Escape")
    page.keyboard.type(typed)
    page.keyboard.press("Escape")  # close a completion list, if one opened


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--screenshots", default=None)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    shots = args.screenshots

    work = tempfile.mkdtemp(prefix="qtr-e2e-")
    folder = os.path.join(work, "danh-muc")
    shutil.copytree(os.path.join(ROOT, "examples"), folder)
    path = os.path.join(folder, FILE)
    proc, url = start_server(binary, folder)
    csp_errors = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1500, "height": 900}, locale="vi-VN")
            PAGE["page"] = page
            page.on("console", lambda m: csp_errors.append(m.text) if "Content Security Policy" in m.text else None)

            def catalogue():
                page.goto(url)
                # The token left the address bar for a cookie.
                assert "token=" not in page.url, page.url
                expect(page.locator("#catalogue-table tbody tr")).to_have_count(15, timeout=20000)
                expect(page.locator("#tab-catalogue")).to_have_text("Danh mục")
                page.locator("#filter").fill("chuyển giao")
                expect(page.locator("#catalogue-table tbody tr")).to_have_count(2)
                if shots:
                    page.screenshot(path=os.path.join(shots, "workbench-catalogue.png"))
                page.locator(f'tr[data-path="{FILE}"]').click()
                expect(page.locator("#file-name")).to_have_text(FILE)
                expect(page.locator(".cm-content")).to_contain_text("Thẩm định hồ sơ")
                expect(page.locator("#problem-count")).to_have_text("Không có lỗi", timeout=10000)
                # Hover on a role says what it is, from the agency file.
                page.locator(".cm-line", has_text="Ký duyệt Giấy chứng nhận").scroll_into_view_if_needed()
                x, y = page.evaluate(WORD_CENTRE, ["Ký duyệt Giấy chứng nhận", "giamdoc"])
                page.mouse.move(x, y)
                expect(page.locator(".cm-tooltip-hover")).to_contain_text("Giám đốc Sở", timeout=5000)
                page.mouse.move(5, 5)

            step("the catalogue lists the procedures and opens one", catalogue)

            def typo():
                replace_in_editor(page, "by tp_qlcn 4h uses BM05", "by tp_qlcm 4h uses BM05")
                expect(page.locator("#problem-count")).to_contain_text("1 lỗi", timeout=10000)
                expect(page.locator(".cm-lintRange-error")).to_have_count(1)
                page.locator(".cm-lintRange-error").hover()
                tip = page.locator(".cm-tooltip-lint")
                expect(tip).to_be_visible(timeout=5000)
                expect(tip).to_contain_text("tp_qlcm")
                text = tip.inner_text()
                assert re.search(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", text), f"not Vietnamese: {text}"
                if shots:
                    page.screenshot(path=os.path.join(shots, "workbench-diagnostic.png"))

            step("a typo in an actor shows a diagnostic in Vietnamese", typo)

            def fix():
                page.mouse.move(5, 5)
                replace_in_editor(page, "tp_qlcm", "tp_qlcn")
                expect(page.locator("#problem-count")).to_have_text("Không có lỗi", timeout=10000)
                expect(page.locator(".cm-lintRange-error")).to_have_count(0)

            step("fixing it clears the diagnostic", fix)

            def one_click_fix():
                page.mouse.move(5, 5)
                replace_in_editor(page, "on refused    issues BM03", "on refused    issues BM02")
                expect(page.locator("#problem-count")).to_contain_text("1 lỗi", timeout=10000)
                page.locator(".cm-lintRange-error").hover()
                button = page.locator(".cm-tooltip-lint .cm-diagnosticAction")
                expect(button).to_contain_text("Sửa: Đổi BM02 thành BM03", timeout=5000)
                if shots:
                    page.screenshot(path=os.path.join(shots, "workbench-fix.png"))
                button.click()
                expect(page.locator("#problem-count")).to_have_text("Không có lỗi", timeout=10000)
                expect(page.locator(".cm-content")).to_contain_text("on refused    issues BM03")

            step("a finding with a fix is fixed in one click", one_click_fix)

            def add_and_save():
                replace_in_editor(page, '8 "Trả kết quả', f'8 "{NEW_STEP}" by vanthu 0h uses BM05\n9 "Trả kết quả')
                expect(page.locator("#save-status")).to_have_text("Chưa lưu")
                expect(page.locator("#problem-count")).to_have_text("Không có lỗi", timeout=10000)
                page.keyboard.press("Control+s")
                expect(page.locator("#save-status")).to_have_text("Đã lưu", timeout=10000)
                with open(path, encoding="utf-8") as f:
                    disk = f.read()
                assert NEW_STEP in disk, "the saved file lacks the new step"
                assert "tp_qlcm" not in disk
                checked = subprocess.run([binary, "check", folder, "--lang", "vi"], capture_output=True, text=True)
                assert checked.returncode == 0, checked.stdout + checked.stderr

            step("save writes the file and `quytrinh check` passes", add_and_save)

            def preview():
                frame = page.frame_locator("#preview")
                expect(frame.locator("body")).to_contain_text(NEW_STEP, timeout=10000)
                frame.get_by_text(NEW_STEP).first.scroll_into_view_if_needed()
                if shots:
                    page.screenshot(path=os.path.join(shots, "workbench-preview.png"))

            step("the preview shows the added step", preview)

            def outside_edit_reloads():
                with open(path, "a", encoding="utf-8") as f:
                    f.write("# sửa bằng trình soạn thảo khác\n")
                expect(page.locator("#banner")).to_contain_text("Đã tải lại", timeout=10000)
                expect(page.locator(".cm-content")).to_contain_text("sửa bằng trình soạn thảo khác")

            step("an edit made elsewhere appears in the page", outside_edit_reloads)

            def stale_save():
                replace_in_editor(page, "Ký duyệt Giấy chứng nhận", "Ký duyệt Giấy chứng nhận (bản của tôi)")
                with open(path, "a", encoding="utf-8") as f:
                    f.write("# một người khác vừa lưu\n")
                page.keyboard.press("Control+s")
                banner = page.locator("#banner.stale")
                expect(banner).to_be_visible(timeout=10000)
                expect(banner).to_contain_text("chưa lưu")
                expect(banner.locator(".diff.disk")).to_contain_text("một người khác vừa lưu")
                with open(path, encoding="utf-8") as f:
                    disk = f.read()
                assert "bản của tôi" not in disk and "một người khác vừa lưu" in disk
                if shots:
                    page.screenshot(path=os.path.join(shots, "workbench-stale.png"))

            step("a save over a file changed on disk is refused and shows what changed", stale_save)

            def new_procedure():
                page.locator("#new-procedure").click()
                dialog = page.locator("#new-dialog")
                dialog.locator("input[name=code]").fill("QT-THU-01")
                dialog.locator("input[name=tthc]").fill("1.000001")
                dialog.locator("input[name=name]").fill("Thủ tục thử nghiệm")
                dialog.locator("input[name=statutory]").fill("10")
                dialog.locator("#create").click()
                expect(page.locator("#file-name")).to_have_text("qt-thu-01.qtr", timeout=10000)
                expect(page.locator(".cm-content")).to_contain_text("QT-THU-01")
                assert os.path.exists(os.path.join(folder, "qt-thu-01.qtr"))
                # The skeleton's gaps are listed as the checker lists them.
                expect(page.locator("#problem-count")).to_contain_text("lỗi", timeout=10000)

            step("a new procedure from the form", new_procedure)

            def english():
                page.locator("#switch-language").click()
                expect(page.locator("#tab-catalogue")).to_have_text("Catalogue", timeout=10000)
                page.locator("#switch-language").click()
                expect(page.locator("#tab-catalogue")).to_have_text("Danh mục", timeout=10000)

            step("the interface switches to English and back", english)

            def no_csp_violation():
                assert not csp_errors, csp_errors

            step("no Content-Security-Policy violation", no_csp_violation)
            browser.close()
    except Exception:
        pass
    finally:
        proc.kill()
        proc.wait()
        shutil.rmtree(work, ignore_errors=True)
    passed = sum(1 for _, ok in results if ok)
    failed = len(results) - passed
    print(f"{passed} passed, {failed} failed")
    # Every step ran: a step skipped by an early exception would otherwise pass unseen.
    return 0 if failed == 0 and passed == 11 else 1


if __name__ == "__main__":
    sys.exit(main())
