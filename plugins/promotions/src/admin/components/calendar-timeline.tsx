import { Text, Tooltip, clx } from "@medusajs/ui"
import { formatDate } from "@finesse/core/admin-kit"
import { useNavigate } from "react-router-dom"
import type { CalendarEntry, Phase } from "../hooks/promotions"

const DAY = 86_400_000
const LANE = 30

const BAR: Record<Phase, string> = {
  draft: "bg-ui-tag-neutral-bg border-ui-tag-neutral-border text-ui-tag-neutral-text",
  scheduled: "bg-ui-tag-blue-bg border-ui-tag-blue-border text-ui-tag-blue-text",
  running: "bg-ui-tag-green-bg border-ui-tag-green-border text-ui-tag-green-text",
  ended: "bg-ui-tag-purple-bg border-ui-tag-purple-border text-ui-tag-purple-text",
  inactive: "bg-ui-tag-orange-bg border-ui-tag-orange-border text-ui-tag-orange-text",
}

/**
 * The promotion calendar as a timeline: one bar per promotion over its campaign dates, promotions that run at the
 * same time on separate lanes, today marked. A bar opens the promotion's page (checks, simulation, launch, report).
 */
export const CalendarTimeline = ({ entries, from, to, now }: { entries: CalendarEntry[]; from: number; to: number; now: number }) => {
  const navigate = useNavigate()
  const span = to - from
  const x = (t: number) => Math.max(0, Math.min(100, ((t - from) / span) * 100))
  const lanes = Math.max(1, ...entries.map((e) => e.lane + 1))
  const weeks: number[] = []
  const firstMonday = from + ((8 - new Date(from).getUTCDay()) % 7) * DAY
  for (let t = firstMonday; t < to; t += 7 * DAY) weeks.push(t)
  return (
    <div className="px-6 py-4" data-testid="promotion-calendar">
      <div className="relative" style={{ height: 18 }}>
        {weeks.map((w) => (
          <Text key={w} size="xsmall" className="text-ui-fg-muted absolute whitespace-nowrap" style={{ left: `${x(w)}%` }}>
            {new Date(w).toISOString().slice(5, 10)}
          </Text>
        ))}
      </div>
      <div className="border-ui-border-base relative border-t" style={{ height: lanes * LANE + 8 }}>
        {weeks.map((w) => (
          <div key={w} className="bg-ui-border-base absolute top-0 bottom-0" style={{ left: `${x(w)}%`, width: 1 }} />
        ))}
        {now >= from && now < to && <div className="bg-ui-fg-interactive absolute top-0 bottom-0" style={{ left: `${x(now)}%`, width: 2 }} title="today" />}
        {entries.map((e) => {
          const s = e.starts_at ? Date.parse(e.starts_at) : from
          const t = e.ends_at ? Date.parse(e.ends_at) : to
          const left = x(s)
          const width = Math.max(0.8, x(t) - left)
          // a short bar keeps its code readable beside it
          const narrow = width < e.code.length * 0.75
          const dates = e.starts_at || e.ends_at ? `${formatDate(e.starts_at)} – ${formatDate(e.ends_at)}` : "always on (no campaign dates)"
          return (
            <div key={e.promotion_id} className="contents">
            {narrow && (
              <Text size="xsmall" weight="plus" className="text-ui-fg-subtle pointer-events-none absolute whitespace-nowrap" style={{ left: `calc(${left + width}% + 4px)`, top: 4 + e.lane * LANE + 4 }}>
                {e.code}
              </Text>
            )}
            <Tooltip
              content={
                <div className="flex flex-col">
                  <span className="font-medium">{e.name}</span>
                  <span>{dates}</span>
                  <span>
                    {e.phase}
                    {e.check_status ? ` · checks ${e.check_status}` : ""}
                    {e.experiment_id ? " · holdout/experiment" : ""}
                  </span>
                  {e.overlaps.length > 0 && <span>overlaps {e.overlaps.slice(0, 5).join(", ")}</span>}
                </div>
              }
            >
              <button
                type="button"
                data-testid="calendar-bar"
                data-code={e.code}
                data-phase={e.phase}
                onClick={() => navigate(`/finesse/promotions/${e.promotion_id}`)}
                className={clx("txt-compact-xsmall-plus absolute flex items-center gap-x-1 overflow-hidden whitespace-nowrap rounded-md border px-1.5 text-left", BAR[e.phase])}
                style={{ left: `${left}%`, width: `${width}%`, top: 4 + e.lane * LANE, height: LANE - 6 }}
              >
                {e.check_status === "fail" && <span className="text-ui-fg-error">●</span>}
                {e.check_status === "warn" && <span className="text-ui-tag-orange-icon">●</span>}
                {!narrow && e.code}
              </button>
            </Tooltip>
            </div>
          )
        })}
      </div>
    </div>
  )
}
