import { readFile } from "node:fs/promises"

export type IdList = { ids: string[]; duplicates: number; malformed: { lineNo: number; text: string }[] }

const ID_RE = /^[0-9A-Za-z_:.-]+$/

/**
 * One customer id a line; blank lines, lines starting with # and a header line (customer_id / CustomerID) are
 * skipped; a trailing ".0" (the Online Retail file's float-formatted ids) is dropped; the first column of a
 * comma-separated line is taken. Lines that are not ids are counted, not fatal.
 */
export async function readIdFile(file: string): Promise<IdList> {
  const text = await readFile(file, "utf8")
  const seen = new Set<string>()
  const ids: string[] = []
  let duplicates = 0
  const malformed: IdList["malformed"] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    let line = raw.trim()
    if (i === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1)
    if (line === "" || line.startsWith("#")) return
    line = line.split(",")[0].trim().replace(/^"(.*)"$/, "$1")
    if (i === 0 && /^(customer_?id|id)$/i.test(line)) return
    if (line.endsWith(".0")) line = line.slice(0, -2)
    if (!ID_RE.test(line)) {
      malformed.push({ lineNo: i + 1, text: raw.slice(0, 80) })
      return
    }
    if (seen.has(line)) {
      duplicates++
      return
    }
    seen.add(line)
    ids.push(line)
  })
  return { ids, duplicates, malformed }
}
