/**
 * Saved replies ("macros") with variables: `{{customer.first_name}}`, with an optional fallback after a bar,
 * `{{customer.first_name | there}}`. A template is validated when saved, so an agent never sends
 * "Hello {{custmer.first_name}}" to a customer.
 */
export const REPLY_VARIABLES: Readonly<Record<string, string>> = {
  "customer.first_name": "the customer's first name",
  "customer.last_name": "the customer's last name",
  "customer.email": "the customer's email address",
  "order.display_id": "the order number the customer sees",
  "order.date": "the day the order was placed",
  "order.total": "the order total, formatted with its currency",
  "case.rma_number": "the RMA number of the case",
  "case.kind": "question, return, exchange, claim or repair",
  "case.status": "the case status",
  "case.url": "the link to the case in the customer's account",
  "return.label_url": "the return shipping label",
  "return.refund_amount": "the amount refunded, formatted",
  "warranty.ends_on": "the last day of warranty cover",
  "agent.first_name": "the answering agent's first name",
  "store.name": "the store's name",
}

const TAG = /\{\{([^{}]*)\}\}/g

export type TemplateIssue =
  | { type: "unknown_variable"; variable: string; index: number; suggestion: string | null }
  | { type: "malformed"; index: number; text: string }

export type TemplateValidation = { ok: boolean; variables: string[]; issues: TemplateIssue[] }

function parseTag(inner: string): { name: string; fallback: string | null } {
  const bar = inner.indexOf("|")
  const name = (bar === -1 ? inner : inner.slice(0, bar)).trim()
  const fallback = bar === -1 ? null : inner.slice(bar + 1).trim()
  return { name, fallback }
}

/** Levenshtein distance, for "did you mean" (Wagner & Fischer 1974). */
function editDistance(a: string, b: string): number {
  const prev = new Int32Array(b.length + 1).map((_, j) => j)
  const cur = new Int32Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1))
    }
    prev.set(cur)
  }
  return prev[b.length]
}

function suggest(name: string, known: readonly string[]): string | null {
  let best: string | null = null
  let bestD = 3
  for (const k of known) {
    const d = editDistance(name, k)
    if (d < bestD) {
      best = k
      bestD = d
    }
  }
  return best
}

/**
 * Lists the variables of a template and names every unknown one (with the nearest known name when it is a
 * likely typo) and every malformed tag ("{{" without "}}", an empty or badly named tag).
 */
export function validateReplyTemplate(template: string, known: readonly string[] = Object.keys(REPLY_VARIABLES)): TemplateValidation {
  const issues: TemplateIssue[] = []
  const variables: string[] = []
  const spans: Array<[number, number]> = []
  for (const m of template.matchAll(TAG)) {
    const index = m.index as number
    spans.push([index, index + m[0].length])
    const { name } = parseTag(m[1])
    if (!/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$/i.test(name)) {
      issues.push({ type: "malformed", index, text: m[0] })
      continue
    }
    if (!known.includes(name)) issues.push({ type: "unknown_variable", variable: name, index, suggestion: suggest(name, known) })
    else if (!variables.includes(name)) variables.push(name)
  }
  // braces outside a well-formed tag
  let from = 0
  for (const [a, b] of [...spans, [template.length, template.length] as [number, number]]) {
    const gap = template.slice(from, a)
    const i = gap.search(/\{\{|\}\}/)
    if (i !== -1) issues.push({ type: "malformed", index: from + i, text: gap.slice(i, i + 20) })
    from = b
  }
  issues.sort((x, y) => x.index - y.index)
  return { ok: issues.length === 0, variables, issues }
}

function lookup(values: Record<string, unknown>, name: string): unknown {
  if (name in values) return values[name]
  let v: unknown = values
  for (const part of name.split(".")) {
    if (v === null || typeof v !== "object") return undefined
    v = (v as Record<string, unknown>)[part]
  }
  return v
}

/**
 * Fills a template from nested values ({ customer: { first_name } }) or flat dotted keys. A missing value uses
 * the tag's fallback, else renders empty and is listed in `missing` so the agent can fill it before sending.
 */
export function renderReplyTemplate(template: string, values: Record<string, unknown>): { text: string; missing: string[] } {
  const missing: string[] = []
  const text = template.replace(TAG, (whole, inner: string) => {
    const { name, fallback } = parseTag(inner)
    const v = lookup(values, name)
    if (v === undefined || v === null || v === "") {
      if (fallback !== null) return fallback
      if (!missing.includes(name)) missing.push(name)
      return ""
    }
    return typeof v === "object" ? whole : String(v)
  })
  return { text, missing }
}
