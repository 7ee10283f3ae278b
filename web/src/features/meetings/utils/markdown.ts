// Minutes are written in Markdown and shared with every member: rendered with marked, then
// cleaned by DOMPurify so that no script, event handler or `javascript:` link gets through.
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe'] });
}
