import { readFile, writeFile } from "node:fs/promises"
import { ForYouModel, recommendForYou } from "../lib/models/for-you"

/** Writes `customer_id,rank,stock_code,score` rows for every id in the customers file (unknown ids get trending). */
export async function writeTopK(model: ForYouModel, customersFile: string, outFile: string, k: number): Promise<number> {
  const ids = (await readFile(customersFile, "utf8"))
    .split(/\r?\n/)
    .map((s) => s.trim())
    .map((s) => (s.endsWith(".0") ? s.slice(0, -2) : s))
    .filter((s) => s !== "" && s !== "customer_id" && s !== "CustomerID")
  const out: string[] = ["customer_id,rank,stock_code,score"]
  for (const id of ids) {
    recommendForYou(model, id, k).forEach((r, i) => out.push(`${csv(id)},${i + 1},${csv(r.itemId)},${r.score.toFixed(6)}`))
  }
  await writeFile(outFile, out.join("\n") + "\n")
  return out.length - 1
}

function csv(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}
