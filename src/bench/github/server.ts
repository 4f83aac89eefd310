import http from "node:http";
import type { AddressInfo } from "node:net";
import type { CommitInfo, GitRepository } from "./git.js";
import { EDITOR, GraphQLEndpoint } from "./graphql.js";

/**
 * A local stand-in for GitHub's API over a real git repository, for the desk's tests and bench: it
 * answers the REST and GraphQL calls that Decap's and Sveltia's GitHub backends make to open
 * collections and entries, from the repository's own objects, and counts and times every call.
 *
 * It is an emulation, not GitHub. It accepts any token and has no OAuth; its rate-limit headers are
 * only a count (nothing is refused at 5,000, and GraphQL points are not computed); it has no
 * secondary limits, no network latency, no pull requests, branches other than the one served, or
 * writes (those answer 501, and are counted as not emulated); and it pages nothing (GitHub's
 * `Link` paging of lists is not needed for an empty list of pull requests). A recursive tree is cut
 * off where GitHub cuts it: 100,000 entries or 7 MB, with `truncated: true`.
 */

/** One API call as the emulator saw it. */
export interface ApiCall {
  readonly api: "rest" | "graphql";
  readonly method: string;
  /** The path without the query, e.g. `/repos/o/r/git/blobs/<sha>`; GraphQL calls name their first field. */
  readonly path: string;
  readonly status: number;
  /** When the request arrived, on this process's clock (`performance.now()`). */
  readonly at: number;
  readonly ms: number;
  /** GraphQL: how many objects and histories the query resolved. */
  readonly nodes?: number;
  /** Answered 501: a call the emulator does not implement. */
  readonly notEmulated?: boolean;
  /** GraphQL: the errors the answer carried (GitHub answers a query it refuses with 200 and `errors`). */
  readonly errors?: string;
}

/** A running emulator. */
export interface GitHubEmulator {
  /** The `api_root` to give the desk: `http://127.0.0.1:<port>`; GraphQL is at `<api_root>/graphql`. */
  readonly url: string;
  /** Every call so far (CORS preflights are not API calls and are left out). */
  readonly calls: ApiCall[];
  /** Forgets the calls so far. */
  reset(): void;
  /** Reads ahead the repository's history of `rev` (GitHub has it indexed; git walks it on the first call). */
  warm(rev: string): Promise<void>;
  close(): Promise<void>;
}

/** What the emulator serves: the repository, the name GitHub would give it, and its branch. */
export interface EmulatorOptions {
  readonly git: GitRepository;
  readonly owner: string;
  readonly name: string;
  readonly branch: string;
}

const MAX_TREE_ENTRIES = 100_000;
const MAX_TREE_BYTES = 7 * 1024 * 1024;

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function commitJson(info: CommitInfo): Record<string, unknown> {
  const person = (date: string) => ({ name: info.authorName, email: info.authorEmail, date });
  return {
    sha: info.sha,
    commit: { author: person(info.authorDate), committer: person(info.committerDate), message: info.message, tree: { sha: info.tree } },
    author: { login: EDITOR.login, id: EDITOR.id },
    committer: { login: EDITOR.login, id: EDITOR.id },
    parents: [],
  };
}

/** GitHub's base64: lines of 60 characters. */
function base64Lines(bytes: Buffer): string {
  return (bytes.toString("base64").match(/.{1,60}/g) ?? []).join("\n") + "\n";
}

/** Starts the emulator on a free loopback port. */
export async function startGitHubEmulator(options: EmulatorOptions): Promise<GitHubEmulator> {
  const { git, owner, name, branch } = options;
  const graphqlEndpoint = new GraphQLEndpoint(git, { owner, name, branch });
  const calls: ApiCall[] = [];
  const repoPath = `/repos/${owner}/${name}`;

  const repoJson = () => ({
    id: 1,
    name,
    full_name: `${owner}/${name}`,
    owner: { login: owner, id: 2, type: "Organization" },
    private: false,
    fork: false,
    default_branch: branch,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  });
  const userJson = () => ({ login: EDITOR.login, id: EDITOR.id, name: EDITOR.name, email: EDITOR.email, avatar_url: "", type: "User" });

  async function rest(method: string, url: URL, accept: string): Promise<{ status: number; body: unknown; raw?: Buffer }> {
    const path = url.pathname;
    if (method !== "GET" && method !== "HEAD") throw new HttpError(501, `not emulated: ${method} ${path}`);
    if (path === "/user") return { status: 200, body: userJson() };
    if (/^\/users\/[^/]+$/.test(path)) return { status: 200, body: userJson() };
    if (path === "/search/issues") return { status: 200, body: { total_count: 0, incomplete_results: false, items: [] } };
    if (path.toLowerCase() === repoPath.toLowerCase()) return { status: 200, body: repoJson() };
    if (!path.toLowerCase().startsWith(`${repoPath.toLowerCase()}/`)) throw new HttpError(404, "Not Found");
    const rest = path.slice(repoPath.length + 1);

    if (/^collaborators\/[^/]+$/.test(rest)) return { status: 204, body: undefined };
    if (rest === "pulls") return { status: 200, body: [] };
    const treeMatch = /^git\/trees\/(.+)$/.exec(rest);
    if (treeMatch) {
      const treeish = decodeURIComponent(treeMatch[1] ?? "");
      const sha = await git.resolve(treeish.includes(":") ? treeish : `${treeish}^{tree}`);
      if (!sha || (await git.typeOf(sha)) !== "tree") throw new HttpError(404, "Not Found");
      const recursive = ["1", "true"].includes(url.searchParams.get("recursive") ?? "");
      const entries = await git.tree(sha, recursive);
      const tree: Array<Record<string, unknown>> = [];
      let bytes = 0;
      let truncated = false;
      for (const e of entries) {
        const item = { path: e.path, mode: e.mode, type: e.type, sha: e.sha, ...(e.size !== undefined ? { size: e.size } : {}), url: `${repoPath}/git/${e.type}s/${e.sha}` };
        bytes += JSON.stringify(item).length + 1;
        if (tree.length >= MAX_TREE_ENTRIES || bytes > MAX_TREE_BYTES) {
          truncated = true;
          break;
        }
        tree.push(item);
      }
      return { status: 200, body: { sha, url: `${repoPath}/git/trees/${sha}`, tree, truncated } };
    }
    const blobMatch = /^git\/blobs\/([0-9a-f]{40})$/.exec(rest);
    if (blobMatch) {
      const sha = blobMatch[1] as string;
      const object = await git.read(sha);
      if (!object || object.type !== "blob") throw new HttpError(404, "Not Found");
      if (accept.includes("application/vnd.github.raw")) return { status: 200, body: undefined, raw: object.bytes };
      return { status: 200, body: { sha, node_id: `B_${sha}`, size: object.bytes.length, url: `${repoPath}/git/blobs/${sha}`, content: base64Lines(object.bytes), encoding: "base64" } };
    }
    if (rest === "commits") {
      const rev = url.searchParams.get("sha") ?? branch;
      const file = url.searchParams.get("path");
      if (file) {
        const last = await git.lastCommitOf(rev, file.replace(/^\/+/, ""));
        return { status: 200, body: last ? [commitJson(last)] : [] };
      }
      const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
      return { status: 200, body: (await git.history(rev, perPage)).map(commitJson) };
    }
    const branchMatch = /^branches\/(.+)$/.exec(rest);
    if (branchMatch) {
      const wanted = decodeURIComponent(branchMatch[1] ?? "");
      const info = wanted === branch ? await git.commit(`refs/heads/${branch}`) : undefined;
      if (!info) throw new HttpError(404, "Branch not found");
      return { status: 200, body: { name: wanted, commit: commitJson(info), protected: false } };
    }
    const refMatch = /^git\/(?:ref|refs|matching-refs)\/(.+)$/.exec(rest);
    if (refMatch) {
      const ref = decodeURIComponent(refMatch[1] ?? "");
      const sha = ref === `heads/${branch}` ? await git.resolve(`refs/heads/${branch}`) : undefined;
      if (rest.startsWith("git/matching-refs/")) return { status: 200, body: sha ? [{ ref: `refs/${ref}`, object: { sha, type: "commit" } }] : [] };
      if (!sha) throw new HttpError(404, "Not Found");
      return { status: 200, body: { ref: `refs/${ref}`, object: { sha, type: "commit" } } };
    }
    throw new HttpError(501, `not emulated: GET ${path}`);
  }

  const server = http.createServer((req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    // GitHub Enterprise Server's layout: REST under `/api/v3`, GraphQL at `/api/graphql`. Sveltia
    // takes any `api_root` other than api.github.com for one and adds `/api/v3` to it.
    if (url.pathname === "/api/v3" || url.pathname.startsWith("/api/v3/")) url.pathname = url.pathname.slice("/api/v3".length) || "/";
    const method = req.method ?? "GET";
    res.setHeader("access-control-allow-origin", "*");
    res.setHeader("access-control-expose-headers", "ETag, Link, Location, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource");
    if (method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-methods": "GET, POST, PATCH, PUT, DELETE",
        "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "Authorization, Content-Type",
        "access-control-max-age": "86400",
      });
      res.end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const isGraphql = url.pathname === "/graphql" || url.pathname === "/api/graphql";
      const record = (status: number, extra: Partial<ApiCall> = {}, label = url.pathname): void => {
        calls.push({ api: isGraphql ? "graphql" : "rest", method, path: label, status, at: started, ms: performance.now() - started, ...extra });
      };
      const send = (status: number, body: unknown, raw?: Buffer): void => {
        const used = calls.length + 1;
        res.setHeader("x-ratelimit-limit", "5000");
        res.setHeader("x-ratelimit-used", String(used));
        res.setHeader("x-ratelimit-remaining", String(Math.max(0, 5000 - used)));
        res.setHeader("x-ratelimit-resource", isGraphql ? "graphql" : "core");
        if (raw) {
          res.writeHead(status, { "content-type": "application/octet-stream" }).end(raw);
        } else if (body === undefined) {
          res.writeHead(status).end();
        } else {
          res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
        }
      };
      const token = /^(?:token|bearer)\s+\S+/i.test(req.headers.authorization ?? "");
      if (!token) {
        record(401);
        send(401, { message: "Requires authentication" });
        return;
      }
      const handle = async (): Promise<void> => {
        if (isGraphql) {
          const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as { query?: string; variables?: Record<string, unknown> };
          const { result, nodes } = await graphqlEndpoint.execute(body);
          const first = /\{\s*(\w+)/.exec(body.query ?? "")?.[1] ?? "query";
          const errors = (result as { errors?: ReadonlyArray<{ message: string }> }).errors;
          record(200, { nodes, ...(errors?.length ? { errors: errors.map((e) => e.message).join("; ") } : {}) }, `graphql ${first}`);
          send(200, result);
          return;
        }
        const answer = await rest(method, url, String(req.headers.accept ?? ""));
        record(answer.status);
        send(answer.status, answer.body, answer.raw);
      };
      handle().catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        record(status, status === 501 ? { notEmulated: true } : {});
        send(status, { message: error instanceof Error ? error.message : String(error) });
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    reset: () => void calls.splice(0),
    warm: (rev) => git.warm(rev),
    close: () =>
      new Promise((resolve) => {
        git.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
