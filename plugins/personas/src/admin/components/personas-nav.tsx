import { clx } from "@medusajs/ui"
import { Link, useLocation } from "react-router-dom"

const TABS = [
  { to: "/finesse/personas", label: "Personas" },
  { to: "/finesse/personas/segments", label: "Segments" },
  { to: "/finesse/personas/surveys", label: "Surveys" },
]

/** Tabs between the personas pages (only the Personas page is in the sidebar). */
export const PersonasNav = () => {
  const { pathname } = useLocation()
  const active = [...TABS].reverse().find((t) => pathname.includes(t.to))?.to
  return (
    <nav className="flex gap-x-1" aria-label="Personas sections">
      {TABS.map((t) => (
        <Link
          key={t.to}
          to={t.to}
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
