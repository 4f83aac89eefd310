/**
 * `npm run deploy`'s options and the variables each target needs: read, checked, and named in the
 * message when one is missing, before anything is sent.
 */
import { parseArgs } from "node:util";
import type { PagesPlan, TargetName } from "./limits.js";
import type { PagesSettings } from "./pages.js";
import type { S3Settings } from "./s3-store.js";

export interface DeployOptions {
  readonly target: TargetName;
  readonly dryRun: boolean;
  readonly rollback: boolean;
  /** The built site. @default "_site" */
  readonly site: string;
  /** The Pages plan whose limits apply. @default "free" (or `PAGES_PLAN`) */
  readonly plan: PagesPlan;
  /** Requests in flight at once to object storage. @default 8 */
  readonly concurrency: number;
}

export const USAGE = "usage: npm run deploy -- [--target pages|bucket] [--dry-run] [--rollback] [--site _site] [--plan free|paid] [--concurrency 8]";

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the command line; the target defaults to `DEPLOY_TARGET`, the plan to `PAGES_PLAN`. Throws with a plain message. */
export function parseDeployArgs(argv: readonly string[], env: Env): DeployOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      target: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      rollback: { type: "boolean", default: false },
      site: { type: "string", default: "_site" },
      plan: { type: "string" },
      concurrency: { type: "string", default: "8" },
    },
  });
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"\n${USAGE}`);
  const target = values.target || env.DEPLOY_TARGET;
  if (!target) throw new Error(`no target: pass --target pages or --target bucket, or set DEPLOY_TARGET\n${USAGE}`);
  if (target !== "pages" && target !== "bucket") throw new Error(`unknown target "${target}": it is pages (Cloudflare Pages) or bucket (object storage behind a Worker)`);
  const plan = values.plan || env.PAGES_PLAN || "free";
  if (plan !== "free" && plan !== "paid") throw new Error(`unknown plan "${plan}": it is free or paid`);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new Error(`--concurrency must be a whole number from 1 to 64, not "${values.concurrency}"`);
  return { target, dryRun: values["dry-run"], rollback: values.rollback, site: values.site, plan, concurrency };
}

/** The variables of each target: names, and whether a default stands in for a missing one. */
export const TARGET_ENV: Readonly<Record<TargetName, readonly string[]>> = {
  pages: ["CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID", "PAGES_PROJECT"],
  bucket: ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"],
};

/** The names of the target's variables that are missing or empty. */
export function missingEnv(target: TargetName, env: Env): string[] {
  return TARGET_ENV[target].filter((name) => !env[name]);
}

function required(target: TargetName, env: Env): void {
  const missing = missingEnv(target, env);
  if (missing.length > 0) {
    throw new Error(`${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set: the ${target} target reads ${TARGET_ENV[target].join(", ")} from the environment (in CI, from the repository's secrets)`);
  }
}

/** The Pages settings from the environment; throws naming any missing variable. */
export function pagesSettings(env: Env): PagesSettings {
  required("pages", env);
  return { apiToken: env.CLOUDFLARE_API_TOKEN ?? "", accountId: env.CLOUDFLARE_ACCOUNT_ID ?? "", project: env.PAGES_PROJECT ?? "", branch: env.PAGES_BRANCH || "main", commit: env.GITHUB_SHA || undefined };
}

/** The bucket settings from the environment (`S3_REGION` defaults to `auto`, R2's); throws naming any missing variable. */
export function s3Settings(env: Env): S3Settings {
  required("bucket", env);
  return { endpoint: env.S3_ENDPOINT ?? "", bucket: env.S3_BUCKET ?? "", region: env.S3_REGION || "auto", accessKeyId: env.S3_ACCESS_KEY_ID ?? "", secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? "" };
}
