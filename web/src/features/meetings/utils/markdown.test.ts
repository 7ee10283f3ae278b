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
