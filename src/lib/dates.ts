/** Today's date in Jakarta (WIB), the portal's reference time zone, as `YYYY-MM-DD`: the reference for "not in the future". */
export function todayInJakarta(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}
