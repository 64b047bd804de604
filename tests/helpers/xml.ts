/**
 * Problems that would stop an XML parser, found without one (for the Atom feeds' unit and
 * built-site tests): a declaration first, one root
 * element, tags closed in order, attributes quoted, and no raw `<` or `&` in text or attributes.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  if (!xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')) problems.push('no XML declaration first');
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const rawAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const stack: string[] = [];
  let roots = 0;
  const tokens = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const [, closing, name = '', attributes = '', selfClosing, text, stray] of body.matchAll(tokens)) {
    if (stray !== undefined) {
      problems.push(`raw < or malformed tag near ${stack.join('>')}`);
    } else if (text !== undefined) {
      if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root: ${text.trim().slice(0, 20)}`);
      if (rawAmpersand.test(text)) problems.push(`raw & in text of <${stack.at(-1)}>`);
    } else if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
    } else {
      if (rawAmpersand.test(attributes)) problems.push(`raw & in an attribute of <${name}>`);
      if (stack.length === 0) roots += 1;
      if (!selfClosing) stack.push(name);
    }
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
