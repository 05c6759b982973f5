import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Calendar } from "@medusajs/icons"
import { Button, Container, StatusBadge, Text } from "@medusajs/ui"
import { DataTable, EmptyNote, EmptyState, SectionHeader, TitleCell, formatDate, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { CalendarTimeline } from "../../../components/calendar-timeline"
import { CheckBadge, PHASE_COLOR, TEMPLATE_LABEL } from "../../../components/labels"
import { PlanDrawer } from "../../../components/plan-drawer"
import { PromotionsHeader } from "../../../components/promotions-header"
import { useCalendar, usePlans, type CalendarEntry, type Plan } from "../../../hooks/promotions"

const DAY = 86_400_000
const WINDOW = 91 * DAY

const PLAN_COLUMNS: Column<Plan>[] = [
  { key: "promotion", header: "Promotion", cell: (p) => <TitleCell title={p.name} detail={`${p.code} · ${TEMPLATE_LABEL[p.template] ?? p.template}`} /> },
  { key: "dates", header: "Dates", cell: (p) => `${formatDate(p.starts_at)} – ${formatDate(p.ends_at)}` },
  { key: "status", header: "Plan", cell: (p) => <StatusBadge color={p.status === "launched" ? "green" : p.status === "planned" ? "blue" : "grey"}>{p.status}</StatusBadge> },
  { key: "checks", header: "Checks", cell: (p) => (p.check_status ? <CheckBadge status={p.check_status} /> : "–") },
  { key: "holdout", header: "Holdout", cell: (p) => (p.experiment_id ? "yes" : "–") },
]

/** The promotion calendar over Medusa's promotions and campaigns, and the promotions planned in Finesse. */
const CalendarPage = () => {
  const navigate = useNavigate()
  const today = Math.floor(Date.now() / DAY) * DAY
  const [from, setFrom] = useState(today - 28 * DAY)
  const to = from + WINDOW
  const { data, isLoading } = useCalendar({ from: new Date(from).toISOString(), to: new Date(to).toISOString() })
  const list = usePagedList(10)
  const plans = usePlans(list.query)
  const entries: CalendarEntry[] = data?.calendar ?? []
  const counts = entries.reduce<Record<string, number>>((a, e) => ((a[e.phase] = (a[e.phase] ?? 0) + 1), a), {})
  return (
    <div className="flex flex-col gap-y-3" data-testid="promotions-calendar-page">
      <PromotionsHeader
        title="Promotions"
        subtitle="Medusa's promotions and campaigns on one calendar: plan from a template, check against your data, replay past orders, launch with a holdout, read what it earned"
        busy={isLoading}
        actions={
          <>
            <Button size="small" variant="secondary" onClick={() => setFrom(from - 28 * DAY)}>
              ← 4 weeks
            </Button>
            <Button size="small" variant="secondary" onClick={() => setFrom(today - 28 * DAY)}>
              Today
            </Button>
            <Button size="small" variant="secondary" onClick={() => setFrom(from + 28 * DAY)}>
              4 weeks →
            </Button>
            <PlanDrawer />
          </>
        }
      >
        <div className="flex flex-wrap gap-2 px-6 py-3">
          {(["running", "scheduled", "draft", "ended", "inactive"] as const).map((p) => (
            <StatusBadge key={p} color={PHASE_COLOR[p]}>
              {counts[p] ?? 0} {p}
            </StatusBadge>
          ))}
          <Text size="xsmall" className="text-ui-fg-muted self-center">
            {formatDate(new Date(from).toISOString())} – {formatDate(new Date(to).toISOString())}
          </Text>
        </div>
        {entries.length ? (
          <CalendarTimeline entries={entries} from={from} to={to} now={Date.now()} />
        ) : (
          !isLoading && (
            <EmptyState bare title="No promotion in these weeks" testId="calendar-empty">
              Promotions appear here from their Medusa campaign dates. Plan one from a template, or move the calendar.
            </EmptyState>
          )
        )}
      </PromotionsHeader>
      <Container className="divide-y p-0">
        <SectionHeader title="Planned in Finesse" subtitle="Templates and Medusa promotions adopted for checks, holdouts and reports" />
        <DataTable
          columns={PLAN_COLUMNS}
          rows={plans.data?.plans}
          rowTestId="plan-row"
          onRowClick={(p) => navigate(`/finesse/promotions/${p.promotion_id}`)}
          pager={list.pager(plans.data?.count)}
          error={plans.error}
          empty={<EmptyNote title="Nothing planned yet">Plan a promotion from a template, or open one of Medusa's promotions on the calendar.</EmptyNote>}
        />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Promotion planner", icon: Calendar })

export default CalendarPage
