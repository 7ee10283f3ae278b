// Minutes are written in Markdown by any editor of an initiative and read by every member, so
// what they may contain is a small allow-list: text structure, links and our own images. No
// script, event handler, style attribute or class (a styled element can cover the whole page and
// pose as the app), no `javascript:` link, and no image from another site (a tracking pixel
// learns who read the minutes and when).
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'align', 'start'];

/** Links: the web and e-mail, or a path in this app. */
const SAFE_LINK = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;
/** Images: only from this app (a path, not `//host`). */
const OWN_IMAGE = /^\/(?!\/)/;

// An instance of its own, so these hooks apply to minutes only.
const purifier = DOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    const href = node.getAttribute('href') ?? '';
    if (!SAFE_LINK.test(href)) node.removeAttribute('href');
    else node.setAttribute('rel', 'noopener noreferrer');
  } else if (node.tagName === 'IMG' && !OWN_IMAGE.test(node.getAttribute('src') ?? '')) {
    node.remove();
  }
});

export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: true });
  return purifier.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false });
}
