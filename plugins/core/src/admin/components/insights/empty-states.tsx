import { CurrencyDollar, ShoppingCart } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { EmptyState } from "../../../admin-kit"
import { CostImportDrawer } from "../costs/cost-import-drawer"
import { formatRange } from "./filters"

/** No orders in the range: say so, and offer a wider range or dropping the filters. */
export const NoOrders = ({
  from,
  to,
  filtered,
  onWiden,
  onClearFilters,
}: {
  from: string
  to: string
  filtered: boolean
  onWiden?: () => void
  onClearFilters: () => void
}) => (
  <EmptyState
    testId="empty-no-orders"
    icon={<ShoppingCart />}
    title={`No orders in ${formatRange(from, to)}`}
    actions={
      (onWiden || filtered) && (
        <>
          {onWiden && (
            <Button size="small" variant="secondary" onClick={onWiden}>
              Show the last 12 months
            </Button>
          )}
          {filtered && (
            <Button size="small" variant="transparent" onClick={onClearFilters}>
              Clear filters
            </Button>
          )}
        </>
      )
    }
  >
    {filtered
      ? "Nothing was sold in this range with these filters. Try a wider range, or remove a filter."
      : "Nothing was sold in this range. Try a wider range; orders from any sales channel count as soon as they are placed."}
  </EmptyState>
)

/** No storefront events: sessions, conversion and the funnel stay empty, orders still count. */
export const NoEventsText = () => (
  <>
    Sessions, conversion and the funnel come from storefront behaviour events. Your storefront sends them to{" "}
    <code className="txt-compact-xsmall bg-ui-bg-subtle border-ui-border-base rounded border px-1 py-0.5">
      POST /store/finesse/events
    </code>{" "}
    with its publishable key; the <span className="text-ui-fg-base font-medium">@finesse/core</span> storefront client
    does it for you. Orders, revenue and customers count without them.
  </>
)

/** No unit costs: margins show "–"; say where costs come from. */
export const NoCosts = () => (
  <EmptyState
    testId="empty-no-costs"
    icon={<CurrencyDollar />}
    title="Gross margin needs unit costs"
    actions={
      <CostImportDrawer
        trigger={
          <Button size="small" variant="secondary">
            Import costs
          </Button>
        }
      />
    }
  >
    None of the items sold in this range has a unit cost, so margin shows “–”. Set costs in the Unit costs section of a
    product's page, or import them for many variants at once from a CSV (sku, currency_code, cost). Past orders are
    re-costed automatically.
  </EmptyState>
)
