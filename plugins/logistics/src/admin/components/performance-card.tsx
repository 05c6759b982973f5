import { Badge, Button, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Bar, BarChart, CartesianGrid, ErrorBar, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { AXIS_TICK, CHART, ChartCard, DataTable, EmptyNote, OptionSelect, SectionCard, StatGrid, StatTile, formatDateTime, formatNumber, formatPercent, runWithToast, type Column } from "@finesse/core/admin-kit"
import { useAlertSettings, useEvaluateAlerts, usePerformance, useResolveAlert, useSaveAlertSettings, type Alert, type StatsRow } from "../hooks/logistics"
import { SERIES } from "./locations-card"

const AlertRules = () => {
  const { data } = useAlertSettings()
  const save = useSaveAlertSettings()
  const [text, setText] = useState("")
  useEffect(() => {
    if (data && !text) setText(JSON.stringify(data.alert_settings.rules, null, 1))
  }, [data])
  return (
    <SectionCard
      title="Alert rules"
      subtitle={`Checked every hour; new alerts go to the "${data?.alert_settings.channel ?? "feed"}" channel of Medusa's notifications (the admin's bell for "feed"). Rules: late_rate_above, overdue_open, mean_delay_above.`}
      actions={
        <Button size="small" variant="secondary" isLoading={save.isPending} onClick={() => runWithToast(() => save.mutateAsync({ rules: JSON.parse(text), channel: data?.alert_settings.channel ?? "feed", to: data?.alert_settings.to ?? "logistics" }), "Alert rules saved")}>
          Save rules
        </Button>
      }
    >
      <div className="px-6 py-4">
        <Textarea rows={6} className="font-mono text-xs" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
    </SectionCard>
  )
}

/** Promised against actual delivery: late rates by carrier, location or region, the weekly trend, open alerts. */
export const PerformanceCard = () => {
  const [dimension, setDimension] = useState("carrier")
  const [days, setDays] = useState(28)
  const { data, error } = usePerformance(days, dimension)
  const evaluate = useEvaluateAlerts()
  const resolve = useResolveAlert()
  const columns: Column<StatsRow>[] = [
    { key: "k", header: dimension, cell: (r) => r.key },
    { key: "n", header: "Delivered", align: "right", cell: (r) => `${formatNumber(r.delivered)} of ${formatNumber(r.shipments)}` },
    { key: "late", header: "Late", align: "right", cell: (r) => <span data-testid="late-rate">{formatPercent(r.late_rate)}</span> },
    { key: "ci", header: "95 % interval", align: "right", cell: (r) => `${formatPercent(r.late_rate_low)} – ${formatPercent(r.late_rate_high)}` },
    { key: "delay", header: "Mean / p90 delay", align: "right", cell: (r) => (r.mean_delay_hours === null ? "—" : `${formatNumber(r.mean_delay_hours, 0)} h / ${formatNumber(r.p90_delay_hours, 0)} h`) },
    { key: "open", header: "Overdue", align: "right", cell: (r) => (r.overdue_open ? <Badge size="2xsmall" color="red">{r.overdue_open}</Badge> : "0") },
  ]
  const alertColumns: Column<Alert>[] = [
    { key: "sev", header: "", cell: (a) => <Badge size="2xsmall" color={a.severity === "critical" ? "red" : "orange"}>{a.severity}</Badge> },
    { key: "msg", header: "Alert", className: "whitespace-normal max-w-[560px]", cell: (a) => <Text size="small">{a.message}</Text> },
    { key: "since", header: "Since", cell: (a) => formatDateTime(a.first_at) },
    { key: "sent", header: "Notified", cell: (a) => (a.notified_at ? formatDateTime(a.notified_at) : "—") },
    { key: "x", header: "", cell: (a) => <Button size="small" variant="transparent" onClick={() => runWithToast(() => resolve.mutateAsync(a.id), "Alert resolved")}>Resolve</Button> },
  ]
  const bars = (data?.rows ?? []).map((r) => ({ key: r.key, late: r.late_rate * 100, err: [(r.late_rate - r.late_rate_low) * 100, (r.late_rate_high - r.late_rate) * 100] }))
  const carriers = [...new Set((data?.weekly ?? []).map((w) => w.key))]
  const weeks = [...new Set((data?.weekly ?? []).map((w) => w.week))].sort()
  const trend = weeks.map((week) => Object.fromEntries([["week", week.slice(5)], ...carriers.map((c) => [c, (data?.weekly.find((w) => w.week === week && w.key === c)?.late_rate ?? null) as number | null]).map(([c, v]) => [c, v === null ? null : (v as number) * 100])]))
  return (
    <div className="flex flex-col gap-y-3">
      <SectionCard
        testId="performance-card"
        title="Delivery performance"
        subtitle="Promised against actual delivery (carrier tracking and Medusa's fulfilments)"
        actions={
          <>
            <OptionSelect value={dimension} onChange={setDimension} options={[{ value: "carrier", label: "By carrier" }, { value: "location", label: "By location" }, { value: "region", label: "By region" }]} className="w-[150px]" testId="performance-dimension" />
            <OptionSelect value={String(days)} onChange={(v) => setDays(Number(v))} options={[7, 28, 90].map((d) => ({ value: String(d), label: `${d} days` }))} className="w-[110px]" />
            <Button size="small" variant="secondary" isLoading={evaluate.isPending} onClick={() => runWithToast(() => evaluate.mutateAsync(undefined), (r: any) => `${r.run.raised} new alerts, ${r.run.resolved} resolved`)}>
              Check alerts now
            </Button>
          </>
        }
      >
        {data && (
          <StatGrid inset>
            <StatTile label="Shipments" value={formatNumber(data.totals.shipments)} />
            <StatTile label="Delivered" value={formatNumber(data.totals.delivered)} />
            <StatTile label="Late" value={formatPercent(data.totals.late_rate)} hint={`${formatNumber(data.totals.late)} parcels after the promise`} valueTestId="late-total" />
            <StatTile label="Open alerts" value={formatNumber(data.alerts.length)} />
          </StatGrid>
        )}
        <DataTable columns={columns} rows={data?.rows} error={error} rowKey={(r) => r.key} rowTestId="performance-row" empty="No shipments with a promise in this window." />
      </SectionCard>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <ChartCard testId="chart-late-rate" title={`Late rate by ${dimension}`} subtitle="With the 95 % Wilson interval">
          {bars.length ? (
            <ResponsiveContainer width="100%" height={240}>
              <BarChart data={bars}>
                <CartesianGrid strokeDasharray="3 3" stroke={CHART.grid} vertical={false} />
                <XAxis dataKey="key" tick={AXIS_TICK} interval={0} />
                <YAxis tick={AXIS_TICK} unit=" %" width={44} />
                <Tooltip formatter={(v) => `${Number(v).toFixed(1)} %`} />
                <Bar dataKey="late" fill={CHART.orange}>
                  <ErrorBar dataKey="err" width={4} stroke={CHART.grey} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          ) : (
            <EmptyNote height={240}>No deliveries yet.</EmptyNote>
          )}
        </ChartCard>
        <ChartCard testId="chart-late-trend" title="Weekly late rate by carrier" subtitle="By week of the promised delivery" legend={carriers.map((c, k) => ({ label: c, color: SERIES[k % SERIES.length] }))}>
          {trend.length ? (
            <ResponsiveContainer width="100%" height={240}>
              <LineChart data={trend}>
                <CartesianGrid strokeDasharray="3 3" stroke={CHART.grid} vertical={false} />
                <XAxis dataKey="week" tick={AXIS_TICK} />
                <YAxis tick={AXIS_TICK} unit=" %" width={44} />
                <Tooltip formatter={(v) => `${Number(v).toFixed(1)} %`} />
                {carriers.map((c, k) => (
                  <Line key={c} dataKey={c} stroke={SERIES[k % SERIES.length]} dot={false} connectNulls strokeWidth={2} />
                ))}
              </LineChart>
            </ResponsiveContainer>
          ) : (
            <EmptyNote height={240}>No deliveries yet.</EmptyNote>
          )}
        </ChartCard>
      </div>
      <SectionCard testId="alerts-card" title="Open alerts">
        <DataTable columns={alertColumns} rows={data?.alerts} rowTestId="alert-row" empty="No open alerts." />
      </SectionCard>
      <AlertRules />
    </div>
  )
}
