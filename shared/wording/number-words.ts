// Dutch number words with their values: the one list the pipeline (phase durations) and the fidelity
// checks (quantities, corrections, the bench's number-word changes) read.

/** Cardinal number words: "twee weken", "drie dagen". */
export const CARDINALS: Readonly<Record<string, number>> = {
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  honderd: 100,
  duizend: 1000,
};

/** Ordinal number words: "de zevende schooldag". */
export const ORDINALS: Readonly<Record<string, number>> = {
  eerste: 1,
  tweede: 2,
  derde: 3,
  vierde: 4,
  vijfde: 5,
  zesde: 6,
  zevende: 7,
  achtste: 8,
  negende: 9,
  tiende: 10,
  elfde: 11,
  twaalfde: 12,
};

/** Words of a half: "anderhalve dag", "de helft". */
export const HALVES: Readonly<Record<string, number>> = {
  half: 0.5,
  helft: 0.5,
  anderhalf: 1.5,
  anderhalve: 1.5,
};
