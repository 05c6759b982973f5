import { EllipsisHorizontal, PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Badge, Button, DropdownMenu, IconButton, Input, Skeleton, Text, Tooltip, clx, toast, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  DataTable,
  EmptyNote,
  ErrorNote,
  SectionCard,
  TitleCell,
  errorMessage,
  formatDateTime,
  formatMoney,
  formatPercent,
  majorInputToMinor,
  minorToMajorInput,
  runWithToast,
  usePagedList,
  type Column,
} from "../../../admin-kit"
import { useDeleteCost, useProductCosts, useUpsertCosts, type VariantCost, type VariantCosts } from "../../hooks/costs"
import { CostImportDrawer } from "./cost-import-drawer"

const PAGE_SIZE = 10
/** The API's upper bound for a cost, in minor units. */
const MAX_COST = 1_000_000_000

type Row = {
  variant: VariantCosts
  first: boolean
  currency: string
  price: number | null
  cost: VariantCost | null
}

/** One row per variant and currency that has a price or a cost. */
function rowsOf(variants: VariantCosts[]): Row[] {
  const rows: Row[] = []
  for (const v of variants) {
    const currencies = [...new Set([...v.prices.map((p) => p.currency_code), ...v.costs.map((c) => c.currency_code)])].sort()
    if (currencies.length === 0) rows.push({ variant: v, first: true, currency: "", price: null, cost: null })
    currencies.forEach((cur, i) =>
      rows.push({
        variant: v,
        first: i === 0,
        currency: cur,
        price: v.prices.find((p) => p.currency_code === cur)?.amount ?? null,
        cost: v.costs.find((c) => c.currency_code === cur) ?? null,
      })
    )
  }
  return rows
}

const SOURCE: Record<string, string> = { manual: "set by hand", import: "CSV import", seed: "demo data" }

const CostEditor = ({ row, onDone }: { row: Row; onDone: () => void }) => {
  const [value, setValue] = useState(row.cost ? minorToMajorInput(row.cost.amount, row.currency) : "")
  const [error, setError] = useState<string | null>(null)
  const upsert = useUpsertCosts()
  const save = async () => {
    const amount = majorInputToMinor(value, row.currency)
    if (amount == null) {
      setError(`Enter an amount such as ${minorToMajorInput(1250, row.currency)}`)
      return
    }
    if (amount > MAX_COST) {
      setError(`A unit cost can be at most ${formatMoney(MAX_COST, row.currency)}`)
      return
    }
    try {
      await upsert.mutateAsync([{ variant_id: row.variant.variant_id, currency_code: row.currency, amount }])
      toast.success(`Cost of ${row.variant.title ?? row.variant.sku ?? "the variant"} set to ${formatMoney(amount, row.currency)}`)
      onDone()
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <div className="flex flex-col gap-y-1 py-2">
      <div className="flex items-center gap-x-1.5">
        <div className="relative w-[120px]">
          <Input
            size="small"
            autoFocus
            inputMode="decimal"
            aria-label={`Unit cost in ${row.currency.toUpperCase()}`}
            data-testid="cost-input"
            value={value}
            aria-invalid={!!error}
            onChange={(e) => {
              setValue(e.target.value)
              setError(null)
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter") save()
              if (e.key === "Escape") onDone()
            }}
            className="pr-10 text-right tabular-nums"
          />
          <span className="txt-compact-xsmall text-ui-fg-muted pointer-events-none absolute inset-y-0 right-2 flex items-center">
            {row.currency.toUpperCase()}
          </span>
        </div>
        <Button size="small" variant="primary" onClick={save} isLoading={upsert.isPending} data-testid="cost-save">
          Save
        </Button>
        <Button size="small" variant="transparent" onClick={onDone} disabled={upsert.isPending}>
          Cancel
        </Button>
      </div>
      {error && (
        <Text size="xsmall" className="text-ui-fg-error" data-testid="cost-error">
          {error}
        </Text>
      )}
    </div>
  )
}

const keyOf = (row: Row) => `${row.variant.variant_id}:${row.currency}`
const marginOf = (row: Row) => (row.cost && row.price ? (row.price - row.cost.amount) / row.price : null)

/** The product page's unit costs: price, cost and margin per variant and currency, with inline editing. */
export const VariantCostsCard = ({ productId }: { productId: string }) => {
  const { data, isLoading, isError, error } = useProductCosts(productId)
  const remove = useDeleteCost()
  const prompt = usePrompt()
  const [editing, setEditing] = useState<string | null>(null)
  const page = usePagedList(PAGE_SIZE)
  const variants = data?.variants ?? []
  const rows = useMemo(() => rowsOf(variants.slice(page.offset, page.offset + page.limit)), [variants, page.offset])
  const all = useMemo(() => rowsOf(variants), [variants])
  const missing = all.filter((r) => r.currency && !r.cost).length
  const noneSet = all.every((r) => !r.cost)

  const del = async (row: Row) => {
    if (!row.cost) return
    const ok = await prompt({
      title: "Delete this cost?",
      description: `${row.variant.title ?? "The variant"} will have no ${row.currency.toUpperCase()} unit cost; its margin shows as unknown until a cost is set again.`,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (ok) await runWithToast(() => remove.mutateAsync(row.cost!.id), "Cost deleted")
  }

  const columns: Column<Row>[] = [
    {
      key: "variant",
      header: "Variant",
      className: "max-w-[220px] py-2.5",
      cell: (row) => row.first && <TitleCell title={row.variant.title ?? "Untitled variant"} detail={row.variant.sku ?? "no SKU"} />,
    },
    { key: "currency", header: "Currency", className: "uppercase", cell: (row) => row.currency || "–" },
    {
      key: "price",
      header: "Price",
      align: "right",
      className: "text-ui-fg-base",
      cell: (row) => (row.price == null ? <span className="text-ui-fg-muted">no price</span> : formatMoney(row.price, row.currency)),
    },
    {
      key: "cost",
      header: "Unit cost",
      cell: (row) =>
        !row.currency ? (
          <Text size="xsmall" className="text-ui-fg-muted">
            Add a price first
          </Text>
        ) : editing === keyOf(row) ? (
          <CostEditor row={row} onDone={() => setEditing(null)} />
        ) : row.cost ? (
          <Tooltip content={`${SOURCE[row.cost.source] ?? row.cost.source} · ${formatDateTime(row.cost.updated_at)}`}>
            <button
              type="button"
              className="text-ui-fg-base hover:text-ui-fg-interactive txt-compact-small tabular-nums"
              onClick={() => setEditing(keyOf(row))}
              data-testid="cost-value"
            >
              {formatMoney(row.cost.amount, row.currency)}
            </button>
          </Tooltip>
        ) : (
          <div className="flex items-center gap-x-2">
            <Badge size="2xsmall" color="grey">
              No cost
            </Badge>
            <Button size="small" variant="transparent" className="px-1.5" onClick={() => setEditing(keyOf(row))} data-testid="cost-add">
              <Plus /> Add
            </Button>
          </div>
        ),
    },
    {
      key: "margin",
      header: "Margin",
      align: "right",
      cell: (row) => {
        const margin = marginOf(row)
        return margin == null ? (
          <span className="text-ui-fg-muted">–</span>
        ) : (
          <span className={margin < 0 ? "text-ui-fg-error" : "text-ui-fg-base"}>{formatPercent(margin)}</span>
        )
      },
    },
    {
      key: "actions",
      header: "",
      align: "right",
      className: "w-10",
      cell: (row) =>
        row.currency &&
        editing !== keyOf(row) && (
          <DropdownMenu>
            <DropdownMenu.Trigger asChild>
              <IconButton size="small" variant="transparent" aria-label="Cost actions">
                <EllipsisHorizontal />
              </IconButton>
            </DropdownMenu.Trigger>
            <DropdownMenu.Content align="end">
              <DropdownMenu.Item className="gap-x-2" onClick={() => setEditing(keyOf(row))}>
                <PencilSquare className="text-ui-fg-subtle" />
                {row.cost ? "Edit cost" : "Add cost"}
              </DropdownMenu.Item>
              {row.cost && (
                <>
                  <DropdownMenu.Separator />
                  <DropdownMenu.Item className="gap-x-2" onClick={() => del(row)}>
                    <Trash className="text-ui-fg-subtle" />
                    Delete cost
                  </DropdownMenu.Item>
                </>
              )}
            </DropdownMenu.Content>
          </DropdownMenu>
        ),
    },
  ]

  return (
    <SectionCard
      testId="product-costs-widget"
      title="Unit costs"
      subtitle="What one unit costs you, per currency. Finesse uses it for gross margin in Insights."
      actions={
        <CostImportDrawer
          trigger={
            <Button size="small" variant="secondary">
              Import CSV
            </Button>
          }
        />
      }
    >
      {isLoading ? (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : isError ? (
        <ErrorNote prefix="Could not load the costs: " error={error} />
      ) : (
        <>
          {missing > 0 && (
            <div className="bg-ui-bg-subtle px-6 py-2.5">
              <Text size="xsmall" className="text-ui-fg-subtle" data-testid="costs-missing">
                {noneSet
                  ? "No unit cost is set yet, so this product's margin is unknown. Add one per currency below."
                  : `${missing} ${missing === 1 ? "price has" : "prices have"} no unit cost; their margin is unknown.`}
              </Text>
            </div>
          )}
          <DataTable
            columns={columns}
            rows={rows}
            rowKey={keyOf}
            rowTestId="cost-row"
            rowProps={(row) => ({
              className: clx("h-auto", !row.first && "[&>td:first-child]:border-transparent"),
              "data-variant-id": row.variant.variant_id,
              "data-currency": row.currency,
              "data-cost": row.cost?.amount ?? "",
            })}
            pager={page.pager(variants.length)}
            empty={<EmptyNote>This product has no variants yet; costs are set per variant.</EmptyNote>}
          />
        </>
      )}
    </SectionCard>
  )
}
