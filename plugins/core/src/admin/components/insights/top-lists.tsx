import { Link } from "react-router-dom"
import { DataTable, SectionCard, formatMoney, formatNumber, formatPercent, type Column } from "../../../admin-kit"
import type { TopCategory, TopProduct } from "../../hooks/kpis"

type Row = { key: string; name: string; href?: string; onClick?: () => void; units: number; revenue: number; margin: number }

const columns = (currency: string, noCosts: boolean): Column<Row>[] => [
  {
    key: "name",
    header: "Name",
    className: "max-w-[260px]",
    cell: (r) =>
      r.href ? (
        <Link to={r.href} className="text-ui-fg-base hover:text-ui-fg-interactive block truncate" title={r.name}>
          {r.name}
        </Link>
      ) : r.onClick ? (
        <button
          type="button"
          onClick={r.onClick}
          className="text-ui-fg-base hover:text-ui-fg-interactive block max-w-full truncate text-left"
          title={`Show only ${r.name}`}
        >
          {r.name}
        </button>
      ) : (
        <span className="block truncate" title={r.name}>
          {r.name}
        </span>
      ),
  },
  { key: "units", header: "Units", align: "right", cell: (r) => formatNumber(r.units) },
  { key: "revenue", header: "Revenue", align: "right", className: "text-ui-fg-base", cell: (r) => formatMoney(r.revenue, currency) },
  {
    key: "margin",
    header: "Margin",
    align: "right",
    // without any unit cost the "margin" is just revenue: show it as unknown
    cell: (r) =>
      noCosts ? (
        "–"
      ) : (
        <span className="whitespace-nowrap">
          {formatMoney(r.margin, currency)}
          <span className="text-ui-fg-muted ml-1.5">{r.revenue ? formatPercent(r.margin / r.revenue, 0) : ""}</span>
        </span>
      ),
  },
]

/** Revenue, units and margin of the best sellers; margin "–" when none of the items sold has a unit cost. */
const TopTable = ({
  title,
  subtitle,
  rows,
  currency,
  noCosts,
  testId,
  emptyText,
}: {
  title: string
  subtitle: string
  rows: Row[]
  currency: string
  noCosts: boolean
  testId: string
  emptyText: string
}) => (
  <SectionCard testId={testId} title={title} subtitle={subtitle}>
    <DataTable columns={columns(currency, noCosts)} rows={rows} rowKey={(r) => r.key} rowTestId={`${testId}-row`} empty={emptyText} />
  </SectionCard>
)

export const TopProducts = ({ products, currency, noCosts }: { products: TopProduct[]; currency: string; noCosts: boolean }) => (
  <TopTable
    title="Top products"
    subtitle="By revenue in the range"
    testId="top-products"
    currency={currency}
    noCosts={noCosts}
    emptyText="No products sold in this range."
    rows={products.map((p, i) => ({
      key: p.product_id ?? `deleted-${i}`,
      name: p.title,
      href: p.product_id ? `/products/${p.product_id}` : undefined,
      units: p.units,
      revenue: p.revenue,
      margin: p.margin,
    }))}
  />
)

export const TopCategories = ({
  categories,
  currency,
  noCosts,
  names,
  onSelect,
}: {
  categories: TopCategory[]
  currency: string
  noCosts: boolean
  /** full names ("Men › Accessories") by id, to tell same-named categories apart */
  names: Map<string, string>
  onSelect: (id: string) => void
}) => (
  <TopTable
    title="Top categories"
    subtitle="By revenue in the range; select one to filter the page by it"
    testId="top-categories"
    currency={currency}
    noCosts={noCosts}
    emptyText="No categories sold in this range."
    rows={categories.map((c, i) => ({
      key: c.category_id ?? `none-${i}`,
      name: (c.category_id && names.get(c.category_id)) || c.name,
      onClick: c.category_id ? () => onSelect(c.category_id!) : undefined,
      units: c.units,
      revenue: c.revenue,
      margin: c.margin,
    }))}
  />
)
