import type { SourceRecord } from './provenance.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A source's date as people write it: `27 March 2017`, `July 2019`, `2016`. */
export function sourceDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** A record as a reader cites it: publisher, "title", date (each part only when known). */
export function citationOf(record: SourceRecord): string {
  const title = record.title ? `, "${record.title}"` : '';
  const date = record.date ? `, ${sourceDate(record.date)}` : '';
  return `${record.publisher}${title}${date}`;
}

/** A short form for a chart's legend or a list of several: publisher, year. */
export function shortCitationOf(record: SourceRecord): string {
  const year = record.date?.slice(0, 4);
  return year ? `${record.publisher}, ${year}` : record.publisher;
}
