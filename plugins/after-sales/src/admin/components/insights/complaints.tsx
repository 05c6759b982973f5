import { Badge, Text } from "@medusajs/ui"
import { AXIS_TICK, CHART, ChartCard, DataTable, EmptyState, SectionCard, StartJobButton, Stat, StatGrid, TitleCell, formatDateTime, formatNumber, formatPercent, type Column } from "@finesse/core/admin-kit"
import { ExclamationCircle } from "@medusajs/icons"
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { startComplaintAnalysis, useComplaints } from "../../hooks/after-sales"

const COLORS = [CHART.primary, CHART.orange, CHART.green, CHART.secondary, CHART.red, CHART.blue, CHART.grey, "var(--tag-neutral-icon)"]
const pct = (x: number) => formatPercent(x, 1)

const rateColumns = (label: string): Column<any>[] => [
  { key: "key", header: label, className: "max-w-[260px] whitespace-normal", cell: (r) => <TitleCell title={r.label} detail={r.enoughVolume ? undefined : "little volume"} /> },
  { key: "events", header: "Cases", align: "right", cell: (r) => formatNumber(r.events) },
  { key: "exposure", header: "Units sold", align: "right", cell: (r) => formatNumber(r.exposure) },
  { key: "rate", header: "Rate", align: "right", cell: (r) => pct(r.rate) },
  { key: "interval", header: "95 % interval", align: "right", cell: (r) => `${pct(r.interval.low)}–${pct(r.interval.high)}` },
]

const changeColumns: Column<any>[] = [
  { key: "key", header: "Product", className: "max-w-[260px] whitespace-normal", cell: (r) => r.label },
  { key: "before", header: "Before", align: "right", cell: (r) => `${pct(r.before.rate)} (${r.before.events})` },
  { key: "after", header: "Now", align: "right", cell: (r) => `${pct(r.after.rate)} (${r.after.events})` },
  { key: "ratio", header: "×", align: "right", cell: (r) => (Number.isFinite(r.ratio) ? formatNumber(r.ratio, 1) : "new") },
  { key: "q", header: "q", align: "right", cell: (r) => formatNumber(r.qValue, 3) },
  { key: "dir", header: "", cell: (r) => (r.significant ? <Badge size="2xsmall" color={r.direction === "up" ? "red" : "green"}>{r.direction === "up" ? "rose" : "fell"}</Badge> : <Text size="xsmall" className="text-ui-fg-muted">{r.insufficient ? "too few" : "no change"}</Text>) },
]

/** Complaint topics and their trend, the products and categories with the highest complaint and return rates, and what changed. */
export const ComplaintsSection = () => {
  const { data, isLoading } = useComplaints()
  const c = data?.complaints
  const run = (
    <StartJobButton
      label="Analyse complaints"
      runningLabel="Analysing"
      start={() => startComplaintAnalysis(c?.window_days ?? 90)}
      refresh={[["after-sales-complaints"]]}
      done={(j: any) => `${j.result?.cases ?? 0} complaints in ${j.result?.topics ?? 0} topics`}
      testId="run-complaints"
    />
  )
  if (!isLoading && !c) {
    return (
      <EmptyState testId="complaints-empty" icon={<ExclamationCircle />} title="No complaint analysis yet" actions={run}>
        The analysis runs every night over the last 90 days of cases (topics from reasons and what customers wrote, complaint and return rates per product). Run it now.
      </EmptyState>
    )
  }
  if (!c) return null
  const trendKeys = c.topics.map((t: any) => String(t.index))
  const trend = c.trend.map((p: any) => ({ key: p.key, ...Object.fromEntries(trendKeys.map((k: string) => [k, p.counts[k] ?? 0])) }))
  const topicColumns: Column<any>[] = [
    { key: "topic", header: "Topic", className: "max-w-[300px] whitespace-normal", cell: (t) => <TitleCell title={t.name ? t.name.replace(/_/g, " ") : t.label} detail={t.terms.filter((x: any) => !x.term.startsWith("reason:")).slice(0, 6).map((x: any) => x.term).join(", ")} /> },
    { key: "size", header: "Cases", align: "right", cell: (t) => formatNumber(t.size) },
    { key: "share", header: "Share", align: "right", cell: (t) => pct(t.share) },
    { key: "prev", header: "Previous window", align: "right", cell: (t) => formatNumber(t.previous) },
    { key: "cur", header: "This window", align: "right", cell: (t) => formatNumber(t.current) },
  ]
  const rising = c.product_changes.filter((x: any) => x.significant)
  return (
    <div className="flex flex-col gap-y-3" data-testid="complaints-section">
      <SectionCard title="Complaints" subtitle={`Last ${c.window_days} days against the ${c.window_days} before · analysed ${formatDateTime(c.computed_at)}`} actions={run}>
        <div className="px-6 py-4">
          <StatGrid>
            <Stat label="Cases this window" value={formatNumber(c.counts.current)} hint={`${formatNumber(c.counts.previous)} the window before`} valueTestId="complaints-current" />
            <Stat label="Topics" value={formatNumber(c.k)} help="Chosen by silhouette; each topic starts from a reason code, then the words move cases between topics" />
            <Stat label="Highest complaint rate" value={c.product_rates[0]?.label ?? "–"} hint={c.product_rates[0] ? `${pct(c.product_rates[0].rate)} of units sold` : undefined} valueTestId="top-complaint-product" />
            <Stat label="Significant rises" value={formatNumber(rising.filter((x: any) => x.direction === "up").length)} hint={rising[0] ? `${rising[0].label}: ${pct(rising[0].before.rate)} → ${pct(rising[0].after.rate)}` : "none"} />
          </StatGrid>
        </div>
      </SectionCard>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-[2fr_3fr]">
        <SectionCard title="Topics" testId="complaint-topics">
          <DataTable columns={topicColumns} rows={c.topics} rowKey={(t) => String(t.index)} rowTestId="topic-row" />
        </SectionCard>
        <ChartCard title="Cases per week by topic" testId="chart-complaint-trend">
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={trend}>
              <CartesianGrid stroke={CHART.grid} vertical={false} />
              <XAxis dataKey="key" tick={AXIS_TICK} />
              <YAxis tick={AXIS_TICK} width={32} allowDecimals={false} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 11 }} />
              {c.topics.map((t: any, i: number) => (
                <Bar key={t.index} dataKey={String(t.index)} name={t.name ? t.name.replace(/_/g, " ") : t.label} stackId="t" fill={COLORS[i % COLORS.length]} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
      </div>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <SectionCard title="Highest complaint rates" subtitle="Cases about a product per unit sold, ranked by the lower end of the interval (evidence, not luck)" testId="complaint-products">
          <DataTable columns={rateColumns("Product")} rows={c.product_rates.slice(0, 10)} rowKey={(r) => r.key} rowTestId="complaint-product-row" />
        </SectionCard>
        <SectionCard title="What changed" subtitle="Complaint rate now against the previous window (two-proportion test, Benjamini–Hochberg q)" testId="complaint-changes">
          <DataTable columns={changeColumns} rows={c.product_changes.slice(0, 10)} rowKey={(r) => r.key} rowTestId="complaint-change-row" />
        </SectionCard>
        <SectionCard title="Highest return rates" subtitle="Units returned in Medusa per unit sold (order facts)" testId="return-rates">
          <DataTable columns={rateColumns("Product")} rows={c.return_rates.slice(0, 10)} rowKey={(r) => r.key} empty="No returns in this window." />
        </SectionCard>
        <SectionCard title="Categories" subtitle="Complaint rate per category" testId="complaint-categories">
          <DataTable columns={rateColumns("Category")} rows={c.category_rates.slice(0, 10)} rowKey={(r) => r.key} />
        </SectionCard>
      </div>
    </div>
  )
}
