import { Text } from "@medusajs/ui"
import {
  AXIS_TICK,
  CHART,
  ChartCard,
  ChartTooltipBox,
  DataTable,
  EmptyState,
  OptionSelect,
  SectionCard,
  StartJobButton,
  currencyDigits,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  pointTooltip,
  usePagedList,
  type Column,
} from "@finesse/core/admin-kit"
import { useState } from "react"
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { CHANNEL_LABEL, pct } from "../../../../components/labels"
import { PromotionsHeader } from "../../../../components/promotions-header"
import { SpendCard } from "../../../../components/spend-card"
import { startAttribution, useChannelOrders, useChannels, type Credit, type RoiRow } from "../../../../hooks/promotions"

const MODELS = [
  { value: "last_touch", label: "Last touch (non-direct)" },
  { value: "first_touch", label: "First touch" },
  { value: "position_based", label: "Position-based 40/20/40" },
]

const count = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1)
const ratio = (v: number | null | undefined, digits = 2) => (v == null || !Number.isFinite(v) ? "–" : `${v.toFixed(digits)}×`)

/** Marketing channels: orders attributed from UTM tags and referrers, spend, ROAS, ROI and cost per acquisition. */
const ChannelsPage = () => {
  const [model, setModel] = useState("last_touch")
  const { data, isFetching } = useChannels(model)
  const run = data?.run ?? null
  const cur = data?.currency_code ?? "eur"
  const unit = 10 ** currencyDigits(cur)
  const list = usePagedList<{ channel?: string }>(10)
  const orders = useChannelOrders({ ...list.query, model })
  const columns: Column<RoiRow>[] = [
    { key: "channel", header: "Channel", cell: (r) => CHANNEL_LABEL[r.channel] ?? r.channel },
    { key: "orders", header: "Orders", align: "right", cell: (r) => count(r.orders) },
    { key: "revenue", header: "Revenue", align: "right", cell: (r) => formatMoney(r.revenue, cur) },
    { key: "margin", header: "Margin", align: "right", cell: (r) => formatMoney(r.margin, cur) },
    { key: "new", header: "New customers", align: "right", cell: (r) => count(r.newCustomers) },
    { key: "spend", header: "Spend", align: "right", cell: (r) => (r.spend ? formatMoney(r.spend, cur) : "–") },
    { key: "roas", header: "ROAS", align: "right", cell: (r) => ratio(r.roas) },
    { key: "roi", header: "ROI", align: "right", cell: (r) => <span className={r.roi != null && r.roi < 0 ? "text-ui-fg-error" : undefined}>{pct(r.roi, 0)}</span> },
    { key: "cpa", header: "CPA", align: "right", cell: (r) => (!r.spend || r.cpa == null || !Number.isFinite(r.cpa) ? "–" : formatMoney(Math.round(r.cpa), cur)) },
  ]
  const creditColumns: Column<Credit>[] = [
    { key: "order", header: "Order", cell: (c) => <Text size="xsmall" className="font-mono">{c.order_id}</Text> },
    { key: "placed", header: "Placed", cell: (c) => formatDateTime(c.placed_at) },
    { key: "channel", header: "Channel", cell: (c) => CHANNEL_LABEL[c.channel] ?? c.channel },
    { key: "campaign", header: "Campaign", cell: (c) => c.campaign ?? "–" },
    { key: "share", header: "Credit", align: "right", cell: (c) => pct(c.weight, 0) },
    { key: "revenue", header: "Revenue", align: "right", cell: (c) => formatMoney(c.revenue, cur) },
    { key: "new", header: "New customer", cell: (c) => (c.new_customer ? "yes" : "") },
  ]
  const chart = (run?.roi ?? []).map((r) => ({ channel: CHANNEL_LABEL[r.channel] ?? r.channel, revenue: r.revenue / unit, margin: r.margin / unit, spend: r.spend / unit, raw: r }))
  return (
    <div className="flex flex-col gap-y-3" data-testid="promotion-channels-page">
      <PromotionsHeader
        title="Marketing channels"
        subtitle={run ? `${formatNumber(run.orders)} orders of ${formatDate(run.since)} – ${formatDate(run.until)} from ${formatNumber(run.touches)} tagged or referred visits, attributed ${formatDateTime(run.computed_at)}` : "Orders attributed to channels from the UTM tags, click ids and referrers of core's page-view events"}
        busy={isFetching}
        actions={
          <>
            <OptionSelect value={model} onChange={setModel} options={MODELS} className="w-[230px]" testId="attribution-model" />
            <StartJobButton label="Attribute now" runningLabel="Attributing…" start={() => startAttribution(90)} refresh={[["finesse-promotions"]]} done={(j) => `${j.result?.orders ?? 0} orders attributed`} />
          </>
        }
      >
        {run ? (
          <DataTable columns={columns} rows={run.roi} rowKey={(r) => r.channel} rowTestId="channel-row" rowProps={(r) => ({ "data-channel": r.channel })} />
        ) : (
          <EmptyState bare title="No attribution yet" testId="channels-empty">
            The attribution job runs nightly over the last 90 days; run it now. Channels come from UTM tags (utm_source, utm_medium, utm_campaign), click ids (gclid, msclkid…) and referrers on the storefront's page views.
          </EmptyState>
        )}
      </PromotionsHeader>
      {run && chart.length > 0 && (
        <ChartCard
          title="Revenue, margin and spend by channel"
          subtitle={`${MODELS.find((m) => m.value === model)?.label}; margin after the cost of goods and discounts`}
          legend={[
            { label: "Revenue", color: CHART.primary, kind: "box" },
            { label: "Margin", color: CHART.green, kind: "box" },
            { label: "Spend", color: CHART.red, kind: "box" },
          ]}
          testId="channels-chart"
        >
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={chart}>
              <CartesianGrid vertical={false} stroke={CHART.grid} strokeDasharray="3 3" />
              <XAxis dataKey="channel" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: CHART.grid }} />
              <YAxis tick={AXIS_TICK} tickFormatter={(v: number) => formatMoney(Math.round(v * unit), cur)} width={80} axisLine={false} tickLine={false} />
              <Tooltip
                cursor={{ fill: CHART.cursor }}
                content={pointTooltip<(typeof chart)[number]>((p) => (
                  <ChartTooltipBox
                    title={p.channel}
                    rows={[
                      { label: "Revenue", value: formatMoney(p.raw.revenue, cur), color: CHART.primary },
                      { label: "Margin", value: formatMoney(p.raw.margin, cur), color: CHART.green },
                      { label: "Spend", value: formatMoney(p.raw.spend, cur), color: CHART.red },
                      { label: "ROI", value: pct(p.raw.roi, 0) },
                    ]}
                  />
                ))}
              />
              <Bar dataKey="revenue" fill={CHART.primary} radius={[3, 3, 0, 0]} />
              <Bar dataKey="margin" fill={CHART.green} radius={[3, 3, 0, 0]} />
              <Bar dataKey="spend" fill={CHART.red} radius={[3, 3, 0, 0]} />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
      )}
      {run && (
        <SectionCard title="Campaigns" subtitle="utm_campaign within each channel">
          <DataTable
            columns={[
              { key: "channel", header: "Channel", cell: (r: (typeof run.by_campaign)[number]) => CHANNEL_LABEL[r.channel] ?? r.channel },
              { key: "campaign", header: "Campaign", cell: (r: (typeof run.by_campaign)[number]) => r.campaign ?? "–" },
              { key: "orders", header: "Orders", align: "right", cell: (r: (typeof run.by_campaign)[number]) => formatNumber(r.orders, 1) },
              { key: "revenue", header: "Revenue", align: "right", cell: (r: (typeof run.by_campaign)[number]) => formatMoney(r.revenue, cur) },
              { key: "new", header: "New customers", align: "right", cell: (r: (typeof run.by_campaign)[number]) => formatNumber(r.newCustomers, 1) },
            ]}
            rows={run.by_campaign.filter((c) => c.campaign).slice(0, 25)}
            rowKey={(r) => `${r.channel}:${r.campaign}`}
            empty="No tagged campaign in this period"
          />
        </SectionCard>
      )}
      <SpendCard currency={cur} />
      {run && (
        <SectionCard title="Attributed orders" subtitle="Each order's credit by the chosen model (position-based splits an order across its touches)">
          <DataTable columns={creditColumns} rows={orders.data?.orders} rowKey={(c) => `${c.order_id}:${c.channel}:${c.campaign}`} pager={list.pager(orders.data?.count)} empty="No order in this period" />
        </SectionCard>
      )}
    </div>
  )
}

export default ChannelsPage
