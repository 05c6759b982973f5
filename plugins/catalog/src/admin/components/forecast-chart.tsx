import { Badge, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { AXIS_TICK, CHART, ChartCard, ChartSkeleton, ChartTooltipBox, EmptyNote, OptionSelect, formatDate, formatNumber, formatPercent, pointTooltip } from "@finesse/core/admin-kit"
import { useVariantForecast, type ForecastPoint } from "../hooks/catalog"

type Point = { period: string; actual: number | null; point: number | null; mean: number | null; band80: [number, number] | null; band95: [number, number] | null }

const METHOD: Record<string, string> = {
  order_rate: "order-rate model (lines × sizes, compound Poisson)",
  mean_4: "mean of the last 4 periods",
  median_8: "median of the last 8 periods",
  seasonal_naive: "seasonal naive",
  ses: "simple exponential smoothing",
  holt_damped: "Holt's damped trend",
  ets_auto: "ETS chosen by AICc",
  sba: "Croston (SBA)",
  tsb: "TSB",
}

export const methodLabel = (m: string) => METHOD[m] ?? m

function points(history: { period_start: string; units: number }[], forecast: ForecastPoint[]): Point[] {
  const band = (lo: number | null, hi: number | null): [number, number] | null => (lo === null || hi === null ? null : [lo, hi])
  const out: Point[] = history.map((h) => ({ period: h.period_start, actual: h.units, point: null, mean: null, band80: null, band95: null }))
  // the forecast line starts at the last actual, so history and forecast read as one line
  if (out.length && forecast.length) out[out.length - 1] = { ...out[out.length - 1], point: out[out.length - 1].actual, band80: null, band95: null }
  for (const f of forecast) out.push({ period: f.period_start, actual: null, point: f.point, mean: f.mean, band80: band(f.lower_80, f.upper_80), band95: band(f.lower_95, f.upper_95) })
  return out
}

/** One variant's demand: recent periods sold, the forecast, its 80 % and 95 % intervals, per location or in total. */
export const ForecastChart = ({ variantId, granularity: initial = "week", compact = false }: { variantId: string | null; granularity?: "week" | "day"; compact?: boolean }) => {
  const [granularity, setGranularity] = useState<"week" | "day">(initial)
  const { data, isLoading } = useVariantForecast(variantId, granularity)
  const [location, setLocation] = useState<string>("all")
  const f = data?.forecast
  const selected = location === "all" ? null : f?.locations.find((l) => l.location_id === location)
  const series = selected ?? f?.total
  const rows = useMemo(() => (series ? points(series.history, series.forecast) : []), [series])
  const height = compact ? 160 : 280
  if (!variantId) return <EmptyNote height={height} title="Pick a variant">Choose a row of the replenishment list to see its forecast.</EmptyNote>
  if (isLoading && !data) return <ChartSkeleton height={height} />
  const title = f ? `${f.variant.product_title} · ${f.variant.title}` : "Forecast"
  const methods = f?.locations.map((l) => `${l.location_name ?? l.location_id}: ${methodLabel(l.method)} (${l.demand_class}${l.backtest_wape !== null ? `, backtest WAPE ${formatPercent(l.backtest_wape, 0)}` : ""})`) ?? []
  const body = !f?.locations.length ? (
    <EmptyNote height={height} title="No forecast for this variant">
      {granularity === "day" ? "No daily forecast: it runs nightly after the weekly one (last 182 days of history)." : "It has not sold in the forecast's history, or the forecast has not run yet."}
    </EmptyNote>
  ) : (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={rows} margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke={CHART.grid} />
        <XAxis dataKey="period" tickFormatter={(v: string) => formatDate(v)} tick={AXIS_TICK} tickLine={false} axisLine={false} minTickGap={24} />
        <YAxis tick={AXIS_TICK} tickLine={false} axisLine={false} allowDecimals={false} width={36} />
        <Tooltip
          content={pointTooltip<Point>((p) => (
            <ChartTooltipBox
              title={`${granularity === "week" ? "Week of " : ""}${formatDate(p.period)}`}
              rows={
                p.actual !== null && p.band80 === null
                  ? [{ label: "Sold", value: formatNumber(p.actual), color: CHART.grey }]
                  : [
                      { label: "Forecast", value: formatNumber(p.point, 1), color: CHART.primary },
                      { label: "Mean", value: formatNumber(p.mean, 2), color: "transparent" },
                      { label: "80 % interval", value: p.band80 ? `${formatNumber(p.band80[0], 1)} – ${formatNumber(p.band80[1], 1)}` : "–", color: CHART.blue },
                      { label: "95 % interval", value: p.band95 ? `${formatNumber(p.band95[0], 1)} – ${formatNumber(p.band95[1], 1)}` : "–", color: CHART.secondary },
                    ]
              }
            />
          ))}
        />
        <Area dataKey="band95" stroke="none" fill={CHART.secondary} fillOpacity={0.15} isAnimationActive={false} connectNulls={false} />
        <Area dataKey="band80" stroke="none" fill={CHART.blue} fillOpacity={0.25} isAnimationActive={false} connectNulls={false} />
        <Line dataKey="actual" stroke={CHART.grey} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
        <Line dataKey="point" stroke={CHART.primary} strokeWidth={2} strokeDasharray="5 4" dot={{ r: 2 }} isAnimationActive={false} connectNulls={false} />
        {f?.run && <ReferenceLine x={f.run.as_of} stroke={CHART.axis} strokeDasharray="3 3" />}
      </ComposedChart>
    </ResponsiveContainer>
  )
  if (compact) return <div data-testid="forecast-chart">{body}</div>
  return (
    <ChartCard
      testId="forecast-chart"
      title={`Forecast: ${title}`}
      subtitle={f?.run ? `${granularity === "week" ? "Weekly" : "Daily"} units, forecast from ${formatDate(f.run.as_of)} · ${methods.join(" · ")}` : undefined}
      legend={[
        { label: "Sold", color: CHART.grey },
        { label: "Forecast", color: CHART.primary, dashed: true },
        { label: "80 % interval", color: CHART.blue, kind: "box" },
        { label: "95 % interval", color: CHART.secondary, kind: "box" },
      ]}
      actions={
        <>
          <OptionSelect className="w-[120px]" size="small" value={granularity} onChange={(v) => setGranularity(v as "week" | "day")} options={[{ value: "week", label: "Weekly" }, { value: "day", label: "Daily" }]} ariaLabel="Granularity" testId="forecast-granularity" />
          {f && f.locations.length > 1 && (
            <OptionSelect className="w-[200px]" size="small" value={location} onChange={setLocation} options={[{ value: "all", label: "All locations" }, ...f.locations.map((l) => ({ value: l.location_id, label: l.location_name ?? l.location_id }))]} ariaLabel="Location" />
          )}
        </>
      }
    >
      {body}
      {selected && (selected.elasticity !== null || selected.promo_lift !== null) && (
        <Text size="xsmall" className="text-ui-fg-subtle px-3 pt-2">
          Price and promotion effects in the history: {selected.elasticity !== null ? `elasticity ${formatNumber(selected.elasticity, 2)}` : ""}
          {selected.promo_lift !== null ? ` · promotion lift ×${formatNumber(Math.exp(selected.promo_lift), 2)}` : ""}
        </Text>
      )}
      {f?.locations.some((l) => l.interval_source === "distribution") && (
        <div className="px-3 pt-2">
          <Badge size="2xsmall" color="grey">
            intervals from the forecast distribution{location === "all" && f.locations.length > 1 ? "; the total adds the locations' bounds" : ""}
          </Badge>
        </div>
      )}
    </ChartCard>
  )
}
