// Headlines of plain text copied from news sites: skip bylines, dates, page chrome and labels.
import { describe, it, expect } from 'vitest';
import { capTitle, firstSentence, titleFromText } from '../../db/import/title-from-text.js';
import { onlyDocument } from './fixtures.js';

describe('titles of seed-like openings', () => {
  it('skips a bare "by", a date range and a section label (like seed article 5)', async () => {
    const document = await onlyDocument('opening-byline-daterange.txt');
    expect(document.title).toBe('Minsk keeps the Kremlin close but stays out of the fighting');
    expect(document.date).toBeNull();
    expect(document.author).toBeNull();
    expect(document.body.startsWith('by\nMarch 7 – March 13, 2022\n')).toBe(true);
  });

  it('skips "No time to read? / Get a summary" (like seed article 1)', async () => {
    const document = await onlyDocument('opening-summary-boilerplate.txt');
    expect(document.title.startsWith('Officials in Washington continue to say')).toBe(true);
    expect(document.title.length).toBeLessThanOrEqual(200);
    expect(document.title.endsWith('…')).toBe(true);
  });

  it('skips the AI-voice notice (like seed article 3)', async () => {
    const document = await onlyDocument('opening-ai-voice.txt');
    expect(document.title).toBe("Think tank sees Belarus joining the war as 'unlikely'");
  });

  it('takes the first sentence when the text opens with its lead paragraph (like seed article 4)', async () => {
    const document = await onlyDocument('opening-lead-paragraph.txt');
    expect(document.title).toBe('U.S. officials and NATO say the Belarusian army could soon join the war in Ukraine.');
  });

  it('keeps the author and the day from the lines it skips', async () => {
    const document = await onlyDocument('opening-byline-name.txt');
    expect(document.title).toBe('Belarus says its troops will stay home');
    expect(document.author).toBe('Jane Doe and John Smith');
    expect(document.date).toBe('2022-03-06');
  });

  it('joins hard-wrapped lines before taking the first sentence', async () => {
    const document = await onlyDocument('hard-wrapped.txt');
    expect(document.title).toBe('The delegations met again on Thursday in the border town after a pause of two weeks, and agreed to continue.');
  });
});

describe('titleFromText', () => {
  it('takes a plain first line', () => {
    expect(titleFromText('US Indicates Belarus Is Not Expanding Military Support\n\nBody text follows here.').title).toBe(
      'US Indicates Belarus Is Not Expanding Military Support',
    );
  });

  it('keeps a short headline when the body follows at once', () => {
    expect(titleFromText('Ceasefire collapses\n\nThe truce agreed on Monday ended within hours of being signed.').title).toBe('Ceasefire collapses');
  });

  it('does not take "By 2030" or "By the numbers" for a byline', () => {
    expect(titleFromText('By 2030 the army will double in size\n\nText.').title).toBe('By 2030 the army will double in size');
    expect(titleFromText('By the numbers: the border in figures\n\nText.').title).toBe('By the numbers: the border in figures');
  });

  it('skips dates in many forms and Russian boilerplate', () => {
    const text = 'Поделиться\n6 марта 2022\nUpdated 10:30 GMT, 6 Mar 2022\n5 min read\nМинск не будет участвовать в войне\n\nТекст.';
    expect(titleFromText(text).title).toBe('Минск не будет участвовать в войне');
  });

  it('returns null when there is nothing but chrome', () => {
    expect(titleFromText('Share\n***\nMarch 6, 2022').title).toBeNull();
  });
});

describe('capTitle and firstSentence', () => {
  it('cuts long titles at a word and marks the cut', () => {
    const long = 'word '.repeat(60).trim();
    const capped = capTitle(long);
    expect(capped.length).toBeLessThanOrEqual(200);
    expect(capped.endsWith('word…')).toBe(true);
  });

  it('is not fooled by abbreviations', () => {
    expect(firstSentence('Mr. Smith met Gen. Jones in the U.S. capital. They talked.')).toBe('Mr. Smith met Gen. Jones in the U.S. capital.');
  });
});

describe('a file with no words at all', () => {
  it('falls back to the file name', async () => {
    const { parseBytes } = await import('../../db/import/read-and-parse.js');
    const outcome = await parseBytes('folder/12-34.txt', Buffer.from('12 34\n---\n'));
    expect(outcome.ok && outcome.documents[0]?.title).toBe('12-34');
  });
});
