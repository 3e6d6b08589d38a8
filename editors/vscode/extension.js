// Starts `quytrinh lsp` for .qtr files: diagnostics as you type, hover, completion,
// go to definition, document symbols and formatting (format on save is on by default).
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration("quytrinh");
  const command = config.get("path") || "quytrinh";
  const lang = config.get("lang") || "vi";
  const server = { command, args: ["lsp", "--lang", lang] };
  client = new LanguageClient("quytrinh", "quytrinh", { run: server, debug: server }, {
    documentSelector: [{ scheme: "file", language: "qtr" }],
  });
  client.start();
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
