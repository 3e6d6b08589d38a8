// Building elements without innerHTML: names and texts come from the files.
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "class") e.className = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

// Lines of one text that the other lacks: enough to show an officer what changed on disk.
export function changedLines(mine, disk) {
  const a = mine.split("\n");
  const b = disk.split("\n");
  const inA = new Set(a);
  const inB = new Set(b);
  return {
    onlyMine: a.map((l, i) => [i + 1, l]).filter(([, l]) => !inB.has(l)),
    onlyDisk: b.map((l, i) => [i + 1, l]).filter(([, l]) => !inA.has(l)),
  };
}
