import { inflateSync } from 'node:zlib';

/**
 * The text of each page of a PDF that Chromium printed (Skia's PDF writer), in page order: enough
 * to check what a printed page shows without a PDF library. Skia writes every object uncompressed
 * apart from its streams (Flate), draws text as glyph ids in hex (`<0025…> Tj`) and gives each font
 * a ToUnicode map; that is all this reads. Runs are joined without spaces between them, so callers
 * compare text with whitespace removed.
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const catalog = [...objects.values()].find((object) => /\/Type\s*\/Catalog\b/.test(object.dictionary));
  if (!catalog) throw new Error('PDF without a catalog');
  const pages = pageObjects(objects, reference(catalog.dictionary, 'Pages'));
  return pages.map((page) => pageText(objects, page));
}

interface PdfObject {
  readonly dictionary: string;
  readonly stream?: Buffer;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt === -1) {
      objects.set(Number(match[1]), { dictionary: body });
      continue;
    }
    const dictionary = body.slice(0, streamAt);
    const start = match.index + match[0].indexOf(body) + streamAt + /stream\r?\n/.exec(body.slice(streamAt))![0].length;
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
    const raw = pdf.subarray(start, start + length);
    objects.set(Number(match[1]), { dictionary, stream: /\/FlateDecode/.test(dictionary) ? inflateSync(raw) : raw });
  }
  return objects;
}

function reference(dictionary: string, key: string): number {
  const found = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dictionary);
  if (!found) throw new Error(`PDF object without /${key}: ${dictionary.slice(0, 80)}`);
  return Number(found[1]);
}

function pageObjects(objects: Map<number, PdfObject>, id: number): PdfObject[] {
  const node = objects.get(id)!;
  if (/\/Type\s*\/Page\b/.test(node.dictionary)) return [node];
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dictionary)?.[1] ?? '';
  return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((kid) => pageObjects(objects, Number(kid[1])));
}

function pageText(objects: Map<number, PdfObject>, page: PdfObject): string {
  const fonts = new Map<string, Map<string, string>>();
  const fontList = /\/Font\s*<<([^>]*)>>/.exec(page.dictionary)?.[1] ?? '';
  for (const [, name, id] of fontList.matchAll(/\/(\S+)\s+(\d+) 0 R/g)) {
    const font = objects.get(Number(id))!;
    const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(font.dictionary);
    fonts.set(name!, toUnicode ? unicodeMap(objects.get(Number(toUnicode[1]))!.stream!.toString('latin1')) : new Map());
  }
  const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dictionary)?.[1] ?? '';
  const program = [...contents.matchAll(/(\d+) 0 R/g)].map((id) => objects.get(Number(id[1]))!.stream!.toString('latin1')).join('\n');
  let font = new Map<string, string>();
  let text = '';
  // Operators that matter: `/F4 16 Tf` picks the font, `<…> Tj` and `[<…> 12 <…>] TJ` draw, `ET` ends a block.
  for (const [, fontName, shown, shownArray, blockEnd] of program.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[((?:[^\]])*)\]\s*TJ|\b(ET)\b/g)) {
    if (fontName !== undefined) font = fonts.get(fontName) ?? new Map();
    else if (shown !== undefined) text += decode(shown, font);
    else if (shownArray !== undefined) text += [...shownArray.matchAll(/<([0-9A-Fa-f]*)>/g)].map((part) => decode(part[1]!, font)).join('');
    else if (blockEnd !== undefined) text += '\n';
  }
  return text;
}

function decode(hex: string, font: Map<string, string>): string {
  let text = '';
  for (let at = 0; at + 4 <= hex.length; at += 4) text += font.get(hex.slice(at, at + 4).toUpperCase()) ?? '';
  return text;
}

/** A ToUnicode CMap's `bfchar` and `bfrange` entries, as glyph code (4 hex digits) → text. */
function unicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  const code = (value: number) => value.toString(16).toUpperCase().padStart(4, '0');
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, from, to] of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(from!.toUpperCase(), utf16(to!));
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, to, list] of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g)) {
      const first = parseInt(low!, 16);
      const last = parseInt(high!, 16);
      const targets = list === undefined ? undefined : [...list.matchAll(/<([0-9A-Fa-f]+)>/g)].map((item) => utf16(item[1]!));
      for (let glyph = first; glyph <= last; glyph++) {
        if (targets) map.set(code(glyph), targets[glyph - first] ?? '');
        else {
          const start = parseInt(to!, 16);
          map.set(code(glyph), String.fromCharCode(start + glyph - first));
        }
      }
    }
  }
  return map;
}
