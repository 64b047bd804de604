import { Tokenizer, type Token } from 'parse5';
import { escapeHtmlAttribute, escapeHtmlText } from '../../escape.ts';
import { shorten, type BodyRuleId, type Finding } from './messages.ts';
import { ALLOWED_TAG_SET, COMPONENTS, ELEMENT_ATTRIBUTES, FORBIDDEN_TAGS, GLOBAL_ATTRIBUTES, own, urlRule, urlScheme } from './policy.ts';

/**
 * Raw HTML in a Markdown body, judged and rebuilt from the tokens a browser reads.
 *
 * Markdown passes raw HTML through untouched, and the parser hands it over as strings (one per
 * inline tag, one per HTML block). Each string is tokenised by parse5, which follows the HTML
 * standard's tokenizer, so a tag, an attribute value or a comment is read here exactly as the
 * reader's browser reads it. Nothing of the original string reaches the page: the output is
 * written anew from the tokens — allowed tags with allowed, escaped attributes, and escaped text;
 * comments are dropped. So even a string that ends inside a tag or a comment cannot carry its
 * state into the rest of the page, and an attribute value can never become markup.
 */

const VOID_ELEMENTS: ReadonlySet<string> = new Set(['br', 'col', 'img', 'wbr', 'hr']);

/** Tokenizer errors that mean the author's tag or comment is not what it looks like. */
const MALFORMED: Readonly<Record<string, BodyRuleId>> = {
  'eof-in-tag': 'tag-malformed',
  'eof-in-comment': 'comment-malformed',
  'nested-comment': 'comment-malformed',
  'incorrectly-closed-comment': 'comment-malformed',
};

export interface SanitisedHtml {
  /** The HTML to publish, written from the allowed tokens only. */
  readonly html: string;
  /** Offsets are within the raw string. */
  readonly findings: readonly Finding[];
  /** `src` of every `<img>`, for the image checks of the caller. */
  readonly images: readonly { readonly offset: number; readonly src: string }[];
}

export function sanitiseRawHtml(raw: string): SanitisedHtml {
  const findings: Finding[] = [];
  const images: { offset: number; src: string }[] = [];
  let html = '';
  const add = (offset: number, rule: BodyRuleId, values?: Finding['values']): void => {
    findings.push(values ? { offset, rule, values } : { offset, rule });
  };
  const offsetOf = (token: Token.Token): number => token.location?.startOffset ?? 0;

  const startTag = (token: Token.TagToken): void => {
    const at = offsetOf(token);
    const tag = token.tagName;
    // The tokenizer lowers names; a component written in a .md file keeps its capital here.
    const asWritten = /^<([A-Za-z][^\s/>]*)/.exec(raw.slice(at))?.[1] ?? tag;
    if (own(COMPONENTS, asWritten)) return add(at, 'component-in-md', { name: asWritten });
    if (FORBIDDEN_TAGS.has(tag)) return add(at, 'tag-forbidden', { tag });
    if (!ALLOWED_TAG_SET.has(tag)) return add(at, 'tag-not-allowed', { tag });
    const allowed = [...(ELEMENT_ATTRIBUTES[tag] ?? []), ...GLOBAL_ATTRIBUTES];
    let written = `<${tag}`;
    for (const attribute of token.attrs) {
      const where = token.location?.attrs?.[attribute.name]?.startOffset ?? at;
      const name = attribute.name;
      let rule: BodyRuleId | undefined;
      if (/^on/.test(name)) rule = 'attribute-event-handler';
      else if (name === 'style') rule = 'attribute-style';
      else if (!allowed.includes(name)) rule = 'attribute-not-allowed';
      else if (tag === 'a' && name === 'href') rule = urlRule(attribute.value, 'link');
      else if (tag === 'img' && name === 'src') {
        rule = urlRule(attribute.value, 'image');
        if (!rule) images.push({ offset: where, src: attribute.value });
      }
      if (rule) {
        add(where, rule, { attribute: name, tag, allowed: allowed.join(', '), url: shorten(attribute.value.trim()), scheme: urlScheme(attribute.value) ?? '' });
        continue;
      }
      written += ` ${name}="${escapeHtmlAttribute(attribute.value)}"`;
    }
    html += `${written}>`;
  };

  const handler = {
    onStartTag: startTag,
    onEndTag: (token: Token.TagToken) => {
      // A closing tag of something refused was reported at its start; alone it is dropped.
      if (ALLOWED_TAG_SET.has(token.tagName) && !VOID_ELEMENTS.has(token.tagName)) html += `</${token.tagName}>`;
    },
    onCharacter: (token: Token.CharacterToken) => {
      html += escapeHtmlText(token.chars);
    },
    onWhitespaceCharacter: (token: Token.CharacterToken) => {
      html += token.chars;
    },
    onNullCharacter: () => undefined,
    onComment: () => undefined,
    onDoctype: (token: Token.DoctypeToken) => add(offsetOf(token), 'html-special'),
    onEof: () => undefined,
    onParseError: (error: { code: string; startOffset: number }) => {
      const rule = MALFORMED[error.code];
      if (rule) add(error.startOffset, rule, { tag: /^<\/?([^\s/>]*)/.exec(raw.slice(raw.lastIndexOf('<', error.startOffset)))?.[1] ?? '' });
    },
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(raw, true);
  return { html, findings, images };
}
