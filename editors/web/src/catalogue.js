// The catalogue view: every procedure with its figures and problem counts; sort and filter.
import { api } from "./api.js";
import { el } from "./dom.js";
import { t, num } from "./i18n.js";

const COLUMNS = [
  ["code", "code"],
  ["name", "name"],
  ["field", "field"],
  ["decision", "decision"],
  ["statutory_days", "statutory"],
  ["internal_days", "internal"],
  ["cut_days", "cut"],
  ["errors", "problems"],
];

export function catalogueView(onOpen) {
  let rows = [];
  let sortKey = "code";
  let ascending = true;
  let filter = "";
  const tbody = el("tbody");
  const thead = el("thead");
  const search = el("input", {
    type: "search",
    id: "filter",
    placeholder: t("filter"),
    oninput: (e) => {
      filter = e.target.value.toLowerCase();
      draw();
    },
  });
  const summary = el("span", { class: "summary" });
  const root = el(
    "section",
    { id: "catalogue-view" },
    el("div", { class: "toolbar" }, search, summary, el("a", { href: api.reportUrl(), target: "_blank", rel: "noopener", id: "report-link" }, t("report"))),
    el("table", { id: "catalogue-table" }, thead, tbody),
  );

  function draw() {
    thead.replaceChildren(
      el(
        "tr",
        {},
        COLUMNS.map(([key, label]) =>
          el(
            "th",
            {
              class: key === sortKey ? (ascending ? "sorted asc" : "sorted desc") : "",
              onclick: () => {
                ascending = key === sortKey ? !ascending : true;
                sortKey = key;
                draw();
              },
            },
            t(label),
          ),
        ),
      ),
    );
    const shown = rows
      .filter((r) => !filter || [r.code, r.name, r.field, r.decision, r.path, r.tthc].some((v) => (v || "").toLowerCase().includes(filter)))
      .sort((a, b) => {
        const x = a[sortKey] ?? "";
        const y = b[sortKey] ?? "";
        const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "vi");
        return ascending ? c : -c;
      });
    tbody.replaceChildren(
      ...shown.map((r) =>
        el(
          "tr",
          { class: r.errors > 0 ? "has-errors" : "", onclick: () => onOpen(r.path), "data-path": r.path },
          el("td", {}, el("a", { href: "#", onclick: (e) => e.preventDefault() }, r.code || r.path)),
          el("td", {}, r.name || ""),
          el("td", {}, r.field || ""),
          el("td", {}, r.decision || ""),
          el("td", { class: "num" }, r.statutory_days != null ? `${num(r.statutory_days)} ${t("days")}` : ""),
          el("td", { class: "num" }, `${num(r.internal_days)} ${t("days")}`),
          el("td", { class: "num" }, r.cut_days != null ? `${num(r.cut_days)} (${num(r.cut_percent)} %)` : ""),
          el("td", { class: "num" }, el("span", { class: r.errors ? "bad" : "good" }, String(r.errors)), " / ", String(r.warnings)),
        ),
      ),
    );
    summary.textContent = `${shown.length} / ${rows.length}`;
  }

  async function load() {
    const r = await api.catalogue();
    if (r.status === 200) rows = r.data.procedures;
    draw();
  }

  return { root, load };
}
