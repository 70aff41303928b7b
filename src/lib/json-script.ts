/**
 * JSON for a `<script type="application/json">`: "<" is escaped, so no text in
 * the content (a title with "</script>") can end the element early.
 */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");
