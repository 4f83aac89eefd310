import { buildSchema, graphql, type GraphQLSchema } from "graphql";
import type { CommitInfo, GitRepository } from "./git.js";

/**
 * The part of GitHub's GraphQL schema that the desks' GitHub backends read when they open: Decap's
 * (with `use_graphql`) and Sveltia's. Types and field names follow GitHub's; everything else of the
 * real schema (mutations, connections' paging, rate-limit data) is left out.
 */
const SDL = `
  scalar GitObjectID
  scalar URI
  type Query {
    repository(owner: String!, name: String!): Repository
    viewer: User!
  }
  interface Actor { login: String! avatarUrl: URI }
  type User implements Actor { id: ID! databaseId: Int login: String! name: String avatarUrl: URI email: String }
  type Repository {
    id: ID!
    name: String!
    nameWithOwner: String!
    isFork: Boolean!
    viewerPermission: String
    defaultBranchRef: Ref
    ref(qualifiedName: String!): Ref
    object(expression: String, oid: GitObjectID): GitObject
    refs(refPrefix: String!, first: Int, last: Int): RefConnection
    pullRequests(first: Int, last: Int, after: String, before: String, headRefName: String, baseRefName: String, states: [PullRequestState!], labels: [String!], orderBy: IssueOrder): PullRequestConnection!
  }
  type RefConnection { nodes: [Ref!]! }
  enum PullRequestState { OPEN CLOSED MERGED }
  enum IssueOrderField { CREATED_AT UPDATED_AT COMMENTS }
  enum OrderDirection { ASC DESC }
  input IssueOrder { field: IssueOrderField! direction: OrderDirection! }
  enum PatchStatus { ADDED DELETED RENAMED COPIED MODIFIED CHANGED }
  type PullRequestConnection { nodes: [PullRequest!]! totalCount: Int! }
  type PullRequest {
    id: ID! number: Int! title: String! url: URI! isDraft: Boolean! isCrossRepository: Boolean!
    createdAt: String! updatedAt: String! headRefName: String! headRefOid: GitObjectID! baseRefName: String!
    author: Actor
    labels(first: Int, last: Int): LabelConnection
    files(first: Int, last: Int): PullRequestChangedFileConnection
  }
  type LabelConnection { nodes: [Label!]! }
  type Label { id: ID! name: String! }
  type PullRequestChangedFileConnection { nodes: [PullRequestChangedFile!]! }
  type PullRequestChangedFile { path: String! changeType: PatchStatus! }
  type Ref { id: ID! name: String! prefix: String! target: GitObject repository: Repository! }
  interface GitObject { id: ID! oid: GitObjectID! }
  type Blob implements GitObject { id: ID! oid: GitObjectID! text: String isBinary: Boolean! isTruncated: Boolean! byteSize: Int! }
  type Tree implements GitObject { id: ID! oid: GitObjectID! entries: [TreeEntry!] }
  type TreeEntry { name: String! path: String oid: GitObjectID! type: String! mode: Int! object: GitObject }
  type Commit implements GitObject {
    id: ID! oid: GitObjectID! message: String! committedDate: String! authoredDate: String!
    author: GitActor committer: GitActor
    history(first: Int, path: String): CommitHistoryConnection!
    status: Status
    deployments(first: Int, last: Int, orderBy: DeploymentOrder): DeploymentConnection
    checkSuites(first: Int, last: Int): CheckSuiteConnection
  }
  type Status { contexts: [StatusContext!]! }
  type StatusContext { context: String! state: String! targetUrl: URI description: String }
  enum DeploymentOrderField { CREATED_AT }
  input DeploymentOrder { field: DeploymentOrderField! direction: OrderDirection! }
  type DeploymentConnection { nodes: [Deployment] }
  type Deployment { environment: String latestStatus: DeploymentStatus }
  type DeploymentStatus { state: String! environmentUrl: URI description: String }
  type CheckSuiteConnection { nodes: [CheckSuite] }
  type CheckSuite { checkRuns(first: Int, last: Int): CheckRunConnection }
  type CheckRunConnection { nodes: [CheckRun] }
  type CheckRun { name: String! status: String! conclusion: String detailsUrl: URI summary: String }
  type GitActor { name: String email: String date: String user: User }
  type CommitHistoryConnection { nodes: [Commit!]! }
`;

/** The signed-in user the emulator reports for any token. */
export const EDITOR = { id: 1, login: "desk-editor", name: "Desk Editor", email: "editor@example.org" } as const;

interface Context {
  readonly git: GitRepository;
  readonly owner: string;
  readonly name: string;
  readonly branch: string;
  /** How many objects and histories one query resolved: GitHub counts a query's cost from its nodes. */
  nodes: number;
}

type Resolved = Record<string, unknown>;

const actor = (name: string, email: string, date: string): Resolved => ({ name, email, date, user: { id: "U_1", databaseId: EDITOR.id, login: EDITOR.login, name, avatarUrl: null } });

function commitNode(ctx: Context, info: CommitInfo): Resolved {
  return {
    __typename: "Commit",
    id: `C_${info.sha}`,
    oid: info.sha,
    message: info.message,
    committedDate: info.committerDate,
    authoredDate: info.authorDate,
    author: actor(info.authorName, info.authorEmail, info.authorDate),
    committer: actor(info.authorName, info.authorEmail, info.committerDate),
    // No CI reports to the emulated repository: no statuses, deployments or checks.
    status: null,
    deployments: { nodes: [] },
    checkSuites: { nodes: [] },
    history: async ({ first, path }: { first?: number; path?: string }) => {
      ctx.nodes += 1;
      if (path) {
        const last = await ctx.git.lastCommitOf(info.sha, path);
        return { nodes: last ? [commitNode(ctx, last)] : [] };
      }
      return { nodes: (await ctx.git.history(info.sha, first ?? 1)).map((c) => commitNode(ctx, c)) };
    },
  };
}

async function objectNode(ctx: Context, sha: string, path = ""): Promise<Resolved | null> {
  const object = await ctx.git.read(sha);
  if (!object) return null;
  ctx.nodes += 1;
  if (object.type === "blob") {
    const binary = object.bytes.includes(0);
    // GitHub cuts a long text off and says so with `isTruncated`; the emulator always gives it whole.
    return { __typename: "Blob", id: `B_${sha}`, oid: sha, byteSize: object.bytes.length, isBinary: binary, isTruncated: false, text: binary ? null : object.bytes.toString("utf8") };
  }
  if (object.type === "tree") {
    return {
      __typename: "Tree",
      id: `T_${sha}`,
      oid: sha,
      entries: async () =>
        (await ctx.git.tree(sha, false)).map((e) => ({
          name: e.path,
          path: path ? `${path}/${e.path}` : e.path,
          oid: e.sha,
          type: e.type,
          mode: parseInt(e.mode, 8),
          object: () => objectNode(ctx, e.sha, path ? `${path}/${e.path}` : e.path),
        })),
    };
  }
  if (object.type === "commit") {
    const info = await ctx.git.commit(sha);
    return info ? commitNode(ctx, info) : null;
  }
  return null;
}

async function refNode(ctx: Context, qualifiedName: string): Promise<Resolved | null> {
  const name = qualifiedName.replace(/^refs\/heads\//, "");
  const info = await ctx.git.commit(`refs/heads/${name}`);
  if (!info) return null;
  return { id: `R_${name}`, name, prefix: "refs/heads/", target: commitNode(ctx, info), repository: () => repositoryNode(ctx) };
}

function repositoryNode(ctx: Context): Resolved {
  return {
    id: "REPO_1",
    name: ctx.name,
    nameWithOwner: `${ctx.owner}/${ctx.name}`,
    isFork: false,
    viewerPermission: "WRITE",
    defaultBranchRef: () => refNode(ctx, ctx.branch),
    ref: ({ qualifiedName }: { qualifiedName: string }) => refNode(ctx, qualifiedName),
    object: async ({ expression, oid }: { expression?: string; oid?: string }) => {
      const sha = oid ?? (expression ? await ctx.git.resolve(expression) : undefined);
      const path = expression?.includes(":") ? expression.slice(expression.indexOf(":") + 1) : "";
      return sha ? objectNode(ctx, sha, path) : null;
    },
    // The emulated repository has no other branches and no pull requests.
    refs: () => ({ nodes: [] }),
    pullRequests: () => ({ nodes: [], totalCount: 0 }),
  };
}

/** Answers GraphQL queries about one repository from its git history. */
export class GraphQLEndpoint {
  private readonly schema: GraphQLSchema = buildSchema(SDL);

  constructor(
    private readonly git: GitRepository,
    private readonly repo: { readonly owner: string; readonly name: string; readonly branch: string },
  ) {}

  /** Runs one request's query; `nodes` is how many objects and histories it resolved. */
  async execute(body: { query?: string; variables?: Record<string, unknown> }): Promise<{ result: unknown; nodes: number }> {
    const ctx: Context = { git: this.git, ...this.repo, nodes: 0 };
    const result = await graphql({
      schema: this.schema,
      source: body.query ?? "",
      variableValues: body.variables ?? {},
      rootValue: {
        repository: ({ owner, name }: { owner: string; name: string }) =>
          owner.toLowerCase() === this.repo.owner.toLowerCase() && name.toLowerCase() === this.repo.name.toLowerCase() ? repositoryNode(ctx) : null,
        viewer: { id: "U_1", databaseId: EDITOR.id, login: EDITOR.login, name: EDITOR.name, email: EDITOR.email, avatarUrl: null },
      },
    });
    return { result, nodes: ctx.nodes };
  }
}
