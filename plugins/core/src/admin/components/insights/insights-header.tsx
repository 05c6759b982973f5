import { Spinner, XMarkMini } from "@medusajs/icons"
import { Button, Container, DatePicker, Heading, Label, Select, Switch, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
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

const ALL = "__all"

export const CLEAR_FILTERS: FiltersPatch = { currency_code: null, sales_channel_id: null, region_id: null, category_id: null }

const FilterSelect = ({
  label,
  value,
  onChange,
  items,
  width = "w-[170px]",
  testId,
  allLabel,
}: {
  label: string
  value: string
  onChange: (v: string) => void
  items: { value: string; label: string }[]
  width?: string
  testId: string
  allLabel?: string
}) => (
  <Select size="small" value={value} onValueChange={onChange}>
    <Select.Trigger className={width} aria-label={label} data-testid={testId}>
      <Select.Value placeholder={label} />
    </Select.Trigger>
    <Select.Content>
      {allLabel && <Select.Item value={ALL}>{allLabel}</Select.Item>}
      {items.map((i) => (
        <Select.Item key={i.value} value={i.value}>
          {i.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-1">
    <Label size="xsmall" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Label>
    {children}
  </div>
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
    <Container className="divide-y p-0" data-testid="insights-header">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <div className="flex items-center gap-x-2">
            <Heading level="h1">Insights</Heading>
            {fetching && <Spinner className="text-ui-fg-muted animate-spin" aria-label="Updating" />}
          </div>
          <Text size="small" className="text-ui-fg-subtle" data-testid="insights-range">
            How the store is doing, {formatRange(filters.from, filters.to)}
            {report?.previous_range ? `, compared with ${formatRange(report.previous_range.from, report.previous_range.to)}` : ""} (UTC
            days)
          </Text>
        </div>
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
      </div>
      <div className="flex flex-wrap items-end gap-x-3 gap-y-3 px-6 py-4">
        <Field label="Date range">
          <FilterSelect
            label="Date range"
            testId="filter-range"
            value={filters.preset}
            onChange={(v) => setPreset(v as RangePreset)}
            items={PRESETS}
            width="w-[160px]"
          />
        </Field>
        {filters.preset === "custom" && (
          <>
            <Field label="From">
              <div className="w-[150px]" data-testid="filter-from">
                <DatePicker
                  size="small"
                  value={localDateOfDay(filters.from)}
                  maxValue={localDateOfDay(filters.to)}
                  onChange={(d) => setDay("from", d)}
                  aria-label="From"
                />
              </div>
            </Field>
            <Field label="To">
              <div className="w-[150px]" data-testid="filter-to">
                <DatePicker
                  size="small"
                  value={localDateOfDay(filters.to)}
                  minValue={localDateOfDay(filters.from)}
                  onChange={(d) => setDay("to", d)}
                  aria-label="To"
                />
              </div>
            </Field>
          </>
        )}
        <Field label="Interval">
          <FilterSelect
            label="Interval"
            testId="filter-interval"
            value={filters.interval}
            onChange={(v) => update({ interval: v === defaultInterval(filters.from, filters.to) ? null : (v as KpiInterval) })}
            items={INTERVALS}
            width="w-[120px]"
          />
        </Field>
        <Field label="Currency">
          <FilterSelect
            label="Currency"
            testId="filter-currency"
            value={currency}
            onChange={(v) => update({ currency_code: v })}
            items={currencies.map((c) => ({ value: c, label: c.toUpperCase() }))}
            width="w-[100px]"
          />
        </Field>
        <Field label="Sales channel">
          <FilterSelect
            label="Sales channel"
            testId="filter-channel"
            value={filters.sales_channel_id ?? ALL}
            onChange={(v) => update({ sales_channel_id: v === ALL ? null : v })}
            allLabel="All channels"
            items={(dims?.sales_channels ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Field>
        <Field label="Region">
          <FilterSelect
            label="Region"
            testId="filter-region"
            value={filters.region_id ?? ALL}
            onChange={(v) => {
              if (v === ALL) return update({ region_id: null })
              // a region sells in one currency: follow it, or the report would be empty
              const region = dims?.regions.find((r) => r.id === v)
              update({ region_id: v, ...(region ? { currency_code: region.currency_code } : {}) })
            }}
            allLabel="All regions"
            items={(dims?.regions ?? []).map((r) => ({ value: r.id, label: `${r.name} (${r.currency_code.toUpperCase()})` }))}
          />
        </Field>
        <Field label="Category">
          <FilterSelect
            label="Category"
            testId="filter-category"
            value={filters.category_id ?? ALL}
            onChange={(v) => update({ category_id: v === ALL ? null : v })}
            allLabel="All categories"
            items={categoryItems}
            width="w-[200px]"
          />
        </Field>
        {filtered && (
          <Button size="small" variant="transparent" onClick={() => update(CLEAR_FILTERS)} className="ml-auto" data-testid="filter-reset">
            <XMarkMini /> Clear filters
          </Button>
        )}
      </div>
    </Container>
  )
}
