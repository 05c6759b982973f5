import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { service } from "../engine/case-change"
import { saveReplyWorkflow } from "../workflows/replies/save-reply"
import { saveWarrantyTermWorkflow } from "../workflows/warranty/save-term"

/** The saved replies agents resolve the demo's cases with (their keys are lib SUPPORT_REASONS' replyKey). */
export const DEMO_REPLIES = [
  { key: "reply_where_is_my_order", title: "Where is my order", kinds: ["question"], reasons: ["late_delivery"], body: "Hi {{customer.first_name | there}}, I checked order {{order.display_id}} with the courier: it is on its way and should reach you within two working days. Sorry for the wait." },
  { key: "reply_damaged_in_transit", title: "Damaged in transit: replacement", kinds: ["claim"], reasons: ["damaged"], body: "Hi {{customer.first_name | there}}, I am sorry it arrived damaged. We are sending a replacement under {{case.rma_number}}; you do not need to send the damaged item back." },
  { key: "reply_warranty_repair", title: "Defect: warranty repair", kinds: ["repair"], reasons: ["defective"], body: "Hi {{customer.first_name | there}}, that should not happen. Your item is covered by the warranty until {{warranty.ends_on | the end of its cover}}: we have opened repair {{case.rma_number}} and will send you a prepaid label." },
  { key: "reply_size_exchange", title: "Size exchange", kinds: ["exchange", "question"], reasons: ["wrong_size"], body: "Hi {{customer.first_name | there}}, no problem: we will swap it for the size you need under {{case.rma_number}}. The new size ships as soon as we receive the first one." },
  { key: "reply_return_label", title: "Return label and refund", kinds: ["return"], reasons: ["changed_mind"], body: "Hi {{customer.first_name | there}}, your return {{case.rma_number}} is approved. Please use the label in your account; we refund {{return.refund_amount | the item}} once it reaches us." },
  { key: "reply_wrong_item", title: "Wrong item sent", kinds: ["claim"], reasons: ["wrong_item"], body: "Hi {{customer.first_name | there}}, sorry for the mix-up with order {{order.display_id}}. The right item is on its way today and a free return label for the wrong one is in your account." },
  { key: "reply_refund_timing", title: "When the refund arrives", kinds: ["question"], reasons: ["refund_status"], body: "Hi {{customer.first_name | there}}, your refund was issued; banks take 3–5 working days to show it. If it is not there by then, reply here and I will chase it." },
  { key: "reply_address_change", title: "Delivery address changed", kinds: ["question"], reasons: ["address_change"], body: "Hi {{customer.first_name | there}}, done: order {{order.display_id}} now goes to the new address. You will get a fresh tracking e-mail." },
]

/** Saved replies and warranty terms: a store default and a longer term for lighting (idempotent by key and name). */
export async function seedDemoConfig(container: MedusaContainer): Promise<string> {
  const db = service(container).db()
  let replies = 0
  for (const r of DEMO_REPLIES) {
    if (await db("finesse_after_sales_saved_reply").where({ key: r.key }).whereNull("deleted_at").first()) continue
    await saveReplyWorkflow(container).run({ input: r })
    replies++
  }
  const { data: cats } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_category", fields: ["id", "name"], filters: { name: "Lighting" } })
  const terms = [
    { name: "Store warranty: 12 months", months: 12, covers: ["defective", "manufacturing_defect", "stitching"], excludes: ["accidental_damage", "wear_and_tear"] },
    { name: "Lighting: 24 months", months: 24, covers: ["defective", "electrical", "flicker"], excludes: ["accidental_damage"], category_ids: (cats as any[]).map((c) => c.id) },
  ]
  let added = 0
  for (const t of terms) {
    if (t.category_ids && !t.category_ids.length) continue
    if (await db("finesse_after_sales_warranty_term").where({ name: t.name }).whereNull("deleted_at").first()) continue
    await saveWarrantyTermWorkflow(container).run({ input: t })
    added++
  }
  return `${replies} saved replies, ${added} warranty terms`
}
