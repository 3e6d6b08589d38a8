// The editor view: CodeMirror with the checker's diagnostics as you type, hover that shows
// `quytrinh explain`, the printable document beside it, saving that never clobbers an
// edit made elsewhere.
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, highlightActiveLine, hoverTooltip, drawSelection } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { syntaxHighlighting, defaultHighlightStyle, bracketMatching } from "@codemirror/language";
import { linter, lintGutter, forceLinting } from "@codemirror/lint";
import { autocompletion } from "@codemirror/autocomplete";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { api } from "./api.js";
import { el, changedLines } from "./dom.js";
import { t } from "./i18n.js";
import { qtrLanguage, keywordCompletions } from "./qtr.js";

const POLL_MS = 2000;
// Wait this long after the last keystroke before asking: a keystroke reaches the screen in
// this plus the server's time (docs/performance.md), and fast typing sends fewer requests.
const PREVIEW_DELAY_MS = 30;
const LINT_DELAY_MS = 30;

export function editorView(keywords, keywordDocs) {
  let path = null;
  let version = null;
  let savedText = "";
  let lastDiagnostics = [];
  let previewTimer = null;
  let previewSeq = 0;

  const fileName = el("strong", { id: "file-name" });
  const status = el("span", { id: "save-status" });
  const counts = el("span", { id: "problem-count" });
  const banner = el("div", { id: "banner", hidden: true });
  const docx = el("a", { id: "download-docx", class: "button" }, t("downloadDocx"));
  const json = el("a", { id: "download-json", class: "button" }, t("downloadJson"));
  const receipt = el("a", { id: "download-receipt", class: "button" }, t("downloadReceipt"));
  const control = el("a", { id: "download-control", class: "button" }, t("downloadControl"));
  const saveButton = el("button", { id: "save", onclick: () => save() }, t("save"));
  const frame = el("iframe", { id: "preview", sandbox: "allow-same-origin", title: t("preview") });
  const host = el("div", { id: "editor" });
  const root = el(
    "section",
    { id: "editor-view", hidden: true },
    el("div", { class: "toolbar" }, fileName, saveButton, status, counts, el("span", { class: "spacer" }), docx, json, receipt, control),
    banner,
    el("div", { class: "split" }, host, el("div", { class: "preview-pane" }, frame)),
  );

  const toPos = (doc, p) => {
    const line = doc.line(Math.min(Math.max(p.line + 1, 1), doc.lines));
    return Math.min(line.from + p.col, line.to);
  };

  const lint = linter(
    async (view) => {
      if (!path) return [];
      const text = view.state.doc.toString();
      const r = await api.check(path, text);
      if (r.status !== 200 || view.state.doc.toString() !== text) return [];
      lastDiagnostics = r.data.diagnostics;
      const doc = view.state.doc;
      const errors = lastDiagnostics.filter((d) => d.severity === "error").length;
      const warnings = lastDiagnostics.filter((d) => d.severity === "warning").length;
      counts.textContent = errors + warnings ? t("errors")(errors, warnings) : t("noErrors");
      counts.className = errors ? "bad" : "good";
      return lastDiagnostics.map((d) => {
        const from = toPos(doc, d.from);
        const to = Math.max(from, toPos(doc, d.to));
        // The fix `quytrinh fix` would make, one click away (an unsafe one says so).
        const actions = d.fix
          ? [
              {
                name: (d.fix.safe ? t("fix") : t("fixReview")) + ": " + d.fix.title,
                apply: (v) => {
                  const changes = d.fix.edits.map((e) => ({
                    from: toPos(v.state.doc, e.from),
                    to: toPos(v.state.doc, e.to),
                    insert: e.text,
                  }));
                  v.dispatch({ changes });
                },
              },
            ]
          : [];
        return {
          from,
          to,
          severity: d.severity === "info" ? "info" : d.severity,
          source: d.code,
          message: d.help ? `${d.message}\n${d.help}` : d.message,
          actions,
        };
      });
    },
    { delay: LINT_DELAY_MS },
  );

  // Hover: the explanation of the codes found at that place, or what a keyword means.
  const hover = hoverTooltip(async (view, pos) => {
    const doc = view.state.doc;
    const here = lastDiagnostics.filter((d) => toPos(doc, d.from) <= pos && pos <= toPos(doc, d.to));
    const codes = [...new Set(here.map((d) => d.code))];
    let pages = [];
    if (codes.length) {
      pages = await Promise.all(codes.map(async (c) => [c, (await api.explain(c)).data]));
    } else {
      const line = doc.lineAt(pos);
      const words = [...line.text.matchAll(/[\p{L}_][\p{L}\p{N}_-]*/gu)];
      const w = words.find((m) => line.from + m.index <= pos && pos <= line.from + m.index + m[0].length);
      const kd = w && keywordDocs.find((k) => k.en.includes(w[0]) || k.vi.includes(w[0]));
      if (kd) {
        pages = [[w[0], document.documentElement.lang === "en" ? kd.doc_en : kd.doc_vi]];
      } else {
        // An agency, unit, role, decision or form: what it names, as the language server says.
        const r = await api.hover(path, doc.toString(), line.number - 1, pos - line.from);
        if (r.status !== 200 || !r.data.text) return null;
        pages = [[w ? w[0] : "", r.data.text]];
      }
    }
    return {
      pos,
      above: true,
      create: () => ({
        dom: el(
          "div",
          { class: "hover" },
          pages.map(([c, text]) => el("div", {}, el("strong", {}, c), el("pre", {}, String(text).slice(0, 4000)))),
        ),
      }),
    };
  });

  const view = new EditorView({
    parent: host,
    state: EditorState.create({ doc: "" }),
  });

  function extensions() {
    return [
      lineNumbers(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      bracketMatching(),
      highlightSelectionMatches(),
      syntaxHighlighting(defaultHighlightStyle),
      qtrLanguage(keywords),
      autocompletion({ override: [keywordCompletions(keywords)], icons: false }),
      lintGutter(),
      lint,
      hover,
      EditorView.lineWrapping,
      keymap.of([{ key: "Mod-s", preventDefault: true, run: () => (save(), true) }, ...defaultKeymap, ...historyKeymap, ...searchKeymap]),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) {
          markDirty();
          schedulePreview();
        }
      }),
    ];
  }

  function markDirty() {
    const dirty = view.state.doc.toString() !== savedText;
    status.textContent = dirty ? t("unsaved") : t("saved");
    status.className = dirty ? "dirty" : "clean";
  }

  function schedulePreview() {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(renderPreview, PREVIEW_DELAY_MS);
  }

  async function renderPreview() {
    if (!path) return;
    const seq = ++previewSeq;
    const r = await api.preview(path, view.state.doc.toString());
    if (seq !== previewSeq || r.status !== 200) return;
    const scroll = frame.contentWindow ? frame.contentWindow.scrollY : 0;
    frame.addEventListener("load", () => frame.contentWindow && frame.contentWindow.scrollTo(0, scroll), { once: true });
    frame.srcdoc = r.data;
  }

  function setText(text) {
    view.setState(EditorState.create({ doc: text, extensions: extensions() }));
    savedText = text;
    markDirty();
    schedulePreview();
    forceLinting(view);
  }

  async function open(p) {
    const r = await api.file(p);
    if (r.status !== 200) {
      showBanner(r.data.error || String(r.status));
      return;
    }
    path = r.data.path;
    version = r.data.version;
    fileName.textContent = path;
    docx.href = api.downloadUrl(path, "docx");
    json.href = api.downloadUrl(path, "json");
    receipt.href = api.downloadUrl(path, "receipt");
    control.href = api.downloadUrl(path, "control");
    hideBanner();
    setText(r.data.text);
    view.focus();
  }

  function showBanner(message, ...extra) {
    banner.classList.remove("stale");
    banner.replaceChildren(el("p", {}, message), ...extra);
    banner.hidden = false;
  }

  function hideBanner() {
    banner.hidden = true;
    banner.classList.remove("stale");
    banner.replaceChildren();
  }

  async function save() {
    if (!path) return;
    const text = view.state.doc.toString();
    status.textContent = t("saving");
    const r = await api.save(path, text, version);
    if (r.status === 200) {
      version = r.data.version;
      savedText = text;
      markDirty();
      hideBanner();
    } else if (r.status === 409) {
      status.textContent = t("unsaved");
      status.className = "dirty";
      showStale(text, r.data);
    } else {
      status.textContent = r.data.error || String(r.status);
    }
  }

  // The refusal shows what differs, and lets the officer choose.
  function showStale(mine, answer) {
    const diff = changedLines(mine, answer.disk_text || "");
    const list = (title, lines, cls) =>
      el("div", { class: `diff ${cls}` }, el("h4", {}, title), el("pre", {}, lines.slice(0, 40).map(([n, l]) => `${n}: ${l}\n`).join("")));
    showBanner(
      t("stale"),
      el("div", { class: "diffs" }, list(t("lines").mine, diff.onlyMine, "mine"), list(t("lines").disk, diff.onlyDisk, "disk")),
      el("button", { id: "take-disk", onclick: () => open(path) }, t("reloadDisk")),
      el(
        "button",
        {
          id: "overwrite",
          onclick: () => {
            version = answer.version;
            save();
          },
        },
        t("overwrite"),
      ),
    );
    banner.classList.add("stale");
  }

  // Edits made elsewhere (another editor, `git pull`) reach the page: taken in at once
  // when the officer has no unsaved change, announced otherwise.
  setInterval(async () => {
    if (!path || root.hidden) return;
    const r = await api.version(path);
    if (r.status !== 200 || r.data.version === version) return;
    if (view.state.doc.toString() === savedText) {
      const f = await api.file(path);
      if (f.status === 200) {
        version = f.data.version;
        setText(f.data.text);
        showBanner(t("reloaded"));
      }
    } else if (!banner.classList.contains("stale")) {
      showBanner(t("changedOutside"));
    }
  }, POLL_MS);

  return { root, open, view: () => view };
}
