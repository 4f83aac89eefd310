/**
 * Header rules in the `_headers` format static CDNs read: a path pattern (`*` matches any run of
 * characters), then indented `Name: value` lines that set a header and `! Name` lines that drop one
 * an earlier rule set. Pure and dependency-free: the deploy and the edge worker both use it, so the
 * headers a reader gets are the ones the build wrote, whichever target serves them.
 */

/** One block of `_headers`. */
export interface HeaderRule {
  /** The path pattern: `/*`, `/assets/*`, `/feed.xml`. */
  readonly path: string;
  /** Headers an earlier matching rule set that this one drops (written as `! Name`). */
  readonly unset: readonly string[];
  /** Headers this rule sets, in order. */
  readonly set: ReadonlyArray<readonly [name: string, value: string]>;
}

/** The text of a `_headers` file: each rule's path, its `!` lines, its headers, then a blank line. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  return rules.map((r) => [r.path, ...r.unset.map((n) => `  ! ${n}`), ...r.set.map(([n, v]) => `  ${n}: ${v}`), ""].join("\n")).join("\n");
}

/**
 * Reads a `_headers` file back into rules; throws on a line it cannot read, naming its number.
 * @example parseHeadersFile("/*\n  X-A: 1\n") // [{ path: "/*", unset: [], set: [["X-A", "1"]] }]
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: Array<{ path: string; unset: string[]; set: Array<[string, string]> }> = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    const current = rules.at(-1);
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), unset: [], set: [] });
    } else if (!current) {
      throw new Error(`_headers line ${index + 1}: a header comes before any path`);
    } else if (line.trim().startsWith("!")) {
      current.unset.push(line.trim().slice(1).trim());
    } else {
      const colon = line.indexOf(":");
      if (colon < 0) throw new Error(`_headers line ${index + 1}: "${line.trim()}" is neither "Name: value" nor "! Name"`);
      current.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  });
  return rules;
}

/** Whether a rule's path pattern matches a request path; `*` stands for any run of characters. */
export function pathMatches(pattern: string, pathname: string): boolean {
  const parts = pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".*")}$`).test(pathname);
}

/**
 * The headers every matching rule gives a path, applied in file order: a header set twice is joined
 * with a comma (as the CDNs do), and a `!` line drops what earlier rules set. Keys keep the spelling
 * of the rule that set them.
 * @example headersForPath(parseHeadersFile("/*\n  A: 1\n/x\n  ! A\n  A: 2\n"), "/x") // { A: "2" }
 */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const found = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!pathMatches(rule.path, pathname)) continue;
    for (const name of rule.unset) found.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const before = found.get(name.toLowerCase());
      found.set(name.toLowerCase(), [before?.[0] ?? name, before ? `${before[1]}, ${value}` : value]);
    }
  }
  return Object.fromEntries(found.values());
}
