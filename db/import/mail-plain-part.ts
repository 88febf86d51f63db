// Whether a raw message has an inline text/plain part. postal-mime fills `text` from the HTML part
// when there is no plain part, with its own converter; to use Assay's instead, parse-eml.ts asks
// this of the raw headers. Each header block (the text between two blank lines) is looked at once,
// so the time is linear however many Content-Type lines a hostile message repeats.

const BLANK_LINE = /\r?\n\r?\n/;
const PLAIN_TYPE = /^content-type:\s*text\/plain\b/im;
const ATTACHMENT = /^content-disposition:\s*attachment/im;

/** True when some block of `raw` declares text/plain and not as an attachment (or the message declares no type at all). */
export function hasInlinePlainPart(raw: string): boolean {
  const topEnd = raw.search(BLANK_LINE);
  const top = topEnd < 0 ? raw : raw.slice(0, topEnd);
  if (!/^content-type:/im.test(top)) return true;
  const blankLines = new RegExp(BLANK_LINE.source, 'g');
  let start = 0;
  while (start <= raw.length) {
    const next = blankLines.exec(raw);
    const end = next ? next.index : raw.length;
    const block = raw.slice(start, end);
    if (PLAIN_TYPE.test(block) && !ATTACHMENT.test(block)) return true;
    if (!next) break;
    start = blankLines.lastIndex;
  }
  return false;
}
