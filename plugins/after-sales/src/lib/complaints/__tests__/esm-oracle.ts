import { execFileSync } from "node:child_process"
import path from "node:path"

/**
 * Runs an ES-module snippet in a child Node process and returns its JSON result: ml-kmeans 7 is ESM-only,
 * which jest's CommonJS runtime cannot import. The snippet reads `input` and prints one JSON value.
 */
export function runEsmOracle<T>(snippet: string, input: unknown): T {
  const script = `const input = JSON.parse(process.env.ORACLE_INPUT);\n${snippet}`
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: path.resolve(__dirname, "../../../.."),
    env: { ...process.env, NODE_OPTIONS: "", ORACLE_INPUT: JSON.stringify(input) },
    encoding: "utf8",
  })
  return JSON.parse(out) as T
}
