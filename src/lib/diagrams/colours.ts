import { DARK_PALETTE, DIAGRAM_PALETTE } from './config.ts';

/**
 * Diagrams follow the reader's colour scheme. Mermaid draws with fixed colours (it derives shades
 * from the theme's colours, so it cannot be handed CSS variables), so after drawing every colour
 * in the SVG, in its stylesheet and in colour attributes, becomes a custom property of the SVG's
 * root: its drawn value by default, and under `prefers-color-scheme: dark` its dark counterpart.
 * Both rules join the SVG's own stylesheet, whose hash the page's CSP allows like the rest of it
 * (svg.ts), so no style attribute is needed.
 *
 * Dark counterparts: our palette's colours have hand-picked ones (DARK_PALETTE, config.ts); every
 * other colour (Mermaid's derived shades, an author's `style` colours) gets its lightness mirrored,
 * hue kept, so light fills become dark fills and dark text light text, with the same contrast
 * between them give or take (tests/diagrams/render.test.ts measures text contrast in both schemes).
 */

/** A colour as written in CSS or an SVG attribute: hex, rgb(a), hsl(a) or a plain grey name. */
const COLOUR = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])|\b(?:rgba?|hsla?)\([^()]*\)|\b(?:black|white|gr[ae]y|lightgr[ae]y|darkgr[ae]y|silver)\b/gi;
/** One declaration of a stylesheet: what follows `{` or `;` up to the next `;` or brace. */
const DECLARATION = /([{;]\s*)([a-z-]+\s*:)([^;{}]*)/gi;
const COLOUR_ATTRIBUTE = /(\s(?:fill|stroke|stop-color|flood-color|lighting-color|color)\s*=\s*")([^"]*)(")/gi;

const NAMED: Readonly<Record<string, string>> = {
  black: '#000000', white: '#ffffff', gray: '#808080', grey: '#808080', lightgray: '#d3d3d3', lightgrey: '#d3d3d3',
  darkgray: '#a9a9a9', darkgrey: '#a9a9a9', silver: '#c0c0c0',
};

const HAND_PICKED = new Map<string, string>(
  (Object.keys(DIAGRAM_PALETTE) as (keyof typeof DIAGRAM_PALETTE)[]).map((key) => [DIAGRAM_PALETTE[key], DARK_PALETTE[key]]),
);

export interface ThemedColours {
  readonly svg: string;
  /** Rules for the SVG's stylesheet: the properties' light values, then their dark ones. */
  readonly rules: readonly string[];
}

/** `svg` with its colours as `var(--dc<n>)` and the rules that give them values, on `#<id>`. */
export function themedColours(svg: string, id: string): ThemedColours {
  const properties = new Map<string, string>();
  const variable = (colour: string) => {
    const key = colour.toLowerCase().replace(/\s+/g, ' ');
    let name = properties.get(key);
    if (!name) properties.set(key, (name = `--dc${properties.size}`));
    return `var(${name})`;
  };
  const inValue = (value: string) => value.replace(COLOUR, variable);
  const themed = svg
    .replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi, (_, open: string, css: string, close: string) => {
      return `${open}${css.replace(DECLARATION, (_declaration, before: string, property: string, value: string) => `${before}${property}${inValue(value)}`)}${close}`;
    })
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(COLOUR_ATTRIBUTE, (_attribute, open: string, value: string, close: string) => `${open}${inValue(value)}${close}`));
  if (properties.size === 0) return { svg, rules: [] };
  const light = [...properties].map(([colour, name]) => `${name}:${colour}`).join(';');
  const dark = [...properties].map(([colour, name]) => `${name}:${darkCounterpart(colour)}`).join(';');
  // Screen only: a printout is on white paper whatever the screen's scheme.
  return { svg: themed, rules: [`#${id}{${light}}`, `@media screen and (prefers-color-scheme:dark){#${id}{${dark}}}`] };
}

/** The dark-scheme colour for `colour` (lower case); a value it cannot read is kept. */
export function darkCounterpart(colour: string): string {
  const rgba = parseColour(colour);
  if (!rgba) return colour;
  const [r, g, b, alpha] = rgba;
  const hand = HAND_PICKED.get(hex(r, g, b));
  if (hand && alpha === 1) return hand;
  const [hue, saturation, lightness] = toHsl(r, g, b);
  // White becomes the page's dark surface (about 10 % lightness), black a light grey (92 %).
  const mirrored = 0.1 + (1 - lightness) * 0.82;
  const [dr, dg, db] = fromHsl(hue, saturation * 0.85, mirrored);
  return alpha === 1 ? hex(dr, dg, db) : `rgba(${dr},${dg},${db},${alpha})`;
}

/** Red, green, blue (0–255) and alpha (0–1), or undefined for what is not a plain colour. */
function parseColour(colour: string): [number, number, number, number] | undefined {
  const named = NAMED[colour];
  if (named) return parseColour(named);
  if (colour.startsWith('#')) {
    const digits = colour.length <= 5 ? [...colour.slice(1)].map((digit) => digit + digit) : colour.slice(1).match(/../g)!;
    const [r, g, b, a = 255] = digits.map((pair) => Number.parseInt(pair, 16));
    return [r!, g!, b!, Math.round((a / 255) * 1000) / 1000];
  }
  const functional = /^(rgba?|hsla?)\(([^()]*)\)$/.exec(colour);
  if (!functional) return undefined;
  const parts = functional[2]!.split(/[,/]|\s+(?=[\d.])/).map((part) => part.trim()).filter(Boolean);
  const numbers = parts.map((part) => (part.endsWith('%') ? Number.parseFloat(part) / 100 : Number.parseFloat(part)));
  if (numbers.length < 3 || numbers.some(Number.isNaN)) return undefined;
  const alpha = numbers[3] ?? 1;
  if (functional[1]!.startsWith('rgb')) {
    // Percentages were divided above; rgb() channels written as percentages are of 255.
    const channel = (index: number) => Math.round(parts[index]!.endsWith('%') ? numbers[index]! * 255 : numbers[index]!);
    return [channel(0), channel(1), channel(2), alpha];
  }
  const [r, g, b] = fromHsl(numbers[0]!, numbers[1]!, numbers[2]!);
  return [r, g, b, alpha];
}

function hex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((channel) => Math.min(255, Math.max(0, Math.round(channel))).toString(16).padStart(2, '0')).join('')}`;
}

function toHsl(r: number, g: number, b: number): [number, number, number] {
  const [red, green, blue] = [r / 255, g / 255, b / 255];
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const lightness = (max + min) / 2;
  if (max === min) return [0, 0, lightness];
  const delta = max - min;
  const saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min);
  const hue = max === red ? (green - blue) / delta + (green < blue ? 6 : 0) : max === green ? (blue - red) / delta + 2 : (red - green) / delta + 4;
  return [hue * 60, saturation, lightness];
}

function fromHsl(hue: number, saturation: number, lightness: number): [number, number, number] {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    return Math.round((lightness - chroma / 2 * Math.max(-1, Math.min(k - 3, 9 - k, 1))) * 255);
  };
  return [channel(0), channel(8), channel(4)];
}
