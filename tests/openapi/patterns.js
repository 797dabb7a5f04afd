// Reads JSON lines {"pattern", "text"} on stdin and prints, per line, 1 when an ECMA-262 RegExp
// without the unicode flag (JSON Schema's pattern dialect) finds the pattern in the text, else 0.
const lines = require("fs").readFileSync(0, "utf8").split("\n").filter((l) => l.length > 0);
for (const line of lines) {
  const c = JSON.parse(line);
  console.log(new RegExp(c.pattern).test(c.text) ? 1 : 0);
}
