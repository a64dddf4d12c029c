/**
 * Figures as tables, and tables as files: CSV the way Belgian spreadsheet users open it (semicolon-separated,
 * decimal comma, UTF-8 with a byte-order mark so Excel reads the accents) and XLSX (exceljs). A hidden (suppressed)
 * cell is written as "< 5", never as its value.
 */
import ExcelJS from 'exceljs';
import type { Locale } from '../db/schema';

export type Cell = string | number | null;

export interface Table {
  /** Sheet and file name. */
  title: string;
  columns: { key: string; label: string }[];
  rows: Record<string, Cell>[];
}

/** What a hidden cell says in a file. */
export const HIDDEN = '< 5';

const formatNumber = (value: number, locale: Locale) =>
  locale === 'en' ? String(value) : String(value).replace('.', ',');

function csvField(value: Cell, locale: Locale): string {
  if (value === null) {
    return HIDDEN;
  }
  const text = typeof value === 'number' ? formatNumber(value, locale) : value;
  return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV with a semicolon separator (and for nl-BE a decimal comma), as Belgian Excel expects. */
export function toCsv(table: Table, locale: Locale): string {
  const lines = [
    table.columns.map((c) => csvField(c.label, locale)).join(';'),
    ...table.rows.map((row) => table.columns.map((c) => csvField(row[c.key] ?? null, locale)).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function toXlsx(tables: Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Werkbrug';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
    sheet.columns = table.columns.map((c) => ({
      header: c.label,
      key: c.key,
      width: Math.max(12, c.label.length + 2),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(Object.fromEntries(table.columns.map((c) => [c.key, row[c.key] ?? HIDDEN])));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A file name from a title: lower case, ASCII, dashes. */
export function fileName(title: string, extension: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'export'}.${extension}`;
}
