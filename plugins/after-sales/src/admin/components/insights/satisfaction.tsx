import { Badge, Text } from "@medusajs/ui"
import { AXIS_TICK, CHART, ChartCard, ChartTooltipBox, DataTable, EmptyNote, FilterSelect, SectionCard, Stat, StatGrid, formatNumber, formatPercent, type Column } from "@finesse/core/admin-kit"
import { useState } from "react"
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { useSatisfaction } from "../../hooks/after-sales"

const BY = [
  { value: "agent", label: "By agent" },
  { value: "product", label: "By product" },
  { value: "category", label: "By category" },
]

/** CSAT and NPS after resolution: headline, trend, answers, and results by reason, agent, product or category. */
export const SatisfactionSection = () => {
  const [by, setBy] = useState<string | undefined>(undefined)
  const { data } = useSatisfaction({ by: by ?? "reason", unit: "week" })
  const s = data?.satisfaction
  const columns: Column<any>[] = [
    { key: "key", header: (BY.find((b) => b.value === by)?.label ?? "By reason").replace("By ", ""), cell: (g) => g.label },
    { key: "n", header: "Answers", align: "right", cell: (g) => formatNumber(g.n) },
    { key: "csat", header: "CSAT", align: "right", cell: (g) => (g.csat ? `${formatNumber(g.csat.csat, 0)} %` : "–") },
    { key: "interval", header: "95 % interval", align: "right", cell: (g) => (g.csat ? `${formatNumber(g.csat.interval.low, 0)}–${formatNumber(g.csat.interval.high, 0)} %` : "–") },
    { key: "mean", header: "Mean (1–5)", align: "right", cell: (g) => (g.csat ? formatNumber(g.csat.mean, 2) : "–") },
    { key: "nps", header: "NPS", align: "right", cell: (g) => (g.nps ? formatNumber(g.nps.nps, 0) : "–") },
    { key: "vol", header: "", cell: (g) => (g.lowVolume ? <Badge size="2xsmall">few answers</Badge> : null) },
  ]
  if (s && s.responses === 0) {
    return (
      <SectionCard title="Satisfaction" testId="satisfaction-section">
        <EmptyNote title="No survey answers yet">Resolved cases get a CSAT survey through the notification module; answers appear here.</EmptyNote>
      </SectionCard>
    )
  }
  return (
    <div className="flex flex-col gap-y-3" data-testid="satisfaction-section">
      <SectionCard title="Satisfaction" subtitle="Surveys sent after resolution (last 180 days); a low score reopens the case or opens a follow-up">
        <div className="px-6 py-4">
          <StatGrid>
            <Stat label="CSAT" value={s?.csat ? `${formatNumber(s.csat.csat, 1)} %` : "–"} hint={s?.csat ? `${formatNumber(s.csat.interval.low, 0)}–${formatNumber(s.csat.interval.high, 0)} % (95 %)` : undefined} valueTestId="csat-value" help="Share of answers of 4 or 5 on the 1–5 scale" />
            <Stat label="Answers" value={formatNumber(s?.responses ?? 0)} hint={s?.response_rate != null ? `${formatPercent(s.response_rate)} of ${formatNumber(s.surveys_sent)} sent` : undefined} />
            <Stat label="NPS" value={s?.nps ? formatNumber(s.nps.nps, 0) : "–"} hint={s?.nps ? `${s.nps.n} answers` : "not asked"} />
            <Stat label="Low scores followed up" value={formatNumber((s?.follow_ups.reopened ?? 0) + (s?.follow_ups.follow_up_cases ?? 0))} hint={s ? `${s.follow_ups.reopened} reopened, ${s.follow_ups.follow_up_cases} follow-up cases` : undefined} />
          </StatGrid>
        </div>
      </SectionCard>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <ChartCard title="CSAT per week" legend={[{ label: "CSAT %", color: CHART.primary }]} testId="chart-csat-trend">
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={s?.trend ?? []}>
              <CartesianGrid stroke={CHART.grid} vertical={false} />
              <XAxis dataKey="key" tick={AXIS_TICK} />
              <YAxis domain={[0, 100]} tick={AXIS_TICK} width={32} />
              <Tooltip content={({ payload, label }: any) => (payload?.length ? <ChartTooltipBox title={String(label)} rows={[{ label: "CSAT", value: payload[0].value == null ? "–" : `${formatNumber(payload[0].value, 0)} %` }, { label: "Answers", value: String(payload[0].payload.n) }]} /> : null)} />
              <Line dataKey="csat" stroke={CHART.primary} strokeWidth={2} dot={false} connectNulls />
            </LineChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard title="Answers" subtitle="CSAT answers by score" testId="chart-csat-distribution">
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={s?.distribution ?? []}>
              <CartesianGrid stroke={CHART.grid} vertical={false} />
              <XAxis dataKey="score" tick={AXIS_TICK} />
              <YAxis tick={AXIS_TICK} width={32} allowDecimals={false} />
              <Bar dataKey="count" fill={CHART.secondary} />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
      </div>
      <SectionCard title="Results by group" actions={<FilterSelect allLabel="By reason" options={BY} value={by} onChange={setBy} className="w-[160px]" testId="satisfaction-by" />}>
        <DataTable columns={columns} rows={s?.groups} rowKey={(g) => g.key} rowTestId="satisfaction-row" empty="No answers in this period." />
        <Text size="xsmall" className="text-ui-fg-muted px-6 py-2">
          Groups with fewer than 10 answers are shown but should not be ranked: their intervals are wide.
        </Text>
      </SectionCard>
    </div>
  )
}
