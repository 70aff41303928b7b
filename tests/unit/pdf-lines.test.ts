import { describe, expect, it } from "vitest";
import { buildLines } from "../../pipeline/pdf/lines.ts";

const WIDTH = 600;
const HEIGHT = 800;
/** A text item at x and top-down y, about 5 pt per character wide. */
const item = (str: string, x: number, y: number, size = 10) => ({
  str,
  transform: [size, 0, 0, size, x, HEIGHT - y],
  width: str.length * 5,
});
const texts = (items: ReturnType<typeof item>[]) => buildLines(items, [0, 0, WIDTH, HEIGHT]).map((line) => line.text);

describe("buildLines", () => {
  it("joins items on one baseline, also a word set slightly lower", () => {
    expect(texts([item("vet", 90, 100.3), item("Dit", 50, 100), item("is", 70, 100)])).toEqual(["Dit is vet"]);
  });

  it("keeps a one-column page in order despite short lines and a right-aligned header and footer", () => {
    const page = [
      item("Routeboek · versie 2026", 420, 30),
      item("Dit is een lange regel die over het midden van de pagina loopt.", 50, 100),
      item("Korte regel.", 50, 115),
      item("Nog een lange regel die over het midden van de pagina loopt, ja.", 50, 140),
      item("Eind.", 50, 155),
      item("Pagina 3", 500, 780),
    ];
    expect(texts(page)).toEqual(page.map((i) => i.str));
  });

  it("reads the rest of a paragraph that runs on below the shorter column with its own column", () => {
    const page = [
      ...[1, 2, 3].map((n) => item(`Links ${n}`, 50, 100 + n * 15)),
      ...[1, 2].map((n) => item(`Rechts ${n}`, 350, 100 + n * 15)),
      item("Links 4, nog dezelfde alinea", 50, 160),
      item("Na beide kolommen", 50, 200),
    ];
    expect(texts(page)).toEqual([
      "Links 1",
      "Links 2",
      "Links 3",
      "Links 4, nog dezelfde alinea",
      "Rechts 1",
      "Rechts 2",
      "Na beide kolommen",
    ]);
  });

  it("reads two columns one after the other, with a full-width heading in its place", () => {
    const page = [
      item("Een kop die over de hele breedte van de pagina loopt", 50, 60, 18),
      ...[1, 2, 3].flatMap((n) => [item(`Links ${n}`, 50, 100 + n * 15), item(`Rechts ${n}`, 350, 100 + n * 15)]),
      item("Nog een brede regel die ook over het midden van de pagina gaat", 50, 200),
      ...[1, 2].flatMap((n) => [item(`Links ${n + 3}`, 50, 220 + n * 15), item(`Rechts ${n + 3}`, 350, 220 + n * 15)]),
    ];
    expect(texts(page)).toEqual([
      "Een kop die over de hele breedte van de pagina loopt",
      "Links 1",
      "Links 2",
      "Links 3",
      "Rechts 1",
      "Rechts 2",
      "Rechts 3",
      "Nog een brede regel die ook over het midden van de pagina gaat",
      "Links 4",
      "Links 5",
      "Rechts 4",
      "Rechts 5",
    ]);
  });

  it("counts a narrow item at the middle once", () => {
    const page = [item("a1", 50, 100), item("•", 299, 100), item("a2", 50, 115), item("b1", 400, 100), item("b2", 400, 115)];
    expect(texts(page).filter((text) => text === "•")).toHaveLength(1);
  });
});

describe("joinAcrossLines", () => {
  it("rejoins a URL only with a token that continues it", async () => {
    const { joinAcrossLines } = await import("../../pipeline/pdf/clean.ts");
    expect(joinAcrossLines("zie https://www.example.org/documenten/routeboek-", "testregio-2026.pdf voor meer", [])).toBe(
      "zie https://www.example.org/documenten/routeboek-testregio-2026.pdf voor meer",
    );
    expect(joinAcrossLines("kijk op https://www.sppoh.nl/", "onder het kopje Aanbod", [])).toBeUndefined();
    expect(joinAcrossLines("kijk op https://www.sppoh.nl/", "aanbod", ["https://www.sppoh.nl/aanbod"])).toBe(
      "kijk op https://www.sppoh.nl/aanbod",
    );
    expect(joinAcrossLines("de jeugd-", "en gezinshulp", [])).toBeUndefined();
    expect(joinAcrossLines("het ver-", "zuim", [])).toBe("het verzuim");
  });

  it("joins a word broken with a typographic hyphen (U+2010, U+2011) as with an ASCII one, and keeps it before en/of", async () => {
    const { joinAcrossLines, normaliseText } = await import("../../pipeline/pdf/clean.ts");
    for (const hyphen of ["\u2010", "\u2011"]) {
      for (const line of [`het ver${hyphen}`, normaliseText(`het ver${hyphen}`)]) {
        expect(joinAcrossLines(line, "zuim op school", [])).toBe("het verzuim op school");
        expect(joinAcrossLines(line.replace("ver", "jeugd"), "en gezinshulp", [])).toBeUndefined();
        expect(joinAcrossLines(line.replace("ver", "basis"), "of speciaal onderwijs", [])).toBeUndefined();
      }
    }
  });
});

describe("a page whose visible box is away from the origin", () => {
  it("is read relative to that box", () => {
    const box = [100, 200, 700, 1000];
    const at = (str: string, x: number, y: number) => ({ str, transform: [10, 0, 0, 10, 100 + x, 1000 - y], width: str.length * 5 });
    const page = [at("Links 1", 50, 100), at("Rechts 1", 350, 100), at("Links 2", 50, 115), at("Rechts 2", 350, 115)];
    const lines = buildLines(page, box);
    expect(lines.map((line) => line.text)).toEqual(["Links 1", "Links 2", "Rechts 1", "Rechts 2"]);
    expect(lines[0]).toMatchObject({ x: 50, y: 100 });
  });
});
