import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Renders a full document (server-side JSX: every text and attribute is escaped). */
export function renderDocument(vnode: VNode<any>): string {
  return `<!doctype html>${renderToString(vnode)}`;
}
