// Renders a note's Markdown-lite safely as React elements (never as HTML): paragraphs, lists,
// quotes, bold, italic, code; links appear as text with their address, since Assay is offline.
import { Fragment, useMemo, type ReactNode } from 'react';
import { parseMarkdownLite, type Inline } from '../../lib/markdown-lite.js';

function inlines(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.kind) {
      case 'text':
        return <Fragment key={index}>{node.text}</Fragment>;
      case 'code':
        return <code key={index}>{node.text}</code>;
      case 'strong':
        return <strong key={index}>{inlines(node.children)}</strong>;
      case 'em':
        return <em key={index}>{inlines(node.children)}</em>;
      case 'link':
        return (
          <span key={index} className="note-link">
            {node.text} <span className="note-link__href">({node.href})</span>
          </span>
        );
    }
  });
}

function lines(rows: Inline[][]): ReactNode[] {
  return rows.flatMap((row, index) => (index === 0 ? inlines(row) : [<br key={`br${index}`} />, ...inlines(row)]));
}

export function NoteText({ source }: { source: string }) {
  const blocks = useMemo(() => parseMarkdownLite(source), [source]);
  return (
    <div className="note-text">
      {blocks.map((block, index) => {
        if (block.kind === 'paragraph') return <p key={index}>{lines(block.lines)}</p>;
        if (block.kind === 'quote') return <blockquote key={index}>{lines(block.lines)}</blockquote>;
        const items = block.items.map((item, i) => <li key={i}>{inlines(item)}</li>);
        return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
      })}
    </div>
  );
}
