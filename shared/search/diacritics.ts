/** "coördinator" → "coordinator": what people type when they skip the diaeresis. */
export const withoutDiacritics = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "");
