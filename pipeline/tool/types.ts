import type { PositionedText } from "../pdf/lines.ts";

/** A clickable area of a tool page, as read from a link annotation or a push button. */
export interface ToolLink {
  /** Rectangle in PDF space: [left, bottom, right, top], origin bottom-left. */
  rect: number[];
  /** The text under the link as pdf.js reports it (`overlaidText`) or a button caption. */
  label?: string;
  /** 1-based page a GoTo destination leads to. */
  targetPage?: number;
  /** A named navigation action: "PrevPage", "NextPage", … */
  action?: string;
  /** An external URL. */
  url?: string;
}

/** What the importer needs of one page of a clickable tool. */
export interface ToolPage {
  page: number;
  /** The visible box in PDF space: [left, bottom, right, top]. */
  view: number[];
  items: PositionedText[];
  links: ToolLink[];
}

/** Something the maintainer should look at after an import, with its page. */
export interface ImportNote {
  page: number;
  message: string;
}

/** A step as imported: the Flow JSON of the CLI contract. */
export interface ImportedStep {
  id: string;
  title: string;
  page: number;
  phase?: { name: string; duration?: string };
  end: boolean;
  endText?: string;
  body: ({ paragraph: string } | { list: string[] })[];
  options: { label: string; to: string }[];
  actions: string[];
  references: { document: string; chapter?: string }[];
  links: { label: string; url: string }[];
}

export interface ImportedFlow {
  title: string;
  start: string;
  steps: ImportedStep[];
}
