import { Text } from "@medusajs/ui"
import { DataTable, SectionCard, TitleCell, formatNumber, formatPercent, usePagedList, type Column } from "@finesse/core/admin-kit"
import type { Gaps } from "../hooks/catalog"

type SearchGap = Gaps["searches"][number]
type ThinCategory = Gaps["categories"][number]

const SEARCH_COLUMNS: Column<SearchGap>[] = [
  { key: "query", header: "Searched term", cell: (g) => <Text size="small" weight="plus">“{g.query}”</Text> },
  { key: "searches", header: "Searches", align: "right", cell: (g) => <span className="tabular-nums">{formatNumber(g.searches)}</span> },
  { key: "zero", header: "Found nothing", align: "right", cell: (g) => <span className="tabular-nums">{formatPercent(g.zeroShare, 0)}</span> },
  { key: "mean", header: "Mean results", align: "right", cell: (g) => <span className="tabular-nums">{formatNumber(g.meanResults, 1)}</span> },
]

const THIN_COLUMNS: Column<ThinCategory>[] = [
  { key: "path", header: "Category", cell: (c) => <TitleCell title={c.path} /> },
  { key: "views", header: "Views", align: "right", cell: (c) => <span className="tabular-nums">{formatNumber(c.views)}</span> },
  { key: "stock", header: "Products in stock", align: "right", cell: (c) => <span className="tabular-nums">{formatNumber(c.productsInStock)}</span> },
  { key: "ratio", header: "Views per product vs median", align: "right", cell: (c) => <span className="tabular-nums">{c.ratioToMedian === null ? "no stock" : `${formatNumber(c.ratioToMedian, 1)}×`}</span> },
]

/** Gaps in the range: what shoppers search for and do not find, and categories they view with little to buy. */
export const GapsCard = ({ gaps }: { gaps?: Gaps }) => {
  const list = usePagedList(10)
  const rows = gaps?.searches.slice(list.offset, list.offset + list.limit)
  return (
    <SectionCard testId="search-gaps" title="Gaps: searched, not found" subtitle="Terms searched at least 3 times that return nothing (or almost nothing) most of the time: products to add, or words to add to existing products">
      <DataTable columns={SEARCH_COLUMNS} rows={gaps ? rows : undefined} rowKey={(g) => g.query} pager={list.pager(gaps?.searches.length)} rowTestId="search-gap-row" rowProps={(g) => ({ "data-query": g.query })} empty="No search comes back empty often enough to count as a gap." />
      {!!gaps?.categories.length && <DataTable columns={THIN_COLUMNS} rows={gaps.categories.slice(0, 10)} rowKey={(c) => c.categoryId} rowTestId="thin-category-row" />}
    </SectionCard>
  )
}
