import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../../src/desk/index.js";
import { ROOT } from "./site.js";

const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

/** `npm run desk` on a content folder, as a child process; resolves once it says where the desk is. */
export async function startDesk(content: string, output: string): Promise<{ url: string; child: ChildProcess; log: () => string }> {
  const port = await freePort();
  const backendPort = await freePort();
  // In a process group of its own, so that stopping it stops what it started (decap-server) too.
  const child = spawn(TSX, ["src/cli/desk.ts", "--port", String(port), "--backend-port", String(backendPort), "--content", content, "--output", output, "--no-cache"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => void (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => void (log += d.toString()));
  const deadline = Date.now() + 120_000;
  while (!/the desk is at http:\/\/localhost:(\d+)\/admin\//.test(log)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm run desk did not start:\n${log.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // The server takes a free port at or after the one asked for; the desk names the one it has.
  const served = /Server at http:\/\/localhost:(\d+)\//.exec(log)?.[1] ?? String(port);
  return { url: `http://localhost:${served}`, child, log: () => log };
}


/** Stops a desk started by {@link startDesk}, and every process it started, and waits for it to exit. */
export async function stopDesk(desk: { readonly child: ChildProcess } | undefined): Promise<void> {
  const child = desk?.child;
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
  await exited;
}
