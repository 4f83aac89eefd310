import { execFileSync } from "node:child_process";

/** True when `command` is on the PATH. */
export function hasCommand(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether tests that need a system tool should run. Where the tool is missing they are skipped with one
 * line saying how to install it, except in CI (`CI=true`), where a missing tool is a failure.
 */
export function requireTool(command: string, install: string): boolean {
  if (hasCommand(command)) return true;
  if (process.env["CI"]) throw new Error(`${command} is missing in CI: .ci/run must install it (${install})`);
  process.stderr.write(`skipping tests that need ${command}: install it with \`${install}\`\n`);
  return false;
}
