// Markdown for display (descriptions). Raw HTML is escaped, never rendered; only http(s), mailto and relative
// links survive (markdown-it's validateLink drops javascript:, vbscript:, file: and data: except images);
// links get rel="nofollow noopener". The output is safe to insert as HTML.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

const defaultValidate = md.validateLink.bind(md);
/** Links and images with a scheme must be http(s) or mailto; scheme-less (relative) links stay. */
md.validateLink = (url: string) => {
  const u = url.trim();
  return defaultValidate(u) && (/^(https?|mailto):/i.test(u) || !/^[a-z][a-z0-9+.-]*:/i.test(u));
};

const renderLinkOpen =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('rel', 'nofollow noopener');
  return renderLinkOpen(tokens, idx, options, env, self);
};

/** Renders Markdown to HTML that carries no active content. */
export function renderMarkdown(text: string): string {
  return md.render(text ?? '');
}

// Active content a publisher may paste from a web page or a word processor. It would never run (HTML is
// escaped on display), but shown as text it would mislead readers, so it is refused with a field error.
const ACTIVE_TAG =
  /<\s*\/?\s*(script|style|iframe|frame|frameset|object|embed|applet|form|input|button|textarea|select|link|meta|base|svg|math)\b/i;
const EVENT_ATTRIBUTE = /<[a-z][^>]*\s(on[a-z]+|formaction|srcdoc)\s*=/i;
const SCRIPT_URL = /\b(javascript|vbscript)\s*:/i;

/** Whether Markdown text holds scripts, frames, forms, event attributes or script URLs. */
export function hasUnsafeHtml(text: string): boolean {
  return ACTIVE_TAG.test(text) || EVENT_ATTRIBUTE.test(text) || SCRIPT_URL.test(text);
}
