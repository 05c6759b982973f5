import type { ReadStats } from "@finesse/core/lib/retail/read-retail"

/** RFC 4180 quoting when a field holds a comma, a quote or a line break. */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

export function reportMalformed(stats: ReadStats): void {
  if (stats.malformed === 0) return
  const ex = stats.examples.map((e) => `  line ${e.lineNo}: ${e.reason}`).join("\n")
  process.stderr.write(`[risk] ${stats.malformed} malformed line(s) skipped; the first ${stats.examples.length}:\n${ex}\n`)
}
