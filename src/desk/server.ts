import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";

/** A running `decap-server`: its API address and how to stop it. */
export interface DecapServer {
  /** `http://127.0.0.1:8081/api/v1`: the desk's `local_backend` address. */
  readonly url: string;
  readonly origin: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** A port nobody listens on now, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Decap's local backend (`decap-server`, from its npm package) on loopback, writing into
 * `repoDir` (the folder that holds `content/`) as plain files, and waits until it answers.
 */
export async function startDecapServer(options: { readonly repoDir: string; readonly port: number; readonly log?: (line: string) => void }): Promise<DecapServer> {
  const main = createRequire(import.meta.url).resolve("decap-server");
  const child = spawn(process.execPath, [main], {
    cwd: path.resolve(options.repoDir),
    env: { ...process.env, PORT: String(options.port), BIND_HOST: "127.0.0.1", MODE: "fs", GIT_REPO_DIRECTORY: path.resolve(options.repoDir), LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const origin = `http://127.0.0.1:${options.port}`;
  const url = `${origin}/api/v1`;
  const log = options.log ?? (() => undefined);
  child.stdout?.on("data", (chunk: Buffer) => { for (const line of chunk.toString().split("\n")) if (line.trim()) log(line); });
  child.stderr?.on("data", (chunk: Buffer) => { for (const line of chunk.toString().split("\n")) if (line.trim()) log(line); });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // A parent that ends without stopping it (an uncaught error) takes the server with it.
  const orphan = (): void => void child.kill("SIGTERM");
  process.once("exit", orphan);
  void exited.then(() => process.off("exit", orphan));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`decap-server stopped at once (exit code ${child.exitCode}); is port ${options.port} taken?`);
    try {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "info" }) });
      if (response.ok) return { url, origin, process: child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`decap-server did not answer at ${url} within 10 s`);
}
