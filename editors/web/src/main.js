// The workbench page: catalogue, editor with live preview, new-procedure form.
import { api } from "./api.js";
import { el } from "./dom.js";
import { t, getLang, setLang } from "./i18n.js";
import { catalogueView } from "./catalogue.js";
import { editorView } from "./editor.js";

async function main() {
  document.documentElement.lang = getLang();
  document.title = t("title");
  const kw = await api.keywords();
  const keywords = kw.status === 200 ? kw.data.keywords : [];
  const docs = kw.status === 200 ? kw.data.docs : [];

  const editor = editorView(keywords, docs);
  const catalogue = catalogueView((path) => openFile(path));
  const tabCatalogue = el("button", { id: "tab-catalogue", class: "tab", onclick: () => show("catalogue") }, t("catalogue"));
  const tabEditor = el("button", { id: "tab-editor", class: "tab", onclick: () => show("editor") }, t("editor"));
  const dialog = newProcedureDialog((path) => openFile(path));
  const header = el(
    "header",
    {},
    el("h1", {}, t("title")),
    tabCatalogue,
    tabEditor,
    el("span", { class: "spacer" }),
    el("button", { id: "new-procedure", onclick: () => dialog.showModal() }, t("newProcedure")),
    el(
      "button",
      {
        id: "switch-language",
        onclick: () => {
          setLang(getLang() === "vi" ? "en" : "vi");
          location.reload();
        },
      },
      t("language"),
    ),
  );
  document.body.replaceChildren(header, catalogue.root, editor.root, dialog);

  function show(which) {
    catalogue.root.hidden = which !== "catalogue";
    editor.root.hidden = which !== "editor";
    tabCatalogue.classList.toggle("active", which === "catalogue");
    tabEditor.classList.toggle("active", which === "editor");
    if (which === "catalogue") catalogue.load();
  }

  async function openFile(path) {
    show("editor");
    await editor.open(path);
    location.hash = `#file=${encodeURIComponent(path)}`;
  }

  const m = location.hash.match(/^#file=(.+)$/);
  if (m) openFile(decodeURIComponent(m[1]));
  else show("catalogue");
}

function newProcedureDialog(onCreated) {
  const error = el("p", { class: "error" });
  const field = (name, label, type = "text") => el("label", {}, label, el("input", { name, type, required: true, step: type === "number" ? "0.5" : null }));
  const form = el(
    "form",
    { method: "dialog" },
    el("h2", {}, t("newProcedure")),
    field("code", t("code")),
    field("tthc", t("tthc")),
    field("name", t("name")),
    field("statutory", t("statutoryDays"), "number"),
    error,
    el(
      "div",
      { class: "buttons" },
      el("button", { type: "button", onclick: () => dialog.close() }, t("cancel")),
      el("button", { type: "submit", id: "create" }, t("create")),
    ),
  );
  const dialog = el("dialog", { id: "new-dialog" }, form);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    data.statutory = Number(String(data.statutory).replace(",", "."));
    const r = await api.create(data);
    if (r.status === 200) {
      dialog.close();
      form.reset();
      onCreated(r.data.path);
    } else {
      error.textContent = r.data.error || String(r.status);
    }
  });
  return dialog;
}

main();
