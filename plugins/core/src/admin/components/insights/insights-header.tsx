import { XMarkMini } from "@medusajs/icons"
import { Button, DatePicker, Label, Switch } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Field, FilterSelect, OptionSelect, PageHeader } from "../../../admin-kit"
import { useCategoryOptions, type KpiInterval, type KpiReport } from "../../hooks/kpis"
import {
  INTERVALS,
  PRESETS,
  dayOfLocalDate,
  defaultInterval,
  formatRange,
  localDateOfDay,
  type FiltersPatch,
  type InsightsFilters,
  type RangePreset,
} from "./filters"

export const CLEAR_FILTERS: FiltersPatch = { currency_code: null, sales_channel_id: null, region_id: null, category_id: null }

/** A day of a custom range (UTC day strings in, local dates in the picker). */
const DayField = ({ label, testId, day, min, max, onChange }: { label: string; testId: string; day: string; min?: string; max?: string; onChange: (d: Date | null) => void }) => (
  <Field label={label}>
    <div className="w-[150px]" data-testid={testId}>
      <DatePicker
        size="small"
        value={localDateOfDay(day)}
        minValue={min ? localDateOfDay(min) : undefined}
        maxValue={max ? localDateOfDay(max) : undefined}
        onChange={onChange}
        aria-label={label}
      />
    </div>
  </Field>
)

export const InsightsHeader = ({
  filters,
  update,
  report,
  fetching,
  categoryNames,
  actions,
}: {
  filters: InsightsFilters
  update: (patch: FiltersPatch) => void
  report?: KpiReport
  fetching: boolean
  categoryNames: Map<string, string>
  actions?: ReactNode
}) => {
  const categories = useCategoryOptions()
  const dims = report?.dimensions
  const currency = filters.currency_code ?? report?.currency_code ?? ""
  const currencies = [...new Set([...(dims?.currencies ?? []), ...(currency ? [currency] : [])])]
  const filtered = !!(filters.sales_channel_id || filters.region_id || filters.category_id || filters.currency_code)
  const categoryItems = (categories.data?.product_categories ?? []).map((c) => ({ value: c.id, label: categoryNames.get(c.id) ?? c.name }))
  if (filters.category_id && !categoryItems.some((c) => c.value === filters.category_id)) {
    categoryItems.unshift({ value: filters.category_id, label: filters.category_id })
  }
  const setPreset = (preset: RangePreset) =>
    preset === "custom"
      ? update({ preset, from: filters.from, to: filters.to, interval: filters.intervalChosen ? filters.interval : null })
      : update({ preset })
  const setDay = (which: "from" | "to", d: Date | null) => {
    if (!d) return
    const day = dayOfLocalDate(d)
    let { from, to } = filters
    if (which === "from") from = day
    else to = day
    // keep the range the right way round
    if (from > to) [from, to] = which === "from" ? [from, from] : [to, to]
    update({ preset: "custom", from, to, interval: filters.intervalChosen ? filters.interval : null })
  }

  return (
    <PageHeader
      testId="insights-header"
      title="Insights"
      busy={fetching}
      subtitle={
        <span data-testid="insights-range">
          How the store is doing, {formatRange(filters.from, filters.to)}
          {report?.previous_range ? `, compared with ${formatRange(report.previous_range.from, report.previous_range.to)}` : ""} (UTC days)
        </span>
      }
      actions={
        <div className="flex items-center gap-x-4">
          <div className="flex items-center gap-x-2">
            <Switch
              id="finesse-compare"
              size="small"
              checked={filters.compare}
              onCheckedChange={(c) => update({ compare: c })}
              data-testid="filter-compare"
            />
            <Label htmlFor="finesse-compare" size="small" className="text-ui-fg-subtle">
              Compare with previous period
            </Label>
          </div>
          {actions}
        </div>
      }
    >
      <div className="flex flex-wrap items-end gap-x-3 gap-y-3 px-6 py-4">
        <Field label="Date range">
          <OptionSelect
            ariaLabel="Date range"
            testId="filter-range"
            value={filters.preset}
            onChange={(v) => setPreset(v as RangePreset)}
            options={PRESETS}
            className="w-[160px]"
          />
        </Field>
        {filters.preset === "custom" && (
          <>
            <DayField label="From" testId="filter-from" day={filters.from} max={filters.to} onChange={(d) => setDay("from", d)} />
            <DayField label="To" testId="filter-to" day={filters.to} min={filters.from} onChange={(d) => setDay("to", d)} />
          </>
        )}
        <Field label="Interval">
          <OptionSelect
            ariaLabel="Interval"
            testId="filter-interval"
            value={filters.interval}
            onChange={(v) => update({ interval: v === defaultInterval(filters.from, filters.to) ? null : (v as KpiInterval) })}
            options={INTERVALS}
            className="w-[120px]"
          />
        </Field>
        <Field label="Currency">
          <OptionSelect
            ariaLabel="Currency"
            placeholder="Currency"
            testId="filter-currency"
            value={currency}
            onChange={(v) => update({ currency_code: v })}
            options={currencies.map((c) => ({ value: c, label: c.toUpperCase() }))}
            className="w-[100px]"
          />
        </Field>
        <Field label="Sales channel">
          <FilterSelect
            ariaLabel="Sales channel"
            testId="filter-channel"
            value={filters.sales_channel_id}
            onChange={(v) => update({ sales_channel_id: v ?? null })}
            allLabel="All channels"
            options={(dims?.sales_channels ?? []).map((c) => ({ value: c.id, label: c.name }))}
            className="w-[170px]"
          />
        </Field>
        <Field label="Region">
          <FilterSelect
            ariaLabel="Region"
            testId="filter-region"
            value={filters.region_id}
            onChange={(v) => {
              if (!v) return update({ region_id: null })
              // a region sells in one currency: follow it, or the report would be empty
              const region = dims?.regions.find((r) => r.id === v)
              update({ region_id: v, ...(region ? { currency_code: region.currency_code } : {}) })
            }}
            allLabel="All regions"
            options={(dims?.regions ?? []).map((r) => ({ value: r.id, label: `${r.name} (${r.currency_code.toUpperCase()})` }))}
            className="w-[170px]"
          />
        </Field>
        <Field label="Category">
          <FilterSelect
            ariaLabel="Category"
            testId="filter-category"
            value={filters.category_id}
            onChange={(v) => update({ category_id: v ?? null })}
            allLabel="All categories"
            options={categoryItems}
            className="w-[200px]"
          />
        </Field>
        {filtered && (
          <Button size="small" variant="transparent" onClick={() => update(CLEAR_FILTERS)} className="ml-auto" data-testid="filter-reset">
            <XMarkMini /> Clear filters
          </Button>
        )}
      </div>
    </PageHeader>
  )
}
