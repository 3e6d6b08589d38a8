// Highlighting and completion for .qtr, from the keyword table the binary serves (the same
// table the parser reads, in English and Vietnamese spellings).
import { StreamLanguage } from "@codemirror/language";

const WORD = /^[\p{L}_][\p{L}\p{N}_-]*/u;

export function qtrLanguage(keywords) {
  const set = new Set(keywords);
  return StreamLanguage.define({
    name: "qtr",
    startState: () => ({ triple: false }),
    token(stream, state) {
      if (state.triple) {
        if (stream.skipTo('"""')) {
          stream.match('"""');
          state.triple = false;
        } else stream.skipToEnd();
        return "string";
      }
      if (stream.eatSpace()) return null;
      if (stream.peek() === "#") {
        stream.skipToEnd();
        return "comment";
      }
      if (stream.match('"""')) {
        state.triple = true;
        return "string";
      }
      if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return "string";
      if (stream.match(/^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4})/)) return "number";
      if (stream.match(/^\d+(?:[.,]\d+)?(?:h|d|y|H|D|giờ|tiếng|ngày|năm)(?![\p{L}\p{N}_])/u)) return "number";
      if (stream.match(/^\d+(?:[._,]\d+)*/)) return "number";
      const m = stream.match(WORD);
      if (m) {
        if (set.has(m[0])) return "keyword";
        if (/^BM0[1-7]$/.test(m[0])) return "atom";
        return "variableName";
      }
      stream.next();
      return null;
    },
    languageData: { commentTokens: { line: "#" } },
  });
}

export function keywordCompletions(keywords) {
  const options = keywords.map((k) => ({ label: k, type: "keyword" }));
  return (context) => {
    // Not inside a string or a comment: officers type Vietnamese prose there.
    const before = context.state.doc.lineAt(context.pos).text.slice(0, context.pos - context.state.doc.lineAt(context.pos).from);
    if ((before.split('"').length - 1) % 2 === 1 || before.includes("#")) return null;
    const word = context.matchBefore(/[\p{L}_][\p{L}\p{N}_-]*/u);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    return { from: word.from, options, validFor: /^[\p{L}\p{N}_-]*$/u };
  };
}
