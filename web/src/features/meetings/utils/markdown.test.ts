import { renderMarkdown } from './markdown';

describe('minutes in Markdown', () => {
  it('renders headings, lists and emphasis', () => {
    const html = renderMarkdown('## Decisions\n\n- **Summer jobs**: 40 places\n- Next meeting in *March*');
    expect(html).toContain('<h2>Decisions</h2>');
    expect(html).toContain('<li><strong>Summer jobs</strong>: 40 places</li>');
    expect(html).toContain('<em>March</em>');
  });

  it('removes scripts, event handlers and javascript links', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src="x" onerror="alert(2)">\n\n[click](javascript:alert(3))');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('javascript:');
  });
});

describe('minutes from a hostile editor', () => {
  const hostile = [
    '<div style="position:fixed;inset:0;z-index:9999;background:#fff" class="dialog">Your session expired: sign in again</div>',
    '',
    '![pixel](https://tracker.example/p.gif?who=me) <img src="//tracker.example/q.gif"> <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">',
    '',
    '[chart](/i/abc/indicators/1) [site](https://example.org) [mail](mailto:a@example.org) [bad](javascript:alert(1)) <a href="vbscript:x">vb</a>',
    '',
    '<svg onload="alert(1)"><circle r="5"/></svg> <form action="https://evil.example"><button>ok</button></form>',
    '',
    '<span onclick="alert(2)" id="root" data-x="1" aria-hidden="true">text</span><iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
  ].join('\n');
  const html = renderMarkdown(hostile);
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('keeps no style, class, id, data or event attribute and no style, svg, form or frame element', () => {
    for (const el of doc.body.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(['href', 'src', 'alt', 'title', 'align', 'start', 'rel']).toContain(attr);
    }
    expect(doc.querySelectorAll('style, svg, form, button, iframe, script, div, span')).toHaveLength(0);
    expect(doc.body.textContent).toContain('Your session expired');
  });

  it('drops images from anywhere but the app', () => {
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(renderMarkdown('![logo](/assets/logo.png)')).toContain('<img src="/assets/logo.png" alt="logo">');
  });

  it('keeps web, e-mail and in-app links, opened without handing over the page, and disarms the rest', () => {
    const links = [...doc.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')]);
    expect(links).toEqual([
      ['chart', '/i/abc/indicators/1', 'noopener noreferrer'],
      ['site', 'https://example.org', 'noopener noreferrer'],
      ['mail', 'mailto:a@example.org', 'noopener noreferrer'],
      ['bad', null, null],
      ['vb', null, null],
    ]);
  });
});
