// Calls to the workbench's server. The token travels in an HttpOnly cookie.
import { getLang } from "./i18n.js";

async function call(method, path, body) {
  const sep = path.includes("?") ? "&" : "?";
  const init = { method, credentials: "same-origin", headers: {} };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const r = await fetch(`${path}${sep}lang=${getLang()}`, init);
  const type = r.headers.get("Content-Type") || "";
  const data = type.startsWith("application/json") ? await r.json() : await r.text();
  return { status: r.status, data };
}

export const api = {
  catalogue: () => call("GET", "/api/catalogue"),
  keywords: () => call("GET", "/api/keywords"),
  file: (path) => call("GET", `/api/file?path=${encodeURIComponent(path)}`),
  version: (path) => call("GET", `/api/version?path=${encodeURIComponent(path)}`),
  explain: (code) => call("GET", `/api/explain?code=${encodeURIComponent(code)}`),
  save: (path, text, version) => call("POST", "/api/save", { path, text, version }),
  check: (path, text) => call("POST", "/api/check", { path, text }),
  preview: (path, text) => call("POST", "/api/preview", { path, text }),
  hover: (path, text, line, col) => call("POST", "/api/hover", { path, text, line, col }),
  create: (form) => call("POST", "/api/new", form),
  downloadUrl: (path, format) => `/api/download?path=${encodeURIComponent(path)}&format=${format}&lang=${getLang()}`,
  reportUrl: () => `/api/report?lang=${getLang()}`,
};
