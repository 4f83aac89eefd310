import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GitRepository } from "../../../src/bench/github/git.js";
import { startGitHubEmulator, type GitHubEmulator } from "../../../src/bench/github/server.js";
import { tempDir, writeFiles } from "../../helpers/site.js";

/** The GitHub API emulator of the desk's bench, over a small real git repository. */
describe("the GitHub API emulator", () => {
  let emulator: GitHubEmulator;
  const auth = { authorization: "token any-token" };
  const get = async (p: string, headers: Record<string, string> = auth): Promise<{ status: number; json: any }> => {
    const response = await fetch(`${emulator.url}${p}`, { headers });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    const dir = tempDir("emulator");
    writeFiles(dir, { "content/articles/2026/03/a.md": "---\ntitle: A\n---\nŞəki body\n", "content/articles/2026/04/b.md": "B\n", "content/_data/site.json": "{}\n" });
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, "-c", "user.name=Ed", "-c", "user.email=ed@example.org", ...args]);
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "first");
    writeFiles(dir, { "content/articles/2026/04/b.md": "B, edited\n" });
    git("commit", "-q", "-am", "edit b");
    emulator = await startGitHubEmulator({ git: new GitRepository(dir), owner: "news", name: "site", branch: "main" });
  });
  afterAll(() => emulator?.close());

  it("lists a folder's tree recursively and serves its blobs in GitHub's base64", async () => {
    const tree = await get("/repos/news/site/git/trees/main:content/articles/2026?recursive=1");
    expect(tree.status).toBe(200);
    expect(tree.json.truncated).toBe(false);
    expect(tree.json.tree.map((e: { path: string; type: string }) => `${e.type} ${e.path}`)).toEqual(["tree 03", "blob 03/a.md", "tree 04", "blob 04/b.md"]);
    const a = tree.json.tree.find((e: { path: string }) => e.path === "03/a.md");
    const blob = await get(`/repos/news/site/git/blobs/${a.sha}`);
    expect(Buffer.from(blob.json.content, "base64").toString("utf8")).toBe("---\ntitle: A\n---\nŞəki body\n");
    // Decap asks for a folder's tree with the path encoded.
    expect((await get("/repos/news/site/git/trees/main:content%2F_data")).json.tree.map((e: { path: string }) => e.path)).toEqual(["site.json"]);
    expect((await get("/repos/news/site/git/trees/main:nowhere")).status).toBe(404);
  });

  it("names the last commit of a file, in REST and in GraphQL", async () => {
    const [a] = (await get("/repos/news/site/commits?path=content/articles/2026/03/a.md&sha=main")).json;
    const [b] = (await get("/repos/news/site/commits?path=content/articles/2026/04/b.md&sha=main")).json;
    expect([a.commit.message, b.commit.message]).toEqual(["first", "edit b"]);
    const query = `query($owner: String!, $repo: String!, $branch: String!) { repository(owner: $owner, name: $repo) {
      ref(qualifiedName: $branch) { target { ... on Commit { history(first: 1) { nodes { oid message } } } } }
      f: ref(qualifiedName: $branch) { target { ... on Commit { history(first: 1, path: "content/articles/2026/03/a.md") { nodes { committedDate author { name } } } } } } } }`;
    const response = await fetch(`${emulator.url}/graphql`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ query, variables: { owner: "news", repo: "site", branch: "refs/heads/main" } }) });
    const { data } = (await response.json()) as any;
    expect(data.repository.ref.target.history.nodes[0].message).toBe("edit b");
    expect(data.repository.f.target.history.nodes[0].author.name).toBe("Ed");
  });

  it("answers at GitHub Enterprise Server's paths and the GraphQL queries Sveltia opens with", async () => {
    // Sveltia takes an `api_root` other than api.github.com for an Enterprise server: REST under
    // `/api/v3`, GraphQL at `/api/graphql`.
    expect((await get("/api/v3/user")).json.login).toBe("desk-editor");
    expect((await get("/api/v3/repos/news/site/collaborators/desk-editor")).status).toBe(204);
    const tree = await get("/api/v3/repos/news/site/git/trees/main?recursive=1");
    const a = tree.json.tree.find((e: { path: string }) => e.path === "content/articles/2026/03/a.md");
    const query = `query($owner: String!, $repo: String!, $branch: String!) { repository(owner: $owner, name: $repo) {
      content_0: object(oid: ${JSON.stringify(a.sha)}) { ... on Blob { text isTruncated } }
      commit_0: ref(qualifiedName: $branch) { target { ... on Commit { history(first: 1, path: "content/articles/2026/03/a.md") {
        nodes { author { name email user { id: databaseId login } } committedDate } } } } }
      pullRequests(states: OPEN, labels: ["sveltia-cms/draft"], first: 100, orderBy: { field: UPDATED_AT, direction: DESC }) {
        nodes { id number headRefName author { login avatarUrl ... on User { name databaseId } } labels(first: 20) { nodes { name } } files(first: 100) { nodes { path changeType } } } } } }`;
    const response = await fetch(`${emulator.url}/api/graphql`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ query, variables: { owner: "news", repo: "site", branch: "main" } }) });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.repository.content_0).toEqual({ text: "---\ntitle: A\n---\nŞəki body\n", isTruncated: false });
    expect(body.data.repository.commit_0.target.history.nodes[0].author).toEqual({ name: "Ed", email: "ed@example.org", user: { id: 1, login: "desk-editor" } });
    expect(body.data.repository.pullRequests.nodes).toEqual([]);
  });

  it("counts every call, refuses a call without a token and says what it does not emulate", async () => {
    emulator.reset();
    expect((await get("/user", {})).status).toBe(401);
    expect((await get("/user")).json.login).toBe("desk-editor");
    const write = await fetch(`${emulator.url}/repos/news/site/git/blobs`, { method: "POST", headers: auth, body: "{}" });
    expect(write.status).toBe(501);
    expect(emulator.calls.map((c) => `${c.api} ${c.method} ${c.path} ${c.status}${c.notEmulated ? " not emulated" : ""}`)).toEqual([
      "rest GET /user 401",
      "rest GET /user 200",
      "rest POST /repos/news/site/git/blobs 501 not emulated",
    ]);
  });
});
