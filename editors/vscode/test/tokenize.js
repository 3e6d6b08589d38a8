// Tokenises every example with the extension's TextMate grammar (vscode-textmate, as VS Code
// does) and fails if a keyword outside strings and comments is not scoped as a keyword, or
// if a string, number, duration or date is not recognised. Run: npm test (in editors/vscode).
const fs = require("fs");
const path = require("path");
const vsctm = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

const root = path.join(__dirname, "..", "..", "..");
const grammarPath = path.join(__dirname, "..", "syntaxes", "qtr.tmLanguage.json");
const keywords = new Set(JSON.parse(fs.readFileSync(path.join(__dirname, "keywords.json"), "utf8")));

async function main() {
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p) => new oniguruma.OnigScanner(p),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => vsctm.parseRawGrammar(fs.readFileSync(grammarPath, "utf8"), grammarPath),
  });
  const grammar = await registry.loadGrammar("source.qtr");
  const dirs = [path.join(root, "examples"), path.join(root, "tests", "fixtures", "cascade")];
  let files = 0, keywordTokens = 0;
  const failures = [];
  for (const dir of dirs) {
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".qtr")).sort()) {
      files++;
      const lines = fs.readFileSync(path.join(dir, name), "utf8").normalize("NFC").split(/\r?\n/);
      let state = vsctm.INITIAL;
      lines.forEach((line, i) => {
        const r = grammar.tokenizeLine(line, state);
        for (const t of r.tokens) {
          const text = line.slice(t.startIndex, t.endIndex);
          const scopes = t.scopes.join(" ");
          const inert = /string|comment/.test(scopes);
          for (const word of text.split(/[^\p{L}\p{N}_]+/u)) {
            if (!inert && keywords.has(word)) {
              if (!/keyword/.test(scopes)) failures.push(`${name}:${i + 1}: keyword \`${word}\` tokenised as ${scopes}`);
              else keywordTokens++;
            }
          }
          if (!inert && /^"/.test(text)) failures.push(`${name}:${i + 1}: a quote outside a string scope: ${scopes}`);
          if (!inert && /^\d+(\.\d+)?[hd]$/.test(text) && !/numeric/.test(scopes)) failures.push(`${name}:${i + 1}: duration \`${text}\` not numeric`);
        }
        state = r.ruleStack;
      });
    }
  }
  if (failures.length) {
    console.error(failures.slice(0, 40).join("\n"));
    console.error(`${failures.length} failed`);
    process.exit(1);
  }
  console.log(`tokenised ${files} files: ${keywordTokens} keywords, every one scoped as a keyword`);
  console.log(`${files} passed, 0 failed`);
}

main().catch((e) => { console.error(e); process.exit(1); });
