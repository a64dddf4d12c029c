/**
 * PDF documents with pdfmake, set up once: its bundled Roboto fonts, and no access to URLs or to any other local
 * file, so a document definition built from user data cannot make the server read or fetch anything.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);
const fonts = require('pdfmake/fonts/Roboto.js') as Record<string, Record<string, string>>;
const fontDir = path.dirname(fonts.Roboto!.normal!);
pdfmake.setFonts(fonts);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((p: string) => path.resolve(p).startsWith(fontDir));

export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}

/** 2026-09-01 → 01/09/2026, as dates are written in Belgium. */
export const belgianDate = (iso: string) => iso.split('-').reverse().join('/');
