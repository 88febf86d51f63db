// Facts about the sample corpus (sample/corpus) that the end-to-end tests rely on.

/** 03-marensk-courier.html */
export const COURIER_TITLE = /^“?Lorries were turned back before the fire”?: questions mount over Marensk blaze$/;
/** 08-northbridge-marine-bulletin.txt */
export const NORTHBRIDGE_TITLE = /^Port of Marensk: berths closed after terminal fire/;
/** 05-telegram-mayak-transcript.txt: contains «Армия», not «армии». */
export const MAYAK_TITLE = /^Транскрипт: Telegram-канал «Маренский маяк»/;
/** 12 … «охрана порта передана армии», also «армией». */
export const DRAVPRESS_EMERGENCY_TITLE = /^Парламент утвердил чрезвычайное положение/;

/** Only the Courier (03) and the Northbridge bulletin (08) contain this phrase. */
export const PHRASE = 'vapour recovery unit';

/** Passages of the Courier's body, each occurring once (not in its title). */
export const PASSAGE = 'There were army trucks across the gate';
export const SECOND_PASSAGE = 'three people died and eleven were admitted';
