/** Today's date in Jakarta (WIB), the portal's reference time zone, as `YYYY-MM-DD`: the reference for "not in the future". */
export function todayInJakarta(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}

/** The reader's own calendar day, `YYYY-MM-DD`, in their device's time zone: the day they print or cite a page. */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
