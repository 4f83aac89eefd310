/**
 * The edge worker: a Cloudflare module Worker that serves the site from the R2 bucket bound as
 * `SITE` (see docs/going-live.md for its wrangler.toml).
 */
import { serve, type SiteBucket } from "./serve.js";

export interface Env {
  readonly SITE: SiteBucket;
}

export default {
  fetch(request: Request, env: Env): Promise<Response> {
    return serve(request, env.SITE);
  },
};
