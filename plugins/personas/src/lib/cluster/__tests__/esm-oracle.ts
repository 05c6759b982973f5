import { execFileSync } from "node:child_process"
import path from "node:path"

/**
 * Runs an ES-module snippet in a child Node process and returns its JSON result. The mljs oracles
 * (ml-kmeans 7, ml-hclust 4) are ESM-only, which jest's CommonJS runtime cannot import; a child process
 * can. The snippet reads the JSON `input` variable and must print one JSON value.
 */
export function runEsmOracle<T>(snippet: string, input: unknown): T {
  const script = `const input = JSON.parse(process.env.ORACLE_INPUT);\n${snippet}`
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: path.resolve(__dirname, "../../../.."), // the plugin folder: node_modules resolve from here upwards
    env: { ...process.env, NODE_OPTIONS: "", ORACLE_INPUT: JSON.stringify(input) },
    encoding: "utf8",
  })
  return JSON.parse(out) as T
}
