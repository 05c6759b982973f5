import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Text } from "@medusajs/ui"
import { EmptyNote, SectionCard, formatDate } from "@finesse/core/admin-kit"
import { Link } from "react-router-dom"
import { SlaBadge, StatusBadge, words } from "../components/badges"
import { useCases } from "../hooks/after-sales"

/** The order's after-sales cases on the order page (side column), newest first, each linking to its case page. */
const OrderCasesWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading } = useCases({ order_id: order.id, status: "all", sort: "newest", limit: 10 })
  return (
    <SectionCard testId="order-cases-widget" title="After-sales cases" subtitle={data ? `${data.count} on this order` : undefined}>
      {isLoading && <EmptyNote>Loading…</EmptyNote>}
      {data && data.cases.length === 0 && <EmptyNote>No case: the customer has not asked anything about this order.</EmptyNote>}
      {data?.cases.map((c) => (
        <Link key={c.id} to={`/finesse/after-sales/cases/${c.id}`} className="hover:bg-ui-bg-base-hover flex flex-col gap-y-1 px-6 py-3" data-testid="order-case">
          <div className="flex items-center justify-between gap-x-2">
            <Text size="small" weight="plus" className="truncate">
              {c.subject}
            </Text>
            <StatusBadge status={c.status} />
          </div>
          <div className="flex items-center justify-between gap-x-2">
            <Text size="xsmall" className="text-ui-fg-subtle">
              {c.rma_number} · {words(c.kind)} · {formatDate(c.created_at)}
            </Text>
            <SlaBadge state={c.sla.state} />
          </div>
        </Link>
      ))}
    </SectionCard>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })
export default OrderCasesWidget
