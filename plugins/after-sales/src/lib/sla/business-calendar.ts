import { z } from "@medusajs/framework/zod"
import { formatIsoDate, isValidTimeZone, localDay, parseIsoDate, weekdayOfDay, zonedInstant } from "./zoned-time"

export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** "09:00".."17:30"; close may be "24:00" (open until midnight). */
export type OpeningSpan = { open: string; close: string }

export type Holiday = { date: string; name?: string; /** special hours that day; absent or [] = closed */ hours?: OpeningSpan[] }

/**
 * Business hours as an admin edits them: opening spans per weekday in the zone's wall time, holidays and
 * special days by local date. A weekday that is missing or [] is closed.
 */
export type BusinessCalendarDefinition = {
  timeZone: string
  weekly: Partial<Record<Weekday, OpeningSpan[]>>
  holidays?: Array<string | Holiday>
}

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/
const spanSchema = z.object({ open: z.string().regex(HHMM, "expected HH:MM"), close: z.string().regex(HHMM, "expected HH:MM") }).strict()

/** The zod schema of a calendar definition (for the admin's editor); `compileCalendar` checks the rest. */
export const businessCalendarSchema = z
  .object({
    timeZone: z.string().min(1),
    weekly: z.object(Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(spanSchema).optional()])) as Record<Weekday, z.ZodOptional<z.ZodArray<typeof spanSchema>>>).strict(),
    holidays: z
      .array(z.union([z.string(), z.object({ date: z.string(), name: z.string().optional(), hours: z.array(spanSchema).optional() }).strict()]))
      .optional(),
  })
  .strict()

function minutesOf(hhmm: string): number {
  return +hhmm.slice(0, 2) * 60 + +hhmm.slice(3, 5)
}

/** Opening intervals as minute-of-day pairs, checked: each open < close, sorted, not overlapping. */
function compileSpans(spans: OpeningSpan[] | undefined, where: string): Int32Array {
  const list = (spans ?? []).map((s) => {
    if (!HHMM.test(s.open) || !HHMM.test(s.close)) throw new RangeError(`${where}: expected HH:MM, got ${s.open}-${s.close}`)
    const a = minutesOf(s.open)
    const b = minutesOf(s.close)
    if (a >= b) throw new RangeError(`${where}: opening ${s.open} is not before closing ${s.close}`)
    return [a, b] as const
  })
  list.sort((x, y) => x[0] - y[0])
  for (let i = 1; i < list.length; i++) {
    if (list[i][0] < list[i - 1][1]) throw new RangeError(`${where}: opening spans overlap`)
  }
  return Int32Array.from(list.flat())
}

/**
 * A compiled calendar: opening intervals as instants per local civil day, computed once per day and cached,
 * so an SLA job over thousands of cases pays for the zone arithmetic once per day, not once per case.
 */
export class BusinessCalendar {
  readonly timeZone: string
  /** True when no weekday has opening hours: business time never elapses. */
  readonly neverOpen: boolean
  private readonly weekly: Int32Array[]
  private readonly special = new Map<number, Int32Array>()
  private readonly cache = new Map<number, Float64Array>()

  constructor(def: BusinessCalendarDefinition) {
    if (!isValidTimeZone(def.timeZone)) throw new RangeError(`unknown time zone: ${JSON.stringify(def.timeZone)}`)
    this.timeZone = def.timeZone
    for (const key of Object.keys(def.weekly)) {
      if (!(WEEKDAYS as readonly string[]).includes(key)) throw new RangeError(`unknown weekday: ${JSON.stringify(key)} (use ${WEEKDAYS.join(", ")})`)
    }
    this.weekly = WEEKDAYS.map((d) => compileSpans(def.weekly[d], d))
    for (const h of def.holidays ?? []) {
      const holiday = typeof h === "string" ? { date: h } : h
      const day = parseIsoDate(holiday.date)
      if (this.special.has(day)) throw new RangeError(`holiday ${holiday.date} is listed twice`)
      this.special.set(day, compileSpans(holiday.hours, `holiday ${holiday.date}`))
    }
    this.neverOpen = this.weekly.every((w) => w.length === 0)
  }

  /** Opening spans of a civil day as minute-of-day pairs (holidays and special days applied). */
  spansOn(day: number): Int32Array {
    return this.special.get(day) ?? this.weekly[weekdayOfDay(day)]
  }

  /**
   * Opening intervals of a local civil day as instants [start0, end0, start1, end1, ...], in order. On a DST
   * day an interval across the jump is an hour shorter or longer in real time, as it is for the staff.
   */
  intervalsOn(day: number): Float64Array {
    let iv = this.cache.get(day)
    if (iv) return iv
    const spans = this.spansOn(day)
    iv = new Float64Array(spans.length)
    for (let i = 0; i < spans.length; i++) iv[i] = zonedInstant(this.timeZone, day, spans[i])
    if (this.cache.size >= 8192) this.cache.clear()
    this.cache.set(day, iv)
    return iv
  }

  /** The local civil day an instant falls on. */
  dayOf(instant: number): number {
    return localDay(this.timeZone, instant)
  }

  isOpenAt(instant: number): boolean {
    const iv = this.intervalsOn(this.dayOf(instant))
    for (let i = 0; i < iv.length; i += 2) if (instant >= iv[i] && instant < iv[i + 1]) return true
    return false
  }

  /** The first opening instant at or after `instant` (within ~10 years), or null when the calendar never opens. */
  nextOpening(instant: number): number | null {
    if (this.neverOpen && this.special.size === 0) return null
    const first = this.dayOf(instant)
    for (let day = first; day < first + 3660; day++) {
      const iv = this.intervalsOn(day)
      for (let i = 0; i < iv.length; i += 2) {
        if (iv[i + 1] > instant) return Math.max(iv[i], instant)
      }
    }
    return null
  }

  /** Days listed as holidays or special days, for display. */
  holidayDates(): string[] {
    return [...this.special.keys()].sort((a, b) => a - b).map(formatIsoDate)
  }
}

/** Validates and compiles a calendar definition; throws RangeError naming the first problem. */
export function compileCalendar(def: BusinessCalendarDefinition): BusinessCalendar {
  return new BusinessCalendar(def)
}

/** Same check as compileCalendar, as a list of messages for an editor (empty when valid). */
export function validateCalendar(def: unknown): string[] {
  const parsed = businessCalendarSchema.safeParse(def)
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".") || "calendar"}: ${i.message}`)
  try {
    new BusinessCalendar(parsed.data as BusinessCalendarDefinition)
    return []
  } catch (e) {
    if (e instanceof RangeError) return [e.message]
    throw e
  }
}
