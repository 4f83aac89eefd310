/**
 * Reading `_redirects` back: the deploy counts its rules against a CDN's limits, and the object-storage
 * target turns each one into a real 301 served by the edge worker.
 */

/** One line of `_redirects`. */
export interface RedirectRule {
  readonly from: string;
  readonly to: string;
  readonly status: number;
  /** A rule with a `*` splat or a `:placeholder` in its source: CDNs count these apart. */
  readonly dynamic: boolean;
  /** The line's length in characters, which some CDNs cap. */
  readonly length: number;
}

/**
 * The rules of a `_redirects` file; throws on a line it cannot read, naming its number.
 * @example parseRedirectsFile("/old.html /2016/03/03/x/ 301\n") // [{ from: "/old.html", to: "/2016/03/03/x/", status: 301, dynamic: false, length: 28 }]
 */
export function parseRedirectsFile(text: string): RedirectRule[] {
  const rules: RedirectRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const [from, to, code, ...rest] = trimmed.split(/\s+/);
    const status = code === undefined ? 302 : Number(code);
    if (!from || !to || rest.length > 0 || !Number.isInteger(status)) {
      throw new Error(`_redirects line ${index + 1}: "${trimmed}" is not "FROM TO [STATUS]"`);
    }
    rules.push({ from, to, status, dynamic: /[*]|\/:[A-Za-z]/.test(from), length: trimmed.length });
  });
  return rules;
}
