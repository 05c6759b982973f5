import { Button, Input, Switch, Label, Text } from "@medusajs/ui"
import { DataTable, SectionCard, formatDuration, runWithToast, type Column } from "@finesse/core/admin-kit"
import { useEffect, useState } from "react"
import { useSavePolicy } from "../../hooks/after-sales"
import { JsonField } from "./json-field"

type Target = { metric: string; minutes: number; hours: string; priority?: string; channel?: string; kind?: string }
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const

/** SLA targets (most specific match wins), the warning threshold, the pause while waiting on the customer. */
export const SlaEditor = ({ sla }: { sla: { targets: Target[]; warnAtFraction: number; pauseWhileWaiting: boolean } }) => {
  const [targets, setTargets] = useState<Target[]>(sla.targets)
  const [warn, setWarn] = useState(String(sla.warnAtFraction))
  const [pause, setPause] = useState(sla.pauseWhileWaiting)
  const [ok, setOk] = useState(true)
  const save = useSavePolicy()
  useEffect(() => setTargets(sla.targets), [JSON.stringify(sla.targets)])
  const columns: Column<Target>[] = [
    { key: "metric", header: "Clock", cell: (t) => t.metric.replace("_", " ") },
    { key: "for", header: "Applies to", cell: (t) => [t.priority, t.channel, t.kind].filter(Boolean).join(" · ") || "every case" },
    { key: "target", header: "Target", align: "right", cell: (t) => formatDuration(t.minutes * 60_000) },
    { key: "hours", header: "Counting", cell: (t) => (t.hours === "business" ? "business hours" : "every hour") },
  ]
  return (
    <SectionCard
      title="SLA targets"
      subtitle="First response and resolution by priority, channel and kind; the most specific target wins"
      testId="policy-sla"
      actions={
        <Button size="small" disabled={!ok} onClick={() => runWithToast(() => save.mutateAsync({ sla_policy: { targets, warnAtFraction: Number(warn), pauseWhileWaiting: pause } }), "SLA targets saved")}>
          Save SLA
        </Button>
      }
    >
      <DataTable columns={columns} rows={targets} rowKey={(t, i) => `${t.metric}-${i}`} />
      <div className="flex flex-col gap-y-2 px-6 py-3">
        <div className="flex items-center gap-x-4">
          <Label size="small">Warn at</Label>
          <Input size="small" className="w-[80px]" value={warn} onChange={(e) => setWarn(e.target.value)} />
          <Text size="small" className="text-ui-fg-subtle">
            of a target (0.8 = 80 %)
          </Text>
          <Switch id="pause" checked={pause} onCheckedChange={setPause} />
          <Label htmlFor="pause" size="small">
            Pause the resolution clock while waiting on the customer
          </Label>
        </div>
        <JsonField value={targets} rows={8} onChange={(v, good) => (setOk(good), good && setTargets(v as Target[]))} />
      </div>
    </SectionCard>
  )
}

/** Opening hours per weekday in the store's time zone, and holidays; business-hour targets count only these. */
export const CalendarEditor = ({ calendar }: { calendar: { timeZone: string; weekly: Record<string, Array<{ open: string; close: string }>>; holidays?: unknown[] } }) => {
  const [tz, setTz] = useState(calendar.timeZone)
  const [weekly, setWeekly] = useState(calendar.weekly)
  const [holidays, setHolidays] = useState(((calendar.holidays ?? []) as any[]).map((h) => (typeof h === "string" ? h : h.date)).join(", "))
  const save = useSavePolicy()
  const span = (d: string) => weekly[d]?.[0]
  const set = (d: string, key: "open" | "close", v: string) =>
    setWeekly((w) => ({ ...w, [d]: [{ open: key === "open" ? v : span(d)?.open ?? "09:00", close: key === "close" ? v : span(d)?.close ?? "17:00" }] }))
  return (
    <SectionCard
      title="Business hours"
      subtitle="When business-hour SLA clocks run"
      testId="policy-calendar"
      actions={
        <Button size="small" onClick={() => runWithToast(() => save.mutateAsync({ business_calendar: { timeZone: tz, weekly, holidays: holidays.split(/[\s,]+/).filter(Boolean) } }), "Business hours saved")}>
          Save hours
        </Button>
      }
    >
      <div className="flex flex-col gap-y-2 px-6 py-3">
        <div className="flex items-center gap-x-2">
          <Label size="small" className="w-[90px]">
            Time zone
          </Label>
          <Input size="small" className="w-[200px]" value={tz} onChange={(e) => setTz(e.target.value)} />
        </div>
        {DAYS.map((d) => (
          <div key={d} className="flex items-center gap-x-2">
            <Switch checked={!!span(d)} onCheckedChange={(on) => setWeekly((w) => ({ ...w, [d]: on ? [{ open: "09:00", close: "17:00" }] : [] }))} />
            <Label size="small" className="w-[60px]">
              {d}
            </Label>
            {span(d) ? (
              <>
                <Input size="small" className="w-[90px]" value={span(d)!.open} onChange={(e) => set(d, "open", e.target.value)} />
                <Text size="small">–</Text>
                <Input size="small" className="w-[90px]" value={span(d)!.close} onChange={(e) => set(d, "close", e.target.value)} />
              </>
            ) : (
              <Text size="small" className="text-ui-fg-muted">
                closed
              </Text>
            )}
          </div>
        ))}
        <div className="flex items-center gap-x-2">
          <Label size="small" className="w-[90px]">
            Holidays
          </Label>
          <Input size="small" className="w-full" value={holidays} placeholder="2026-12-25, 2026-12-26" onChange={(e) => setHolidays(e.target.value)} />
        </div>
      </div>
    </SectionCard>
  )
}
