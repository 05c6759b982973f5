// Promised delivery instants. All in UTC: a store that promises in local time passes its cut-off in UTC hours.
const DAY = 86_400_000

function startOfDayUtc(ms: number): number {
  return Math.floor(ms / DAY) * DAY
}

const isWeekend = (ms: number) => {
  const wd = new Date(ms).getUTCDay()
  return wd === 0 || wd === 6
}

/** The day the parcel leaves: today before the cut-off hour, else the next day; never a Saturday or Sunday. */
export function handOverDay(now: number, cutoffHour: number): number {
  let day = startOfDayUtc(now)
  if (now - day >= cutoffHour * 3_600_000) day += DAY
  while (isWeekend(day)) day += DAY
  return day
}

/** Carrier promise: hand-over day + transit business days, by the end of that day (23:59:59 UTC). */
export function carrierPromise(now: number, cutoffHour: number, transitDays: number): number {
  let day = handOverDay(now, cutoffHour)
  for (let k = 0; k < transitDays; k++) {
    day += DAY
    while (isWeekend(day)) day += DAY
  }
  return day + DAY - 1000
}

/** The own fleet's delivery day: order day (+1 after the cut-off) + delivery days, skipping Sundays. */
export function ownFleetDay(now: number, cutoffHour: number, deliveryDays: number): number {
  let day = startOfDayUtc(now)
  if (now - day >= cutoffHour * 3_600_000) day += DAY
  day += deliveryDays * DAY
  while (new Date(day).getUTCDay() === 0) day += DAY
  return day
}

/** Own-fleet promise: the end of the driver's shift on the delivery day. */
export function ownFleetPromise(now: number, cutoffHour: number, deliveryDays: number, shiftEndMin: number): number {
  return ownFleetDay(now, cutoffHour, deliveryDays) + shiftEndMin * 60_000
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}
