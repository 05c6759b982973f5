import { DAY_MS } from "../math/time"
import { CHANNEL_CODES, type ChannelCode } from "./classify-channel"
import type { ChannelSpend } from "./channel-roi"

export type SpendParseResult = {
  rows: ChannelSpend[]
  /** rows that could not be read, with the reason (never fatal) */
  errors: { lineNo: number; reason: string }[]
}

function splitLine(line: string): string[] {
  const out: string[] = []
  let cur = ""
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++
      else if (ch === '"') quoted = false
      else cur += ch
    } else if (ch === '"') quoted = true
    else if (ch === ",") out.push(cur), (cur = "")
    else cur += ch
  }
  out.push(cur)
  return out.map((s) => s.trim())
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/

function day(s: string): number | null {
  const m = DAY_RE.exec(s)
  if (!m) return null
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3])
  return new Date(t).toISOString().slice(0, 10) === s ? t : null
}

/**
 * Reads marketing spend imported by the admin as CSV: a header with `channel` and `amount` and optionally
 * `campaign`, `from`, `to` (YYYY-MM-DD, `to` inclusive). Amounts are in major units (e.g. 1234.56) and become
 * integer minor units here, rounded once (× 10^exponent, half toward +∞). Channel names are the channel codes.
 */
export function parseChannelSpend(csv: string, options: { currencyExponent?: number } = {}): SpendParseResult {
  const factor = 10 ** (options.currencyExponent ?? 2)
  const lines = csv.replace(/^\uFEFF/, "").split(/\r?\n/)
  const errors: SpendParseResult["errors"] = []
  const rows: ChannelSpend[] = []
  const header = splitLine(lines[0] ?? "").map((h) => h.toLowerCase())
  const col = (name: string) => header.indexOf(name)
  if (col("channel") < 0 || col("amount") < 0) {
    return { rows, errors: [{ lineNo: 1, reason: "the header needs channel and amount columns" }] }
  }
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === "") continue
    const f = splitLine(lines[i])
    const get = (name: string) => (col(name) >= 0 ? f[col(name)] ?? "" : "")
    const channel = get("channel").toLowerCase()
    if (!(CHANNEL_CODES as readonly string[]).includes(channel)) {
      errors.push({ lineNo: i + 1, reason: `unknown channel ${JSON.stringify(channel)}` })
      continue
    }
    const raw = get("amount").replace(/[£$€\s]/g, "")
    const amount = Number(raw)
    if (raw === "" || !Number.isFinite(amount) || amount < 0) {
      errors.push({ lineNo: i + 1, reason: `amount is not a non-negative number: ${JSON.stringify(get("amount"))}` })
      continue
    }
    const row: ChannelSpend = { channel: channel as ChannelCode, campaign: get("campaign") || null, amount: Math.round(amount * factor) }
    const from = get("from")
    const to = get("to")
    if (from || to) {
      const a = day(from)
      const b = day(to)
      if (a === null || b === null || b < a) {
        errors.push({ lineNo: i + 1, reason: "from and to must both be YYYY-MM-DD days, to not before from" })
        continue
      }
      row.from = a
      row.to = b + DAY_MS
    }
    rows.push(row)
  }
  return { rows, errors }
}
