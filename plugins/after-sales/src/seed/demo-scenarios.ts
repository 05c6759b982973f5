import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { beginReceiveReturnWorkflow, confirmReturnReceiveWorkflow, receiveItemReturnRequestWorkflow } from "@medusajs/medusa/core-flows"
import type { DemoSeedContext } from "@finesse/core/demo-seed"
import { actOnCase, openCase } from "../engine/cases"
import { service, type WorkflowActor } from "../engine/case-change"
import { num } from "../reads/num"
import { refundCaseWorkflow } from "../workflows/remedies/refund-case"
import { updateRepairWorkflow } from "../workflows/repairs/update-repair"
import { orderPlacedBetween, ordersOf, type DemoLine } from "./demo-store"

const DAY = 86_400_000
const HOUR = 3_600_000

async function exists(container: MedusaContainer, key: string) {
  return !!(await service(container).db()("finesse_after_sales_case").whereRaw(`metadata->>'demo_key' = ?`, [key]).first())
}

async function receive(container: MedusaContainer, returnId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "return", fields: ["id", "items.item_id", "items.quantity"], filters: { id: returnId } })
  const items = ((data[0] as any)?.items ?? []).map((i: any) => ({ id: i.item_id, quantity: num(i.quantity) }))
  await beginReceiveReturnWorkflow(container).run({ input: { return_id: returnId } })
  await receiveItemReturnRequestWorkflow(container).run({ input: { return_id: returnId, items } })
  await confirmReturnReceiveWorkflow(container).run({ input: { return_id: returnId } })
}

/**
 * The cases the demo's story needs, whatever the random history gave: a used item waiting in the inbox for an agent
 * to approve, a return the policy approved (Medusa return received and refunded), one outside the window (refused
 * by return_window), a warranty repair in progress on the defective lamp, and the serial returner's next request
 * (flagged for review).
 */
export async function seedDemoScenarios(ctx: DemoSeedContext, store: { defect: { id: string } | null; lines: DemoLine[]; serialReturner: string | null }): Promise<string> {
  const { container } = ctx
  const now = ctx.now.getTime()
  const done: string[] = []
  const users = await container.resolve(Modules.USER).listUsers({}, { select: ["id"], take: 1 })
  const agent: WorkflowActor = { type: "agent", id: (users[0] as any)?.id ?? null }
  const open = async (key: string, line: DemoLine | null, kind: "return" | "repair", body: string, l: Record<string, unknown>, at: number) => {
    if (!line || (await exists(container, key))) return null
    return openCase(container, {
      actor: { type: "customer", id: line.customer_id },
      order_id: line.order_id,
      kind,
      channel: "web",
      body,
      reason: (l.reason as string) ?? null,
      lines: [{ line_item_id: line.line_id, quantity: 1, ...l }],
      metadata: { demo_key: key },
      at,
    })
  }
  const exceptSerial = store.serialReturner
  // 1. a used item, store credit asked: the policy sends it to review, an agent approves it in the demo
  const used = await orderPlacedBetween(container, now - 25 * DAY, now - 6 * DAY, exceptSerial)
  const a = await open("scenario-review-return", used, "return", "I wore it once and it does not suit me. Could I have store credit instead?", { condition: "used", resolution: "store_credit", reason: "changed_mind" }, now - 5 * HOUR)
  if (a) done.push(`review return ${a.rma_number} (${a.decision?.outcome} by ${a.decision?.decided_by?.rule_code})`)
  // 2. inside the window and unopened: approved by the policy, Medusa return created, received, refunded
  // an item within the auto-approval limit (150.00)
  const fresh = await orderPlacedBetween(container, now - 20 * DAY, now - 8 * DAY, exceptSerial, 12_000)
  const freshLine = fresh && used && fresh.order_id === used.order_id ? null : fresh
  const b = await open("scenario-approved-return", freshLine, "return", "Changed my mind, it is still in its box. Please refund.", { condition: "unopened", resolution: "refund", reason: "changed_mind" }, now - 3 * DAY)
  if (b) {
    const remedy = await service(container).db()("finesse_after_sales_remedy").where({ case_id: b.id, type: "return" }).first()
    if (remedy?.return_id) {
      await receive(container, remedy.return_id)
      await service(container).db()("finesse_after_sales_remedy").where({ id: remedy.id }).update({ status: "received" })
      try {
        await refundCaseWorkflow(container).run({ input: { case_id: b.id, actor: agent, at: now - 1 * DAY } })
        await actOnCase(container, { case_id: b.id, actor: agent, action: "resolve", reply_key: "reply_return_label", at: now - 1 * DAY + HOUR })
        done.push(`return ${b.rma_number} approved, received and refunded through Medusa`)
      } catch (e) {
        done.push(`return ${b.rma_number} approved and received (refund: ${(e as Error).message})`)
      }
    } else done.push(`return ${b.rma_number}: ${b.automatic?.error ?? b.decision?.outcome}`)
  }
  // 3. outside every window: refused, naming return_window
  const old = await orderPlacedBetween(container, now - 150 * DAY, now - 90 * DAY, exceptSerial)
  const c = await open("scenario-late-return", old, "return", "I found this in the cupboard, never used. Can I still send it back?", { condition: "unopened", resolution: "refund", reason: "changed_mind" }, now - 2 * DAY)
  if (c) done.push(`late return ${c.rma_number} refused by ${c.decision?.decided_by?.rule_code}`)
  // 4. a warranty repair of the defective lamp, the item on the bench
  const lamp = store.defect ? [...store.lines].reverse().find((l) => l.product_id === store.defect!.id && l.placed_at < now - 20 * DAY && l.placed_at > now - 120 * DAY) ?? null : null
  const d = await open("scenario-repair", lamp, "repair", "The lamp flickers and then switches itself off after ten minutes.", { reason: "defective" }, now - 6 * DAY)
  if (d) {
    for (const [i, status] of ["awaiting_item", "received", "diagnosing"].entries()) {
      await updateRepairWorkflow(container).run({ input: { case_id: d.id, actor: agent, status: status as any, at: now - (5 - i * 1.5) * DAY } }).catch(() => undefined)
    }
    done.push(`repair ${d.rma_number} (${d.decision?.message})`)
  }
  // 5. the serial returner asks again: the policy flags them and sends the request to review
  if (store.serialReturner) {
    const mine = (await ordersOf(container, store.serialReturner)).find((l) => l.returned === 0 && l.placed_at < now - 3 * DAY && l.placed_at > now - 50 * DAY)
    const e = await open("scenario-serial-returner", mine ? { ...mine, customer_id: store.serialReturner } : null, "return", "Returning this one as well, it is not what I expected.", { condition: "unopened", resolution: "refund", reason: "changed_mind" }, now - 10 * HOUR)
    if (e) done.push(`serial returner's return ${e.rma_number} (${e.decision?.outcome}; flags ${e.decision?.flags.join(", ") || "none"})`)
  }
  return done.join("; ") || "nothing to add"
}
