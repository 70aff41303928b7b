/** What the editors call a range where the source gives no one answer: in the answer and in the table. */
export const UNCLEAR_TITLE = {
  gap: "De bron noemt deze waarde niet",
  contradiction: "De bron spreekt zichzelf hier tegen",
} as const;
