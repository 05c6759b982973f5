import { Badge, Button, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { ChartSkeleton, DataTable, EmptyNote, FilterSelect, SectionCard, formatDate, formatDateTime, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useIncident, useIncidentAction, useIncidents, type Incident } from "../hooks/risk"
import { IncidentChart } from "./incident-chart"

const SEVERITY_COLOR = { warning: "orange", major: "red", critical: "red" } as const
const STATUS_COLOR = { open: "red", acknowledged: "orange", resolved: "green" } as const

export const SeverityBadge = ({ severity }: { severity: Incident["severity"] }) => (
  <Badge size="2xsmall" color={SEVERITY_COLOR[severity]}>
    {severity}
  </Badge>
)

const columns: Column<Incident>[] = [
  { key: "severity", header: "Severity", cell: (i) => <SeverityBadge severity={i.severity} /> },
  { key: "days", header: "Days", cell: (i) => (i.start_day === i.end_day ? formatDate(i.start_day) : `${formatDate(i.start_day)} – ${formatDate(i.end_day)}`) },
  { key: "summary", header: "What happened", className: "max-w-[460px] whitespace-normal", cell: (i) => i.summary },
  {
    key: "status",
    header: "Status",
    cell: (i) => (
      <Badge size="2xsmall" color={STATUS_COLOR[i.status]}>
        {i.status}
      </Badge>
    ),
  },
  { key: "alert", header: "Alert", cell: (i) => (i.alert ? `${i.alert.channel} · ${formatDateTime(i.alert.sent_at)}${i.alert.status === "failed" ? " (failed)" : ""}` : "—") },
]

/** The incident picked in the list: its metrics around it, its anomalous days, and acknowledge / resolve. */
const IncidentDetail = ({ id }: { id: string }) => {
  const { data } = useIncident(id)
  const act = useIncidentAction()
  if (!data) return <ChartSkeleton />
  const i = data.incident
  return (
    <SectionCard
      title={i.summary}
      subtitle={`${i.metrics.length} metric${i.metrics.length > 1 ? "s" : ""} · detected ${formatDateTime(i.detected_at)}${i.acknowledged_at ? ` · acknowledged ${formatDateTime(i.acknowledged_at)}` : ""}${i.resolved_at ? ` · resolved ${formatDateTime(i.resolved_at)}` : ""}`}
      testId="risk-incident-detail"
      actions={
        <>
          {i.status === "open" && (
            <Button size="small" variant="secondary" isLoading={act.isPending} onClick={() => runWithToast(() => act.mutateAsync({ id: i.id, action: "acknowledge" }), "Acknowledged")} data-testid="risk-incident-ack">
              Acknowledge
            </Button>
          )}
          {i.status !== "resolved" && (
            <Button size="small" isLoading={act.isPending} onClick={() => runWithToast(() => act.mutateAsync({ id: i.id, action: "resolve" }), "Resolved")} data-testid="risk-incident-resolve">
              Resolve
            </Button>
          )}
        </>
      }
    >
      <div className="flex flex-col gap-3 p-3">
        {data.series.map((s) => (
          <IncidentChart key={s.metric} series={s} incident={i} />
        ))}
        <Text size="xsmall" className="text-ui-fg-subtle px-3">
          Anomalous days:{" "}
          {i.points
            .map((p) => `${p.metric} ${formatDate(p.date)} (${p.score.toFixed(1)} σ)`)
            .slice(0, 12)
            .join(", ")}
        </Text>
      </div>
    </SectionCard>
  )
}

/** KPI incidents, one per alert: open ones first; pick one to see its metrics against their baselines. */
export const IncidentsView = () => {
  const list = usePagedList<{ status?: string; severity?: string }>(10)
  const { data, error } = useIncidents(list.query)
  const [picked, setPicked] = useState<string | null>(null)
  useEffect(() => {
    if (!picked && data?.incidents.length) setPicked(data.incidents[0].id)
  }, [data?.incidents[0]?.id])
  return (
    <>
      <SectionCard
        title="Incidents"
        subtitle="Anomalous days of GMV, orders, conversion, refund rate, promotion burn, price changes and event volume, grouped: one incident, one alert"
        testId="risk-incidents"
        actions={
          <>
            <FilterSelect
              allLabel="Any status"
              options={[
                { value: "open", label: "Open" },
                { value: "acknowledged", label: "Acknowledged" },
                { value: "resolved", label: "Resolved" },
              ]}
              {...list.select("status")}
            />
            <FilterSelect
              allLabel="Any severity"
              options={[
                { value: "critical", label: "Critical" },
                { value: "major", label: "Major" },
                { value: "warning", label: "Warning" },
              ]}
              {...list.select("severity")}
            />
          </>
        }
      >
        <DataTable
          columns={columns}
          rows={data?.incidents}
          error={error}
          pager={list.pager(data?.count)}
          rowTestId="risk-incident-row"
          onRowClick={(i) => setPicked(i.id)}
          rowProps={(i) => ({ className: i.id === picked ? "bg-ui-bg-highlight" : undefined, "data-incident": i.key })}
          empty={
            <EmptyNote title="No incidents">
              The detector runs every night over the daily rollups; it needs about eight weeks of history before it scores a day.
            </EmptyNote>
          }
        />
      </SectionCard>
      {picked && <IncidentDetail id={picked} />}
    </>
  )
}
