import type { Lang } from './lang.ts';

/**
 * Numbers, money, dates and plurals in the reader's language. Pure: pages, data exports, diagrams
 * and the browser's search script all format through here.
 */

/** Built once: creating an Intl formatter costs more than formatting thousands of numbers. */
const RUPIAH: Readonly<Record<Lang, Intl.NumberFormat>> = {
  id: new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }),
};

const NUMBER: Readonly<Record<Lang, Intl.NumberFormat>> = { id: new Intl.NumberFormat('id-ID'), en: new Intl.NumberFormat('en-GB') };

const PLURAL: Readonly<Record<Lang, Intl.PluralRules>> = { id: new Intl.PluralRules('id-ID'), en: new Intl.PluralRules('en-GB') };

/** 1250000 → "1.250.000" in Indonesian, "1,250,000" in English. */
export function formatNumber(value: number, lang: Lang): string {
  return NUMBER[lang].format(value);
}

/** Formats a rupiah amount the Indonesian way: Rp 1.250.000.000. */
export function formatRupiah(amount: number, lang: Lang): string {
  return RUPIAH[lang].format(amount);
}

/**
 * A count with its noun: `counted(3, 'en', { one: 'programme', other: 'programmes' })` → "3 programmes".
 * Indonesian nouns do not change with number, so Indonesian messages pass one form for both.
 */
export function counted(count: number, lang: Lang, forms: { readonly one: string; readonly other: string }): string {
  return `${formatNumber(count, lang)} ${PLURAL[lang].select(count) === 'one' ? forms.one : forms.other}`;
}

/**
 * A file size as people read it: whole KB (rounded up, so one byte over a limit shows, and no file
 * reads as 0 KB), or MB with one decimal. 1 KB = 1024 bytes, as file managers count.
 */
export function formatFileSize(bytes: number, lang: Lang): string {
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) return `${formatNumber(Math.ceil(kilobytes), lang)} KB`;
  return `${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(kilobytes / 1024)} MB`;
}

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `2019-07-09` → "9 Juli 2019"; `2019-10` → "Oktober 2019". Dates are calendar dates, never shifted by time zone. */
export function formatDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-');
  const monthName = MONTHS[lang][Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** `{ start: 2022, end: 2031 }` → "2022–2031"; one year alone when start and end agree. */
export function formatYears(span: { readonly start: number; readonly end: number }): string {
  return span.start === span.end ? String(span.start) : `${span.start}–${span.end}`;
}
