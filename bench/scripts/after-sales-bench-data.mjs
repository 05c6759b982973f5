// Writes the after-sales benchmark corpus straight into the plugin's tables: `cases` support cases with their
// conversations from the lib's generator (about 10 messages a case), bodies and subjects encrypted with the app's
// privacy key as the plugin writes them, a tenth of the cases live (clocks evaluated by the lib at `now`), the rest
// resolved with the saved reply that resolved them. Batched INSERT … SELECT FROM unnest(arrays).
import { createRequire } from "node:module"
import path from "node:path"
import { ROOT } from "../../scripts/lib.mjs"

const require = createRequire(import.meta.url)
const DAY = 86_400_000

export async function writeAfterSalesBenchData(client, { cases, key, now = Date.now(), log = console.log }) {
  const lib = require(path.join(ROOT, "plugins/after-sales/.medusa/server/src/lib/index.js"))
  const { createFieldCipher, parseMasterKey } = require(path.join(ROOT, "plugins/core/.medusa/server/src/privacy/field-cipher.js"))
  const cipher = createFieldCipher(parseMasterKey(key))
  const calendar = lib.compileCalendar({ timeZone: "Europe/Berlin", weekly: Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ open: "09:00", close: "17:00" }]])) })
  const titles = ["Table Lamp", "Linen Shirt", "Wool Throw", "Stoneware Mug", "Chelsea Boots", "Scented Candle", "Oxford Shirt", "Duvet Cover", "Bath Towel", "Slim Jeans"]
  const products = Array.from({ length: 300 }, (_, i) => ({ id: `prod_bench_${i}`, title: `${titles[i % titles.length]} ${i}`, categoryId: `pcat_bench_${i % 25}` }))
  const agents = Array.from({ length: 12 }, (_, i) => `user_bench_${i}`)
  const PRIORITIES = ["low", "normal", "normal", "normal", "high", "urgent"]
  const ACTIVE = ["new", "open", "waiting_on_customer", "approved"]
  let rng = 7
  const rnd = () => ((rng = (Math.imul(rng, 1103515245) + 12345) >>> 0) / 4294967296)
  const caseCols = ["id", "number", "rma_number", "kind", "status", "priority", "priority_order", "channel", "customer_id", "assignee_id", "subject", "reason", "product_id", "sla_state", "sla_rank", "sla_due_at", "first_response_state", "resolution_state", "next_sla_check_at", "status_history", "resolved_at", "message_count", "last_message_at", "last_message_by", "resolution_reply_key", "created_at", "updated_at"]
  const caseTypes = ["text", "int", "text", "text", "text", "text", "int", "text", "text", "text", "text", "text", "text", "text", "int", "timestamptz", "text", "text", "timestamptz", "jsonb", "timestamptz", "int", "timestamptz", "text", "text", "timestamptz", "timestamptz"]
  const msgCols = ["id", "case_id", "visibility", "author_type", "body", "created_at", "updated_at"]
  const msgTypes = ["text", "text", "text", "text", "text", "timestamptz", "timestamptz"]
  // one statement per batch: columns as arrays, jsonb passed as text and cast per row
  const insert = async (table, cols, types, rows) => {
    if (!rows[0].length) return
    const arrays = cols.map((_, i) => `$${i + 1}::${types[i] === "jsonb" ? "text" : types[i]}[]`).join(", ")
    const select = cols.map((c, i) => (types[i] === "jsonb" ? `u.${c}::jsonb` : `u.${c}`)).join(", ")
    await client.query(`insert into ${table} (${cols.join(", ")}) select ${select} from unnest(${arrays}) as u(${cols.join(", ")})`, rows)
  }
  const BATCH = 5_000
  let cRows = caseCols.map(() => [])
  let mRows = msgCols.map(() => [])
  let messages = 0
  let active = 0
  let i = 0
  const t0 = Date.now()
  const gen = lib.generateSupportCases({ cases, seed: 11, start: now - 365 * DAY, days: 365, products, messagesPerCase: 10 })
  for (const c of gen) {
    i++
    const live = rnd() < 0.1
    const priority = PRIORITIES[Math.floor(rnd() * PRIORITIES.length)]
    const createdAt = live ? now - Math.floor(rnd() * 10 * DAY) : Math.min(c.createdAt, now - 12 * DAY)
    let status
    let history
    let resolvedAt = null
    if (live) {
      active++
      status = ACTIVE[Math.floor(rnd() * ACTIVE.length)]
      history = [{ at: createdAt, status: "new" }]
      if (status !== "new") history.push({ at: createdAt + Math.floor(rnd() * 8 * 3_600_000), status })
    } else {
      resolvedAt = createdAt + Math.floor((1 + rnd() * 4) * DAY)
      status = rnd() < 0.6 ? "closed" : "resolved"
      history = [{ at: createdAt, status: "new" }, { at: createdAt + 3_600_000, status: "open" }, { at: resolvedAt, status: "resolved" }]
      if (status === "closed") history.push({ at: resolvedAt + 14 * DAY, status: "closed" })
    }
    const sla = lib.evaluateSlaColumns({ priority, channel: "web", kind: c.kind, history }, lib.DEFAULT_SLA_POLICY, calendar, now).columns
    const id = `fascase_bench${String(i).padStart(7, "0")}`
    const msgs = c.messages
    const d = (ms) => (ms === null ? null : new Date(ms).toISOString())
    const vals = [
      id, i, lib.formatRmaNumber(i), c.kind, status, priority, 3 - lib.priorityRank(priority), "web", `cus_bench_${i % 30_000}`,
      rnd() < 0.85 ? agents[i % agents.length] : null, cipher.encrypt(msgs[0].text.slice(0, 120)), c.reason, c.product.id,
      sla.slaState, sla.slaRank, d(sla.slaDueAt), sla.firstResponseState, sla.resolutionState, d(sla.nextCheckAt), JSON.stringify(history),
      d(resolvedAt), msgs.length, d(createdAt + (msgs.length - 1) * 3_600_000), msgs.length % 2 ? "customer" : "agent", live ? null : c.replyKey, d(createdAt), d(createdAt),
    ]
    vals.forEach((v, k) => cRows[k].push(v))
    msgs.forEach((m, k) => {
      const mv = [`fasmsg_bench${String(i).padStart(7, "0")}_${k}`, id, "customer", m.author, cipher.encrypt(m.text), d(createdAt + k * 3_600_000), d(createdAt + k * 3_600_000)]
      mv.forEach((v, j) => mRows[j].push(v))
    })
    messages += msgs.length
    if (cRows[0].length >= BATCH) {
      await insert("finesse_after_sales_case", caseCols, caseTypes, cRows)
      await insert("finesse_after_sales_message", msgCols, msgTypes, mRows)
      cRows = caseCols.map(() => [])
      mRows = msgCols.map(() => [])
      if (i % 20_000 === 0) log(`bench: ${i} cases, ${messages} messages written (${((Date.now() - t0) / 1000).toFixed(0)} s)`)
    }
  }
  await insert("finesse_after_sales_case", caseCols, caseTypes, cRows)
  await insert("finesse_after_sales_message", msgCols, msgTypes, mRows)
  await client.query(`select setval(pg_get_serial_sequence('finesse_after_sales_case', 'number'), ${i})`)
  // what autovacuum does after a bulk load in a running store: statistics, and the visibility map that lets counts
  // use index-only scans
  await client.query(`vacuum analyze finesse_after_sales_case`)
  await client.query(`vacuum analyze finesse_after_sales_message`)
  await client.query(
    `insert into finesse_after_sales_saved_reply (id, key, title, body) select 'fasrpl_bench_' || k, k, initcap(replace(k, '_', ' ')), 'Hi {{customer.first_name | there}}, about {{case.rma_number}}: we are on it.'
       from unnest($1::text[]) k on conflict do nothing`,
    [[...new Set(lib.SUPPORT_REASONS.map((r) => r.replyKey))]]
  )
  return { cases: i, messages, active, seconds: (Date.now() - t0) / 1000 }
}
