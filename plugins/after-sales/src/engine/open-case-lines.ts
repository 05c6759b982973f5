import type { MedusaContainer } from "@medusajs/framework/types"
import { ACTIVE_STATUSES } from "../lib/cases/case-model"
import { service } from "./case-change"

/**
 * Units of each line of an order already asked for on other active cases (approved or waiting for a decision)
 * whose Medusa return does not exist yet, so two open requests cannot return the same unit twice.
 */
export async function openCaseUnits(container: MedusaContainer, orderId: string, exceptCaseId?: string): Promise<Record<string, number>> {
  const db = service(container).db()
  const r = await db.raw(
    `select l.line_item_id, sum(l.quantity)::int units
       from finesse_after_sales_case_line l join finesse_after_sales_case c on c.id = l.case_id
      where c.order_id = ? and c.deleted_at is null and l.deleted_at is null and c.status = any(?::text[]) and (?::text is null or c.id <> ?)
        and c.kind in ('return', 'exchange', 'claim')
        and not exists (select 1 from finesse_after_sales_remedy r where r.case_id = c.id and r.deleted_at is null and r.type in ('return', 'exchange', 'claim'))
      group by 1`,
    [orderId, `{${ACTIVE_STATUSES.join(",")}}`, exceptCaseId ?? null, exceptCaseId ?? null]
  )
  return Object.fromEntries((r.rows as { line_item_id: string; units: number }[]).map((x) => [x.line_item_id, x.units]))
}
