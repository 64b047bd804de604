/**
 * Hostile content bodies, as a contributor could write them in a merge request. Every case must be
 * refused twice over: by `npm run check` naming the file, and by the build's own guard when the
 * check is skipped (tests/hostile-corpus.test.ts). `format` says which kind of file carries it.
 */

export interface HostileBody {
  readonly name: string;
  readonly format: 'md' | 'mdx';
  readonly body: string;
}

const md = (name: string, body: string): HostileBody => ({ name, format: 'md', body });
const mdx = (name: string, body: string): HostileBody => ({ name, format: 'mdx', body });

export const HOSTILE_BODIES: readonly HostileBody[] = [
  // Tags that run code, load other documents or restyle the portal.
  md('script element', 'Teks.\n\n<script>alert(document.domain)</script>\n'),
  md('inline script', 'Teks <script>alert(1)</script> lagi.'),
  md('style element', '<style>main{display:none}</style>\n\nPortal ditutup.'),
  md('meta refresh', '<meta http-equiv="refresh" content="0;url=https://jahat.example/">'),
  md('form posting elsewhere', '<form action="https://jahat.example/"><button>Kirim</button></form>'),
  md('iframe', '<iframe src="https://jahat.example/"></iframe>'),
  md('object', '<object data="/x.swf"></object>'),
  md('embed', '<embed src="/x.swf">'),
  md('stylesheet link', '<link rel="stylesheet" href="https://jahat.example/x.css">'),
  md('base href', '<base href="https://jahat.example/">'),
  md('svg with script', '<svg><script>alert(1)</script></svg>'),
  md('math with style', '<math><mtext><style>main{display:none}</style></mtext></math>'),
  md('textarea swallowing the page', '<textarea>'),
  md('input with autofocus', '<input autofocus onfocus="alert(1)">'),
  md('video', '<video src="/x.mp4" autoplay></video>'),
  md('doctype', '<!DOCTYPE html>'),
  md('portal component in a .md file', '<Callout type="info">Catatan</Callout>'),
  // Attributes that run code or reach into the portal.
  md('onerror on an image', '<img src="/gambar/a.png" alt="" onerror="alert(1)">'),
  md('onclick on a span', '<span onclick="alert(1)">klik</span>'),
  md('ontoggle on details', '<details ontoggle="alert(1)" open><summary>x</summary></details>'),
  md('style attribute', '<div style="position:fixed;inset:0;background:#fff">Portal ditutup</div>'),
  md('id that clobbers a portal script', '<span id="search-config">x</span>'),
  md('class that fakes a portal notice', '<div class="fictional-notice">Data resmi</div>'),
  md('ping on a link', '<a href="https://contoh.go.id" ping="https://jahat.example/">x</a>'),
  md('srcset loading another host', '<img src="/gambar/a.png" alt="" srcset="https://jahat.example/x.png 1x">'),
  md('formaction', '<a href="https://contoh.go.id" formaction="https://jahat.example/">x</a>'),
  md('unquoted event handler', '<img src=a alt=x onerror=alert(1)>'),
  md('event handler on a new line', '<img\nsrc="/gambar/a.png"\nalt=""\nonerror="alert(1)">'),
  // Addresses that run code.
  md('javascript: in an href', '<a href="javascript:alert(1)">x</a>'),
  md('hex character reference in a scheme', '<a href="jav&#x61;script:alert(1)">x</a>'),
  md('decimal character reference in a scheme', '<a href="&#106;avascript:alert(1)">x</a>'),
  md('over-long numeric reference in a scheme', '<a href="&#0000000106;avascript:alert(1)">x</a>'),
  md('tab inside a scheme', '<a href="java&#9;script:alert(1)">x</a>'),
  md('leading spaces before a scheme', '<a href="   javascript:alert(1)">x</a>'),
  md('named colon entity', '<a href="javascript&colon;alert(1)">x</a>'),
  md('vbscript', '<a href="vbscript:msgbox(1)">x</a>'),
  md('data: HTML document', '<a href="data:text/html,<script>alert(1)</script>">x</a>'),
  md('Markdown link with javascript:', '[klik](javascript:alert(1))'),
  md('mixed-case scheme', '[klik](JaVaScRiPt:alert(1))'),
  md('escaped colon', '[klik](javascript\\:alert(1))'),
  md('link definition', '[situs]: javascript:alert(1)\n\n[klik][situs]'),
  md('definition inside a quote', '> [situs]: javascript:alert(1)\n\n[klik][situs]'),
  md('autolink with javascript:', 'Lihat <javascript:alert(1)>.'),
  md('file: address', '[berkas](file:///etc/passwd)'),
  // Images: only files the portal publishes.
  md('data: image', '![peta](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)'),
  md('image from another host', '![peta](https://jahat.example/pelacak.png)'),
  md('protocol-relative image', '![peta](//jahat.example/pelacak.png)'),
  md('backslash image', '![peta](/\\jahat.example/pelacak.png)'),
  md('image path climbing out of the repository', '![peta](../../../../etc/hostname.png)'),
  md('encoded climb', '![peta](/gambar/%2e%2e/%2e%2e/rahasia.png)'),
  md('relative image read from disk by the build', '![peta](peta.png)'),
  md('img tag from another host', '<img src="//jahat.example/x.png" alt="">'),
  // Code in MDX.
  mdx('import', 'import fs from "node:fs"\n\nTeks.'),
  mdx('export', 'export const rahasia = process.env\n\nTeks.'),
  mdx('expression in text', 'Host: {process.env.HOSTNAME}'),
  mdx('expression in a heading', '# Judul {globalThis.x = 1}'),
  mdx('comment expression', '{/* catatan */}\n\nTeks.'),
  mdx('expression block', '{\n  (() => { throw new Error("x") })()\n}'),
  mdx('spread attribute', '<Callout type="info" {...props}>x</Callout>'),
  mdx('expression attribute', '<Callout type={"info"}>x</Callout>'),
  mdx('expression attribute on a tag', '<span title={process.env.USER}>x</span>'),
  mdx('dangerouslySetInnerHTML', '<div dangerouslySetInnerHTML={{ __html: "<img src=x onerror=alert(1)>" }} />'),
  mdx('unknown component', '<Peta lokasi="x" />'),
  mdx('member component', '<Callout.Root type="info">x</Callout.Root>'),
  mdx('namespaced tag', '<svg:script>alert(1)</svg:script>'),
  mdx('fragment', '<>teks</>'),
  mdx('script element', '<script>{"alert(1)"}</script>'),
  mdx('style element', '<style>{"main{display:none}"}</style>'),
  mdx('iframe', '<iframe src="https://jahat.example/" />'),
  mdx('camel-case event handler', '<img src="/gambar/a.png" alt="" onError="alert(1)" />'),
  mdx('javascript: in an href', '<a href="javascript:alert(1)">x</a>'),
  mdx('Markdown link with javascript:', '[klik](javascript:alert(1))'),
  mdx('Figure with javascript:', '<Figure src="javascript:alert(1)" alt="x" />'),
  mdx('Figure climbing out of the repository', '<Figure src="../../../../etc/hostname.png" alt="x" />'),
  mdx('Figure from another host', '<Figure src="https://jahat.example/x.png" alt="x" />'),
  mdx('Figure with an event handler', '<Figure src="/gambar/a.png" alt="x" onLoad="alert(1)" />'),
  mdx('Callout of an unknown type', '<Callout type="resmi">Pengumuman resmi</Callout>'),
  mdx('ProgramRef with a path', '<ProgramRef id="../../rahasia" />'),
  mdx('Figure without alt', '<Figure src="/gambar/a.png" />'),
  mdx('HTML comment', 'Teks <!-- catatan --> lagi.'),
  mdx('unclosed component', '<Callout type="info">\n\nTeks tanpa penutup.'),
];

/**
 * Bodies that are legitimately accepted although they carry markup-like text: a browser reading
 * the output must find the text where it was written (an attribute value, or text) and none of
 * the elements the text spells.
 */
export const ESCAPED_BODIES: readonly (HostileBody & { readonly text: string; readonly spelled: string })[] = [
  { ...md('markup inside a title attribute', '<abbr title="TPA <img src=x onerror=alert(1)>">TPA</abbr> dikelola.'), text: 'TPA <img src=x onerror=alert(1)>', spelled: 'img' },
  { ...md('quotes breaking out of an attribute', `<span title='"><script>alert(1)</script>'>x</span>`), text: '"><script>alert(1)</script>', spelled: 'script' },
  { ...md('entities that spell a tag', 'Tulis &lt;script&gt;alert(1)&lt;/script&gt; sebagai teks.'), text: '<script>alert(1)</script>', spelled: 'script' },
  { ...md('a glossary term inside an attribute', '<span title="SPBE <b>tebal</b>">x</span> lalu SPBE.'), text: 'SPBE <b>tebal</b>', spelled: 'b' },
];
