import { Container, clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link, useLocation } from "react-router-dom"
import { SectionHeader } from "./section"

/** A link of a page's tabs: `to` is an admin route ("/finesse/personas/segments"). */
export type PageTab = { to: string; label: string }

/** Tabs between the pages of one area (only the first is in the sidebar); the longest matching route is active. */
export const PageTabs = ({ tabs, label }: { tabs: readonly PageTab[]; label?: string }) => {
  const { pathname } = useLocation()
  const active = tabs
    .filter((t) => pathname.includes(t.to))
    .sort((a, b) => b.to.length - a.to.length)[0]?.to
  return (
    <nav className="flex gap-x-1" aria-label={label}>
      {tabs.map((t) => (
        <Link
          key={t.to}
          to={t.to}
          aria-current={active === t.to ? "page" : undefined}
          className={clx(
            "txt-compact-small-plus rounded-md px-3 py-1.5 transition-colors",
            active === t.to ? "bg-ui-bg-base shadow-borders-base text-ui-fg-base" : "text-ui-fg-subtle hover:text-ui-fg-base hover:bg-ui-bg-base-hover"
          )}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  )
}

/**
 * The head of a Finesse page: its h1 title, a line on what it shows, tabs to sibling pages and actions on the right.
 * `children` (a filter row, the page's main table) follow in the same card below a divider.
 */
export const PageHeader = ({
  title,
  subtitle,
  busy,
  tabs,
  tabsLabel,
  actions,
  children,
  testId,
}: {
  title: ReactNode
  subtitle?: ReactNode
  busy?: boolean
  tabs?: readonly PageTab[]
  tabsLabel?: string
  actions?: ReactNode
  children?: ReactNode
  testId?: string
}) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <SectionHeader level="h1" title={title} subtitle={subtitle} busy={busy} actions={actions}>
      {tabs && <PageTabs tabs={tabs} label={tabsLabel} />}
    </SectionHeader>
    {children}
  </Container>
)
