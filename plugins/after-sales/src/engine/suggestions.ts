import type { MedusaContainer } from "@medusajs/framework/types"
import { fieldCipher } from "@finesse/core/privacy"
import { fromMinor } from "@finesse/core/lib/money/minor-units"
import { renderReplyTemplate } from "../lib/replies/reply-template"
import { suggestReplies } from "../lib/replies/suggest-replies"
import type { CaseRow } from "../modules/finesse-after-sales/store/case-rows"
import { service } from "./case-change"
import { loadConfig } from "./config"
import { customerContact } from "./notify"
import { caseQueryText, getReplyIndex } from "./reply-index"

export type SavedReplyRow = { id: string; key: string; title: string; body: string; kinds: string[] | null; reasons: string[] | null; use_count: number; archived: boolean }

/** The values a saved reply's {{variables}} are filled from for this case (lib REPLY_VARIABLES). */
export async function replyValues(container: MedusaContainer, row: CaseRow, agent: { first_name?: string | null } | null) {
  const db = service(container).db()
  const [{ settings }, who, remedies, repair] = await Promise.all([
    loadConfig(container),
    customerContact(container, row.customer_id),
    db("finesse_after_sales_remedy").select("refund_amount").where({ case_id: row.id }).whereNull("deleted_at"),
    db("finesse_after_sales_repair").select("warranty_ends_at").where({ case_id: row.id }).whereNull("deleted_at").first(),
  ])
  const refund = remedies.reduce((s: number, r: any) => s + Number(r.refund_amount ?? 0), 0)
  const currency = row.currency_code ?? "eur"
  return {
    customer: { first_name: who?.first_name ?? null, last_name: who?.last_name ?? null, email: who?.email ?? null },
    order: { display_id: row.order_display_id, total: row.order_total != null ? `${fromMinor(row.order_total, currency).toFixed(2)} ${currency.toUpperCase()}` : null },
    case: { rma_number: row.rma_number, kind: row.kind, status: row.status.replace(/_/g, " "), url: `${settings.storefront_url.replace(/\/$/, "")}/account/cases/${row.id}` },
    return: { refund_amount: refund ? `${fromMinor(refund, currency).toFixed(2)} ${currency.toUpperCase()}` : null, label_url: null },
    warranty: { ends_on: repair?.warranty_ends_at ? new Date(repair.warranty_ends_at).toISOString().slice(0, 10) : null },
    agent: { first_name: agent?.first_name ?? null },
    store: { name: "our store" },
  }
}

/**
 * Suggested replies for a case: the resolved cases most like its subject and the customer's latest message (what the
 * agent answers now; BM25 over the resolved cases' subjects and customer messages, lib
 * suggestReplies), grouped by the saved reply that resolved them and rendered with this case's values; a case
 * resolved with free text suggests that text. Without an index yet, the saved replies for the case's kind and
 * reason are offered.
 */
export async function suggestionsFor(container: MedusaContainer, row: CaseRow, opts: { limit?: number; agent?: { first_name?: string | null } | null } = {}) {
  const db = service(container).db()
  const cipher = fieldCipher(container)
  // everything the answer needs at once: the index search waits only for the case's own words
  const [messages, saved, idx, values] = await Promise.all([
    db("finesse_after_sales_message").select("body").where({ case_id: row.id, visibility: "customer", author_type: "customer" }).whereNull("deleted_at").orderBy("created_at", "desc").limit(1),
    db("finesse_after_sales_saved_reply").where({ archived: false }).whereNull("deleted_at") as Promise<SavedReplyRow[]>,
    getReplyIndex(container),
    replyValues(container, row, opts.agent ?? null),
  ])
  const text = caseQueryText(cipher.decrypt(row.subject), messages.map((m: any) => cipher.decrypt(m.body))).join(" ")
  const byKey = new Map(saved.map((s) => [s.key, s]))
  const limit = opts.limit ?? 3
  const hits = idx ? suggestReplies(idx.index, text, { limit, neighbours: 20, exclude: new Set([row.id]) }) : []
  const out: Array<{ source: "similar_cases" | "saved_reply"; reply_key: string | null; title: string; body: string; missing: string[]; score: number; support: number; similar_case_ids: string[] }> = []
  for (const h of hits) {
    if (h.replyKey) {
      const s = byKey.get(h.replyKey)
      if (!s) continue
      const r = renderReplyTemplate(s.body, values)
      out.push({ source: "similar_cases", reply_key: s.key, title: s.title, body: r.text, missing: r.missing, score: h.score, support: h.support, similar_case_ids: h.caseIds })
    } else {
      // a free-text answer: the agent's last reply on the most similar case
      const m = await db("finesse_after_sales_message").select("body").where({ case_id: h.caseIds[0], author_type: "agent", visibility: "customer" }).whereNull("deleted_at").orderBy("created_at", "desc").first()
      if (m) out.push({ source: "similar_cases", reply_key: null, title: "Reply from a similar case", body: cipher.decrypt(m.body), missing: [], score: h.score, support: h.support, similar_case_ids: h.caseIds })
    }
  }
  if (out.length < limit) {
    const fitting = saved
      .filter((s) => !out.some((o) => o.reply_key === s.key))
      .filter((s) => (!s.kinds?.length || s.kinds.includes(row.kind)) && (!s.reasons?.length || (row.reason !== null && s.reasons.includes(row.reason))))
      .sort((a, b) => Number(!!b.reasons?.length) - Number(!!a.reasons?.length) || b.use_count - a.use_count || a.key.localeCompare(b.key))
    for (const s of fitting.slice(0, limit - out.length)) {
      const r = renderReplyTemplate(s.body, values)
      out.push({ source: "saved_reply", reply_key: s.key, title: s.title, body: r.text, missing: r.missing, score: 0, support: 0, similar_case_ids: [] })
    }
  }
  return { suggestions: out, index_version: idx?.version ?? null, indexed_cases: idx?.index.size ?? 0 }
}
