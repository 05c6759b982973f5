import { Badge, Input, Text } from "@medusajs/ui"
import { DataTable, FilterSelect, SectionCard, TitleCell, formatNumber, formatPercent, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useCategoryHealth, type CategoryAnalysis, type CategoryHealth } from "../hooks/catalog"

const FLAG: Record<string, { label: string; color: "red" | "orange" | "grey" | "blue" }> = {
  empty: { label: "empty", color: "red" },
  overloaded: { label: "overloaded", color: "orange" },
  thin: { label: "thin", color: "blue" },
  deep: { label: "deep", color: "grey" },
  inactive_with_products: { label: "inactive with products", color: "orange" },
}

const COLUMNS: Column<CategoryHealth>[] = [
  { key: "path", header: "Category", cell: (c) => <TitleCell title={c.name} detail={c.path} />, className: "max-w-[300px]" },
  { key: "products", header: "Products", align: "right", cell: (c) => <TitleCell title={formatNumber(c.direct_products)} detail={c.children ? `${formatNumber(c.total_products)} with subcategories` : `${formatNumber(c.products_in_stock)} in stock`} /> },
  {
    key: "flags",
    header: "Flags",
    cell: (c) => (
      <div className="flex flex-wrap gap-1">
        {c.flags.map((f) => (
          <Badge key={f} size="2xsmall" color={FLAG[f]?.color ?? "grey"} data-testid={`flag-${f}`}>
            {FLAG[f]?.label ?? f}
          </Badge>
        ))}
      </div>
    ),
  },
  { key: "views", header: "Views", align: "right", cell: (c) => <span className="tabular-nums">{formatNumber(c.views)}</span> },
  { key: "conversion", header: "Leads to an order", align: "right", cell: (c) => <span className="tabular-nums">{c.sessions ? formatPercent(c.conversion) : "–"}</span> },
  { key: "exit", header: "Sessions leave here", align: "right", cell: (c) => <span className="tabular-nums">{c.sessions ? formatPercent(c.exit_rate) : "–"}</span> },
]

/** Category health: every category with its products, flags and navigation figures; problems first by filter. */
export const CategoryHealthCard = ({ analysis }: { analysis?: CategoryAnalysis | null }) => {
  const list = usePagedList<{ flag?: string; q?: string }>(15, { flag: "any" })
  const { data, error } = useCategoryHealth({ ...list.query, order: "-flags" })
  return (
    <SectionCard
      testId="category-health"
      title="Category health"
      subtitle={analysis ? `${analysis.summary.categories} categories · ${formatNumber(analysis.summary.sessions)} sessions in the last ${analysis.summary.days} days · mean leaf depth ${analysis.summary.mean_leaf_depth}, ${analysis.summary.mean_branching} children per parent` : "Depth, breadth, empty and overloaded categories, and how shoppers move through them"}
      actions={
        <>
          <Input size="small" type="search" placeholder="Search categories" className="w-[180px]" {...list.search("q")} />
          <FilterSelect className="w-[200px]" allLabel="All categories" {...list.select("flag")} options={[{ value: "any", label: "With a problem" }, ...Object.entries(FLAG).map(([value, f]) => ({ value, label: f.label }))]} />
        </>
      }
    >
      <DataTable columns={COLUMNS} rows={data?.categories} error={error} pager={list.pager(data?.count)} rowTestId="category-row" rowProps={(c) => ({ "data-flags": c.flags.join(" ") })} empty={analysis ? "No category has this problem." : "No analysis yet: run “Analyse categories”."} />
    </SectionCard>
  )
}

const KIND = { merge: "blue", split: "orange", move: "purple", reorder: "grey" } as const

/** What to change in the tree, each with its reason. */
export const CategorySuggestions = ({ analysis }: { analysis?: CategoryAnalysis | null }) => (
  <SectionCard testId="category-suggestions" title="Suggested changes" subtitle="Merges of thin categories, splits of overloaded ones, products to add where shoppers look for them, and sibling order by conversion">
    {!analysis?.suggestions.length ? (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {analysis ? "The tree looks healthy: no change to suggest." : "Suggestions appear after the first category analysis."}
      </Text>
    ) : (
      analysis.suggestions.slice(0, 12).map((s, i) => (
        <div key={i} className="flex items-start gap-x-3 px-6 py-3" data-testid="suggestion" data-kind={s.kind}>
          <Badge size="2xsmall" color={KIND[s.kind]}>
            {s.kind}
          </Badge>
          <Text size="small" className="whitespace-normal">
            {s.reason}
          </Text>
        </div>
      ))
    )}
  </SectionCard>
)
