// Markdown for display never carries active content: raw HTML is escaped, dangerous links are dropped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasUnsafeHtml, renderMarkdown } from './markdown.ts';

/** No element that runs script, no event handler attribute, no script-capable URL in an attribute. */
function assertInert(html: string) {
  assert.doesNotMatch(
    html,
    /<(script|img|iframe|object|embed|svg|style|form|input|a\s+href="javascript)/i,
    html,
  );
  assert.doesNotMatch(html, /<[^>]+\son\w+\s*=/i, html);
  assert.doesNotMatch(html, /(href|src)\s*=\s*"\s*(javascript|vbscript|data|file):/i, html);
}

test('Markdown renders: emphasis, lists, links with rel="nofollow noopener", bare URLs linked', () => {
  const html = renderMarkdown(
    'Le **budget**:\n\n- recettes\n- [dépenses](https://finances.gov.ma/x)\n\nVoir https://data.gov.ma',
  );
  assert.match(html, /<strong>budget<\/strong>/);
  assert.match(html, /<li>recettes<\/li>/);
  assert.match(html, /<a href="https:\/\/finances.gov.ma\/x" rel="nofollow noopener">dépenses<\/a>/);
  assert.match(html, /<a href="https:\/\/data.gov.ma" rel="nofollow noopener">https:\/\/data.gov.ma<\/a>/);
  assert.match(
    renderMarkdown('[a](/fr/datasets) [m](mailto:x@y.ma)'),
    /href="\/fr\/datasets".*href="mailto:x@y.ma"/,
  );
});

test('raw HTML is escaped, never rendered', () => {
  const cases = {
    '<script>alert(1)</script>': '&lt;script&gt;alert(1)&lt;/script&gt;',
    '<img src=x onerror=alert(1)>': '&lt;img src=x onerror=alert(1)&gt;',
    '<a href="javascript:alert(1)">x</a>': '&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;',
    '<iframe src="https://evil.example"></iframe>': '&lt;iframe',
    '<svg onload=alert(1)>': '&lt;svg onload=alert(1)&gt;',
  };
  for (const [input, escaped] of Object.entries(cases)) {
    const html = renderMarkdown(input);
    assert.ok(html.includes(escaped), `${input} → ${html}`);
    assertInert(html);
  }
  assertInert(renderMarkdown('<div>\n<script>alert(1)</script>\n</div>'));
  assertInert(renderMarkdown('```html\n<script>alert(1)</script>\n```'));
});

test('javascript:, vbscript:, data: and file: links produce no link', () => {
  for (const input of [
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](  javascript:alert(1) )',
    '[x](java&#115;cript:alert(1))',
    '[x](javascript&colon;alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
    '[x](file:///etc/passwd)',
    '<javascript:alert(1)>',
    '[ref][r]\n\n[r]: javascript:alert(1)',
    'javascript:alert(1)',
  ]) {
    const html = renderMarkdown(input);
    assert.doesNotMatch(html, /<a |<img /, `${input} → ${html}`);
    assertInert(html);
  }
});

test('empty text renders nothing', () => {
  assert.equal(renderMarkdown(''), '');
});

test('hasUnsafeHtml flags scripts, frames, forms, event attributes and script URLs, not plain text or <b>', () => {
  for (const bad of [
    '<script>alert(1)</script>',
    'Voir <SCRIPT src=x>',
    '< iframe src="https://x">',
    '<img src=x onerror=alert(1)>',
    '<a href="#" onclick = "x()">a</a>',
    '[lien](javascript:alert(1))',
    '<form action=/x><input name=a></form>',
    '<svg><circle/></svg>',
    '<div style="x" onmouseover=y>',
  ])
    assert.equal(hasUnsafeHtml(bad), true, bad);
  for (const ok of [
    'Le **budget** 2024 < 2025 > 2023',
    'Taux <b>moyen</b> et <br> saut',
    'Les scripts de traitement (description) sont en ligne',
    'Javascript est un langage',
    'Voir https://data.gov.ma/onclick=1',
    'المعطيات <em>المفتوحة</em>',
  ])
    assert.equal(hasUnsafeHtml(ok), false, ok);
});
