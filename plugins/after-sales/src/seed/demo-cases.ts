import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { DemoSeedContext } from "@finesse/core/demo-seed"
import type { CaseKind } from "../lib/cases/case-model"
import { generateSupportCases, type SyntheticCase } from "../lib/demo/support-corpus"
import type { ItemCondition, Resolution } from "../lib/policy/policy-types"
import { actOnCase, openCase } from "../engine/cases"
import { service, type WorkflowActor } from "../engine/case-change"
import { respondToSurveyWorkflow } from "../workflows/surveys/respond-to-survey"
import { DEMO_REPLIES } from "./demo-config"
import type { DemoLine } from "./demo-store"

const DAY = 86_400_000
const HOUR = 3_600_000
/** Cases opened in the last two weeks stay live in the inbox (their requests decided by the policy, through Medusa). */
export const RECENT_DAYS = 14
/** The defect starts this many days before now, as in the order history's plant (src/demo/plants/after-sales.ts). */
const DEFECT_DAYS = 75

const REQUEST: Record<string, { condition: ItemCondition; resolution: Resolution | null }> = {
  changed_mind: { condition: "unopened", resolution: "refund" },
  wrong_size: { condition: "like_new", resolution: "exchange" },
  damaged: { condition: "damaged", resolution: "exchange" },
  wrong_item: { condition: "unopened", resolution: "exchange" },
  defective: { condition: "defective", resolution: null },
}

type Store = { catalog: Array<{ id: string; title: string; categoryId: string }>; lines: DemoLine[]; defect: { id: string; handle: string } | null }

/** The order a synthetic case is about: a line of that product bought 2–40 days before (the most recent such). */
function orderFor(lines: readonly DemoLine[], productId: string, at: number): DemoLine | null {
  let best: DemoLine | null = null
  for (const l of lines) {
    if (l.product_id !== productId || l.placed_at > at - 2 * DAY || l.placed_at < at - 40 * DAY) continue
    if (!best || l.placed_at > best.placed_at) best = l
  }
  return best
}

/**
 * Support history on the store's past orders from lib generateSupportCases (the planted defect included): cases
 * older than two weeks were answered, resolved with the saved reply of their reason, most surveyed (low scores
 * reopened and resolved again), old ones closed; recent ones are live: some new (their clocks running or breached),
 * some answered, some waiting on the customer, their returns decided by the policy through Medusa. Every case goes
 * through the engine's workflows with its own instants; each is marked so a re-run skips what exists.
 */
export async function seedDemoCases(ctx: DemoSeedContext, store: Store): Promise<string> {
  const { container } = ctx
  const now = ctx.now.getTime()
  const rnd = ctx.random("cases")
  const db = service(container).db()
  const users = await container.resolve(Modules.USER).listUsers({}, { select: ["id"], take: 20 })
  const agents: WorkflowActor[] = users.map((u: any) => ({ type: "agent", id: u.id }))
  const anyAgent = (i: number): WorkflowActor => agents[i % Math.max(1, agents.length)] ?? { type: "agent", id: null }
  const n = Math.round(120 + 280 * Math.min(1, Math.max(0.05, ctx.scale)))
  const days = 180
  const start = now - days * DAY
  const corpus = [
    ...generateSupportCases({
      cases: n,
      seed: ctx.seed,
      start,
      days,
      products: store.catalog,
      messagesPerCase: 4,
      defect: store.defect ? { productId: store.defect.id, fromDay: days - DEFECT_DAYS + 7, multiplier: 10 } : undefined,
    }),
  ]
  const done = new Set((await db("finesse_after_sales_case").select(db.raw("metadata->>'demo_key' k")).whereRaw("metadata->>'demo_key' is not null")).map((r: any) => r.k))
  const counts = { opened: 0, resolved: 0, surveyed: 0, live: 0, approved: 0, refused: 0, skipped: 0 }
  for (const [i, c] of corpus.entries()) {
    if (done.has(c.id)) continue
    if (c.createdAt >= now - HOUR) continue
    const line = orderFor(store.lines, c.product.id, c.createdAt)
    if (!line) {
      counts.skipped++
      continue
    }
    const recent = c.createdAt >= now - RECENT_DAYS * DAY
    await seedOne(container, c, line, { recent, now, rnd, agent: anyAgent(i), assign: agents.length > 0 && (!recent || rnd() < 0.5), counts })
  }
  return `${counts.opened} cases (${counts.resolved} resolved, ${counts.surveyed} surveyed, ${counts.live} live; ${counts.approved} approved and ${counts.refused} refused by the policy), ${counts.skipped} without a fitting order`
}

async function seedOne(
  container: MedusaContainer,
  c: SyntheticCase,
  line: DemoLine,
  o: { recent: boolean; now: number; rnd: () => number; agent: WorkflowActor; assign: boolean; counts: Record<string, number> }
) {
  const customer: WorkflowActor = { type: "customer", id: line.customer_id }
  const req = REQUEST[c.reason]
  const kind: CaseKind = c.kind
  const lines =
    kind === "question"
      ? []
      : [{ line_item_id: line.line_id, quantity: 1, condition: kind === "repair" ? null : req?.condition ?? null, resolution: kind === "repair" ? null : (c.reason === "changed_mind" && o.rnd() < 0.3 ? "store_credit" : (req?.resolution ?? null)), reason: kind === "repair" ? "defective" : c.reason }]
  let at = c.createdAt
  const opened = await openCase(
    container,
    { actor: customer, order_id: line.order_id, kind, channel: o.rnd() < 0.8 ? "web" : "email", body: c.messages[0].text, reason: c.reason, lines, metadata: { demo_key: c.id }, at },
    // only live cases go through Medusa: history stays as the order history has it
    { automatic: o.recent }
  )
  o.counts.opened++
  if (opened.automatic?.action === "approve" && opened.automatic.ok) o.counts.approved++
  if (opened.automatic?.action === "refuse") o.counts.refused++
  const id = opened.id
  const agent = o.agent
  if (o.assign && agent.id) await actOnCase(container, { case_id: id, actor: agent, action: "assign", assignee_id: agent.id, at: at + 60_000 })
  const status = async () => (await service(container).db()("finesse_after_sales_case").select("status").where({ id }).first()).status as string
  if (o.recent) {
    o.counts.live++
    const roll = o.rnd()
    const first = await status()
    // unanswered: its clock runs; refused and approved requests already got the policy's answer
    if (roll < 0.35 || first === "refused" || first === "approved") return
    at += (0.5 + o.rnd() * 6) * HOUR
    if (at >= o.now) return
    const reply = c.messages[1]?.text ?? "Thanks, I am looking into it."
    if (roll < 0.55) return void (await actOnCase(container, { case_id: id, actor: agent, action: "request_info", body: `${reply} Could you send a photo?`, at }))
    await actOnCase(container, { case_id: id, actor: agent, action: "agent_reply", body: reply, at })
    if (roll < 0.8) return
    at += (2 + o.rnd() * 20) * HOUR
    if (at >= o.now || !["open", "new"].includes(await status())) return
    await resolve(container, id, c, agent, at)
    o.counts.resolved++
    return
  }
  // history: a first answer within a working day or so, a resolution in a few days
  at += (0.5 + o.rnd() * 26) * HOUR
  await actOnCase(container, { case_id: id, actor: agent, action: "agent_reply", body: c.messages[1]?.text ?? "Thanks, I am looking into it.", at })
  if (c.messages[2] && o.rnd() < 0.5) {
    at += (1 + o.rnd() * 20) * HOUR
    await actOnCase(container, { case_id: id, actor: { type: "customer", id: line.customer_id }, action: "customer_reply", body: c.messages[2].text, at })
  }
  at += (4 + o.rnd() * 60) * HOUR
  await resolve(container, id, c, agent, at)
  o.counts.resolved++
  // two in three customers answer the survey, a day later
  const survey = await service(container).db()("finesse_after_sales_survey").where({ case_id: id }).first()
  if (survey) {
    await service(container).db()("finesse_after_sales_survey").where({ id: survey.id }).update({ status: "sent", sent_at: new Date(at + HOUR) })
    if (o.rnd() < 0.66 && at + DAY < o.now) {
      at += DAY
      await respondToSurveyWorkflow(container).run({ input: { token: survey.token, score: c.csat, comment: c.csat <= 2 ? "Took too long and the product is still not right." : null, at } })
      o.counts.surveyed++
      if ((await status()) === "open" && at + DAY < o.now) {
        at += (4 + o.rnd() * 20) * HOUR
        await actOnCase(container, { case_id: id, actor: agent, action: "agent_reply", body: "I am sorry it went this way. I have added a goodwill gesture to your account.", at })
        await actOnCase(container, { case_id: id, actor: agent, action: "resolve", at: at + HOUR })
      }
    }
  }
  if (at + 14 * DAY < o.now && (await status()) === "resolved") await actOnCase(container, { case_id: id, actor: agent, action: "close", at: at + 14 * DAY })
}

async function resolve(container: MedusaContainer, id: string, c: SyntheticCase, agent: WorkflowActor, at: number) {
  const reply = DEMO_REPLIES.find((r) => r.key === c.replyKey)
  await actOnCase(container, { case_id: id, actor: agent, action: "agent_reply", body: reply ? reply.body.replace(/\{\{[^}|]*\|\s*([^}]*)\}\}/g, "$1").replace(/\{\{[^}]*\}\}/g, "").replace(/\s+/g, " ") : "Resolved.", reply_key: reply?.key ?? null, at })
  await actOnCase(container, { case_id: id, actor: agent, action: "resolve", reply_key: reply?.key ?? null, at: at + 60_000 })
}
