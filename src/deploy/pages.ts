/**
 * Cloudflare Pages by direct upload: wrangler 4 from the project's lockfile sends the folder (Pages
 * itself skips the files it already has, by hash), and a rollback asks the Pages API to serve the
 * production deploy before the live one again.
 */
import path from "node:path";

/** The variables the Pages target reads. */
export interface PagesSettings {
  readonly apiToken: string;
  readonly accountId: string;
  readonly project: string;
  /** The branch deployed to: the project's production branch. @default "main" */
  readonly branch: string;
  /** The commit, shown in the dashboard (GITHUB_SHA in CI). */
  readonly commit?: string | undefined;
}

/** A command to run: the program, its arguments and the variables it needs besides the current ones. */
export interface Command {
  readonly program: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

/**
 * The wrangler command that uploads `siteDir`: wrangler's own script from `node_modules` (the version
 * the lockfile holds), run by this Node; the token and account go in its environment, never its arguments.
 */
export function pagesDeployCommand(siteDir: string, settings: PagesSettings, root: string = process.cwd()): Command {
  return {
    program: process.execPath,
    args: [
      path.join(root, "node_modules", "wrangler", "bin", "wrangler.js"),
      "pages", "deploy", siteDir,
      `--project-name=${settings.project}`,
      `--branch=${settings.branch}`,
      ...(settings.commit ? [`--commit-hash=${settings.commit}`] : []),
      "--commit-dirty=true",
    ],
    env: { CLOUDFLARE_API_TOKEN: settings.apiToken, CLOUDFLARE_ACCOUNT_ID: settings.accountId, WRANGLER_SEND_METRICS: "false" },
  };
}

/** The parts of a Pages deployment (as the API lists it) a rollback looks at. */
export interface PagesDeployment {
  readonly id: string;
  readonly created_on: string;
  readonly environment?: string;
  readonly latest_stage?: { readonly name?: string; readonly status?: string };
}

/**
 * The deployment a rollback brings back: the newest successful production deployment older than
 * the live one. Throws when there is none.
 */
export function pagesRollbackTarget(liveId: string, deployments: readonly PagesDeployment[]): PagesDeployment {
  const live = deployments.find((d) => d.id === liveId);
  if (!live) throw new Error(`the live deployment ${liveId} is not among the project's production deployments`);
  const target = deployments
    .filter((d) => d.id !== liveId && (d.environment ?? "production") === "production" && d.latest_stage?.status === "success" && d.created_on < live.created_on)
    .sort((a, b) => b.created_on.localeCompare(a.created_on))[0];
  if (!target) throw new Error(`nothing to roll back to: no successful production deployment of the project is older than the live one (${liveId})`);
  return target;
}

const API = "https://api.cloudflare.com/client/v4";

/**
 * Rolls the Pages project back to the production deployment before the live one, through the API
 * (`GET` the project for its live deployment, `GET` its deployments, `POST .../rollback`).
 */
export async function rollbackPages(settings: PagesSettings, fetchFn: typeof fetch = fetch): Promise<PagesDeployment> {
  const base = `${API}/accounts/${encodeURIComponent(settings.accountId)}/pages/projects/${encodeURIComponent(settings.project)}`;
  const call = async <T>(url: string, method = "GET"): Promise<T> => {
    const response = await fetchFn(url, { method, headers: { Authorization: `Bearer ${settings.apiToken}` } });
    const body = (await response.json()) as { success?: boolean; result?: T; errors?: Array<{ message?: string }> };
    if (!response.ok || !body.success || body.result === undefined) {
      throw new Error(`Cloudflare API ${method} ${url.slice(API.length)}: ${response.status} ${body.errors?.map((e) => e.message).join("; ") ?? ""}`);
    }
    return body.result;
  };
  const project = await call<{ canonical_deployment?: { id: string } }>(base);
  const liveId = project.canonical_deployment?.id;
  if (!liveId) throw new Error(`the Pages project ${settings.project} has no live production deployment`);
  const deployments = await call<PagesDeployment[]>(`${base}/deployments?env=production`);
  const target = pagesRollbackTarget(liveId, deployments);
  await call<unknown>(`${base}/deployments/${encodeURIComponent(target.id)}/rollback`, "POST");
  return target;
}
