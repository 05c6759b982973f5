import { Skeleton, Table, Text, clx } from "@medusajs/ui"
import { useState, type ChangeEvent, type ReactNode } from "react"
import { EmptyNote, ErrorNote } from "./empty-state"

/** Where an offset-paged list stands: what DataTable's pager needs. */
export type Pager = { count: number; offset: number; pageSize: number; onOffset: (offset: number) => void }

type Filters = Record<string, string | undefined>

/**
 * The state of an offset-paged list and its filters: spread `query` into the list hook, hand `pager(count)` to
 * DataTable, and wire filters with `select(key)` (a FilterSelect) or `search(key)` (a search Input); any filter
 * change goes back to the first page. Pages a client-side list too (`rows.slice(offset, offset + limit)`).
 */
export function usePagedList<F extends Filters = Filters>(pageSize = 20, initial: F = {} as F) {
  const [offset, setOffset] = useState(0)
  const [filters, setFilters] = useState<F>(initial)
  const set = (patch: Partial<F>) => {
    setFilters((f) => ({ ...f, ...patch }))
    setOffset(0)
  }
  return {
    filters,
    set,
    offset,
    limit: pageSize,
    query: { ...filters, limit: pageSize, offset },
    reset: () => setOffset(0),
    pager: (count: number | undefined): Pager | undefined => (count == null ? undefined : { count, offset, pageSize, onOffset: setOffset }),
    select: (key: keyof F & string) => ({ value: filters[key], onChange: (v: string | undefined) => set({ [key]: v } as Partial<F>) }),
    search: (key: keyof F & string) => ({
      value: filters[key] ?? "",
      onChange: (e: ChangeEvent<HTMLInputElement>) => set({ [key]: e.target.value || undefined } as Partial<F>),
    }),
  }
}

export type Column<T> = {
  key: string
  header: ReactNode
  cell: (row: T, index: number) => ReactNode
  align?: "left" | "right"
  /** classes of this column's cells (a width, `max-w-[260px]`, `whitespace-normal`, a colour) */
  className?: string
}

/** Attributes of a row: data-* for tests and styling hooks, a class. */
export type RowAttributes = { className?: string } & { [data: `data-${string}`]: string | number | boolean | null | undefined }

export type DataTableProps<T> = {
  columns: readonly Column<T>[]
  rows: readonly T[] | undefined
  /** the React key of a row; the row's `id` by default */
  rowKey?: (row: T, index: number) => string
  /** paging footer (from usePagedList); none for a list that is shown whole */
  pager?: Pager
  /** skeleton rows; by default while `rows` is undefined (the list has not loaded) */
  isLoading?: boolean
  /** the list's failed query (react-query's `error`): its message instead of the table */
  error?: unknown
  /** shown instead of rows when there are none: a text, or an EmptyNote with a title */
  empty?: ReactNode
  rowTestId?: string
  rowProps?: (row: T, index: number) => RowAttributes
  onRowClick?: (row: T) => void
}

/**
 * A list as a table: columns, rows, a loading skeleton, and a pager (offset-based, as every Finesse list route
 * answers `{ …, count, offset, limit }`). Without rows it shows the `empty` note instead of the table.
 */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  pager,
  isLoading = rows === undefined,
  error,
  empty = "Nothing to show yet",
  rowTestId,
  rowProps,
  onRowClick,
}: DataTableProps<T>) {
  const list = rows ?? []
  if (error) return <ErrorNote prefix="Could not load the list: " error={error} />
  // like the dashboard's own lists: no rows, no header, just the note that says why
  if (!isLoading && !list.length) {
    return (
      <>
        {typeof empty === "string" ? <EmptyNote>{empty}</EmptyNote> : empty}
        {pager && <TablePager {...pager} />}
      </>
    )
  }
  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            {columns.map((c) => (
              <Table.HeaderCell key={c.key} className={clx(c.align === "right" && "text-right")}>
                {c.header}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {isLoading && !list.length
            ? [0, 1, 2].map((i) => (
                <Table.Row key={`skeleton-${i}`}>
                  {columns.map((c) => (
                    <Table.Cell key={c.key}>
                      <Skeleton className="h-4 w-full" />
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))
            : list.map((row, i) => {
                const { className, ...attributes } = rowProps?.(row, i) ?? {}
                return (
                  <Table.Row
                    key={rowKey ? rowKey(row, i) : String((row as { id?: unknown }).id ?? i)}
                    data-testid={rowTestId}
                    {...attributes}
                    className={clx(onRowClick && "cursor-pointer", className)}
                    onClick={onRowClick ? () => onRowClick(row) : undefined}
                  >
                    {columns.map((c) => (
                      <Table.Cell key={c.key} className={clx(c.align === "right" && "text-right tabular-nums", c.className)}>
                        {c.cell(row, i)}
                      </Table.Cell>
                    ))}
                  </Table.Row>
                )
              })}
        </Table.Body>
      </Table>
      {pager && <TablePager {...pager} />}
    </>
  )
}

/** The paging footer of every list: "1 – 20 of 130" with previous/next, offset-based. Hidden for one page. */
export const TablePager = ({ count, offset, pageSize, onOffset }: Pager) => {
  if (count <= pageSize && offset === 0) return null
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  const page = Math.floor(offset / pageSize)
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={page}
      pageCount={pageCount}
      canPreviousPage={page > 0}
      canNextPage={page + 1 < pageCount}
      previousPage={() => onOffset(Math.max(0, offset - pageSize))}
      nextPage={() => onOffset(offset + pageSize)}
    />
  )
}

/** A cell of two lines: what the row is, and a muted detail under it (an id, a key, what it does). */
export const TitleCell = ({ title, detail, mono }: { title: ReactNode; detail?: ReactNode; mono?: boolean }) => (
  <div className="flex flex-col">
    <Text size="small" weight="plus" className="text-ui-fg-base">
      {title}
    </Text>
    {detail && (
      <Text size="xsmall" className={clx("text-ui-fg-subtle whitespace-normal", mono && "font-mono")}>
        {detail}
      </Text>
    )}
  </div>
)
