import { StatusBadge, Text } from "@medusajs/ui"
import { DataTable, EmptyNote, SectionCard, formatDateTime, formatMoney, runWithToast, type Column } from "@finesse/core/admin-kit"
import { Button } from "@medusajs/ui"
import type { CheckResult, PromotionDetail } from "../hooks/promotions"
import { useRunChecks } from "../hooks/promotions"
import { CHECK_COLOR } from "./labels"

const TITLES: Record<string, string> = {
  promotion_overlap: "Overlap with other promotions",
  margin_floor: "Margin after discount",
  stock_cover: "Stock cover for the uplift",
  budget_burn: "Budget burn forecast",
  peak_day_clash: "Clash with a peak day",
}

/** The few figures of a check worth a glance (the rest are in the API answer). */
function keyFigures(r: CheckResult, currency: string): string {
  const f = r.figures as Record<string, any>
  switch (r.code) {
    case "margin_floor":
      return f.worst_margin != null ? `worst margin ${(f.worst_margin * 100).toFixed(1)} % (floor ${(f.floor * 100).toFixed(0)} %), ${f.products_below_floor} below` : `${f.products_without_cost ?? 0} without cost`
    case "stock_cover":
      return f.worst_cover != null ? `lowest cover ${f.worst_cover}× (${f.worst_available} for ${f.worst_expected_units} expected)` : ""
    case "budget_burn":
      return `${f.forecast_orders ?? "?"} orders, discount ≈ ${f.forecast_discount_cost != null ? formatMoney(f.forecast_discount_cost, currency) : "?"}${f.forecast_share != null ? `, ${Math.round(f.forecast_share * 100)} % of budget` : ""}`
    case "peak_day_clash":
      return (f.clash_days ?? []).length ? `peak days: ${(f.clash_days as string[]).slice(0, 3).join(", ")}` : ""
    case "promotion_overlap":
      return [...(f.same_products_and_audience ?? []), ...(f.same_products_only ?? []), ...(f.same_audience_only ?? [])].slice(0, 4).join(", ")
    default:
      return ""
  }
}

const columns = (currency: string): Column<CheckResult>[] => [
  { key: "check", header: "Check", cell: (r) => TITLES[r.code] ?? r.code },
  { key: "status", header: "Status", cell: (r) => <StatusBadge color={CHECK_COLOR[r.status]}>{r.status}</StatusBadge> },
  { key: "message", header: "What it found", className: "whitespace-normal max-w-[420px]", cell: (r) => r.message },
  { key: "figures", header: "Figures", className: "whitespace-normal max-w-[260px]", cell: (r) => <Text size="xsmall" className="text-ui-fg-subtle">{keyFigures(r, currency)}</Text> },
]

/** The pre-launch checks of a promotion on the store's own data (costs, stock, GMV history, other promotions). */
export const ChecksCard = ({ detail }: { detail: PromotionDetail }) => {
  const run = useRunChecks(detail.promotion.id)
  return (
    <SectionCard
      title="Pre-launch checks"
      subtitle={detail.checks ? `Run ${formatDateTime(detail.checks.run_at)} against core's costs, Medusa's stock and the daily GMV history` : "Overlap, margin after discount, stock cover, budget burn and peak days, on your data"}
      testId="checks-card"
      actions={
        <Button size="small" variant="secondary" isLoading={run.isPending} onClick={() => runWithToast(() => run.mutateAsync(), (r) => `Checks: ${r.checks.status}`)} data-testid="run-checks">
          Run checks
        </Button>
      }
    >
      <DataTable
        columns={columns(detail.plan?.currency_code ?? detail.promotion.application_method.currency_code ?? "eur")}
        rows={detail.checks?.results ?? []}
        rowTestId="check-row"
        rowProps={(r) => ({ "data-code": r.code, "data-status": r.status })}
        empty={<EmptyNote title="Not checked yet">Run the checks before launching: they read the unit costs, the stock at each location, the last 400 days of GMV and the other promotions.</EmptyNote>}
      />
    </SectionCard>
  )
}
