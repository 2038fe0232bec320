/** See fold.mjs: the build-time twin of foldKey in shared/anonymize/text.ts. */
export function foldKey(word: string): string;
