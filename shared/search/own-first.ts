/**
 * Searching from a routebook's page: that routebook's results first, the other
 * regions' below, each part in the order it had. Runs in the browser; pure code.
 */
export const ownFirst = <T>(items: readonly T[], isOwn: (item: T) => boolean): T[] => [
  ...items.filter(isOwn),
  ...items.filter((item) => !isOwn(item)),
];
