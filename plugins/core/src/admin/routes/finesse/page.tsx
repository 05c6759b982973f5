import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { useMemo } from "react"
import { ChartSkeleton, EmptyNote, ErrorState } from "../../../admin-kit"
import { CostImportDrawer } from "../../components/costs/cost-import-drawer"
import { CohortHeatmap } from "../../components/insights/cohort-heatmap"
import { DataQuality } from "../../components/insights/data-quality"
import { NoCosts, NoEventsText, NoOrders } from "../../components/insights/empty-states"
import { categoryLabels, toKpisQuery, useInsightsFilters } from "../../components/insights/filters"
import { Funnel } from "../../components/insights/funnel"
import { CLEAR_FILTERS, InsightsHeader } from "../../components/insights/insights-header"
import { KpiCards, KpiCardsSkeleton } from "../../components/insights/kpi-cards"
import { CHART_HEIGHT, OrdersChart, RevenueChart, TrafficChart } from "../../components/insights/series-charts"
import { TopCategories, TopProducts } from "../../components/insights/top-lists"
import { useCategoryOptions, useKpis } from "../../hooks/kpis"

/** Insights: how the store is doing (KPIs against the previous period) and why (trends, funnel, cohorts, top sellers). */
const InsightsPage = () => {
  const { filters, update } = useInsightsFilters()
  const { data, isLoading, isError, error, isFetching, refetch } = useKpis(toKpisQuery(filters))
  const categories = useCategoryOptions()
  const categoryNames = useMemo(() => categoryLabels(categories.data?.product_categories ?? []), [categories.data])
  const report = data?.kpis
  const s = report?.summary
  const noOrders = !!s && !s.orders.value
  const noCosts = !!s && !noOrders && s.margin_rate.value == null
  const noEvents = !!s && !s.sessions.value && !(report?.funnel[0]?.count ?? 0)
  const filtered = !!(filters.sales_channel_id || filters.region_id || filters.category_id)
  // storefront events carry the sales channel only: traffic ignores the region, category and currency filters
  const trafficNote = filters.region_id || filters.category_id ? "All regions and categories (events carry only the sales channel)" : undefined

  return (
    <div className="flex flex-col gap-y-3" data-testid="insights-page">
      <InsightsHeader
        filters={filters}
        update={update}
        report={report}
        fetching={isFetching && !isLoading}
        categoryNames={categoryNames}
        actions={<CostImportDrawer />}
      />

      {isError && <ErrorState testId="insights-error" title="Could not load the KPIs" error={error} onRetry={() => refetch()} />}

      {isLoading && (
        <>
          <KpiCardsSkeleton />
          <ChartSkeleton />
          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            <ChartSkeleton />
            <ChartSkeleton />
          </div>
        </>
      )}

      {report && (
        <>
          {noOrders && (
            <NoOrders
              from={report.range.from}
              to={report.range.to}
              filtered={filtered}
              onWiden={filters.preset === "12m" ? undefined : () => update({ preset: "12m" })}
              onClearFilters={() => update(CLEAR_FILTERS)}
            />
          )}
          {noCosts && <NoCosts />}
          <KpiCards report={report} noCosts={noCosts} />
          <RevenueChart report={report} />
          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            <OrdersChart report={report} />
            <TrafficChart
              report={report}
              note={trafficNote}
              empty={
                noEvents ? (
                  <EmptyNote testId="empty-no-events" height={CHART_HEIGHT} title="No storefront events in this range">
                    <NoEventsText />
                  </EmptyNote>
                ) : undefined
              }
            />
          </div>
          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            <Funnel
              funnel={report.funnel}
              note={trafficNote}
              empty={
                noEvents ? <EmptyNote>The funnel fills as the storefront sends product views, cart adds and checkouts.</EmptyNote> : undefined
              }
            />
            <DataQuality rejected={report.data_quality.rejected_events} />
          </div>
          <CohortHeatmap cohorts={report.cohorts} />
          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            <TopProducts products={report.top_products} currency={report.currency_code} noCosts={noCosts} />
            <TopCategories
              categories={report.top_categories}
              currency={report.currency_code}
              noCosts={noCosts}
              names={categoryNames}
              onSelect={(id) => update({ category_id: id })}
            />
          </div>
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Insights", icon: ChartBar })

export default InsightsPage
