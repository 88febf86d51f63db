// The Markdown brief as a reader sees it: marked's lexer reads the text and each token becomes a
// React element, so nothing is ever inserted as HTML. Raw HTML in the brief (a title or note that
// imported text put there) shows as inert text; links show their address and are not followed.
import { Fragment, useMemo, type ReactNode } from 'react';
import { Lexer, type Token, type Tokens } from 'marked';
import { decodeEntities } from '../../lib/entities.js';

function inline(tokens: Token[] | undefined): ReactNode {
  if (!tokens) return null;
  return tokens.map((token, i) => <Fragment key={i}>{inlineToken(token)}</Fragment>);
}

function inlineToken(token: Token): ReactNode {
  switch (token.type) {
    case 'text': {
      const text = token as Tokens.Text;
      return text.tokens && text.tokens.length > 0 ? inline(text.tokens) : decodeEntities(text.text);
    }
    case 'escape':
      return (token as Tokens.Escape).text;
    case 'strong':
      return <strong>{inline((token as Tokens.Strong).tokens)}</strong>;
    case 'em':
      return <em>{inline((token as Tokens.Em).tokens)}</em>;
    case 'del':
      return <del>{inline((token as Tokens.Del).tokens)}</del>;
    case 'codespan':
      return <code>{decodeEntities((token as Tokens.Codespan).text)}</code>;
    case 'br':
      return <br />;
    case 'link': {
      const link = token as Tokens.Link;
      const label = inline(link.tokens);
      // Shown, never followed: the preview is a picture of the file, and the app stays offline.
      return link.autolink || link.text === link.href ? (
        <span className="md-link">{link.href}</span>
      ) : (
        <span className="md-link">
          {label} ({link.href})
        </span>
      );
    }
    case 'image':
      return `[${(token as Tokens.Image).text}]`;
    case 'checkbox':
      return (token as Tokens.Checkbox).checked ? '☑ ' : '☐ ';
    case 'html':
      return (token as Tokens.HTML).text;
    default:
      return 'text' in token && typeof token['text'] === 'string' ? (token['text'] as string) : (token.raw ?? '');
  }
}

/** Heading levels sit below the dialog's own ("Preview" is an h3): the brief's # becomes an h4. */
function heading(depth: number, children: ReactNode): ReactNode {
  const className = `md-h${Math.min(depth, 4)}`;
  if (depth <= 1) return <h4 className={className}>{children}</h4>;
  if (depth === 2) return <h5 className={className}>{children}</h5>;
  return <h6 className={className}>{children}</h6>;
}

function blocks(tokens: Token[]): ReactNode {
  return tokens.map((token, i) => <Fragment key={i}>{block(token)}</Fragment>);
}

function block(token: Token): ReactNode {
  switch (token.type) {
    case 'space':
    case 'def':
      return null;
    case 'heading': {
      const h = token as Tokens.Heading;
      return heading(h.depth, inline(h.tokens));
    }
    case 'paragraph':
      return <p>{inline((token as Tokens.Paragraph).tokens)}</p>;
    case 'text': {
      const text = token as Tokens.Text;
      return <p>{text.tokens ? inline(text.tokens) : decodeEntities(text.text)}</p>;
    }
    case 'blockquote':
      return <blockquote>{blocks((token as Tokens.Blockquote).tokens)}</blockquote>;
    case 'list': {
      const list = token as Tokens.List;
      const items = list.items.map((item, i) => <li key={i}>{item.loose ? blocks(item.tokens) : listItem(item.tokens)}</li>);
      return list.ordered ? <ol start={list.start === '' ? undefined : list.start}>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table': {
      const table = token as Tokens.Table;
      const align = (a: Tokens.TableCell['align']) => (a ? { textAlign: a } : undefined);
      return (
        <div className="md-table">
          <table>
            <thead>
              <tr>
                {table.header.map((cell, i) => (
                  <th key={i} scope="col" style={align(cell.align)}>
                    {inline(cell.tokens)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i} style={align(cell.align)}>
                      {inline(cell.tokens)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    case 'code':
      return (
        <pre>
          <code>{(token as Tokens.Code).text}</code>
        </pre>
      );
    case 'hr':
      return <hr />;
    case 'html':
      // Raw HTML is shown as the text it is, never parsed.
      return <p className="md-raw">{(token as Tokens.HTML).text}</p>;
    default:
      return <p>{token.raw}</p>;
  }
}

/** A tight list item: its text tokens inline, anything else (a nested list) as blocks. */
function listItem(tokens: Token[]): ReactNode {
  return tokens.map((token, i) => <Fragment key={i}>{token.type === 'text' ? inlineToken(token) : block(token)}</Fragment>);
}

interface MarkdownPreviewProps {
  source: string;
}

export function MarkdownPreview({ source }: MarkdownPreviewProps) {
  const tokens = useMemo(() => Lexer.lex(source, { gfm: true }), [source]);
  return <div className="md-preview">{blocks(tokens)}</div>;
}
