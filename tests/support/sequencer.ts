/**
 * The order vitest hands test files to its workers: the slowest first, whatever their project, so that a long
 * file never starts last while the other workers have run out of files. vitest's own order takes one project
 * after the other (by name), which left the slowest browser file for the end.
 */
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** A file's time when no earlier run has timed it (a fresh checkout), by its tier: what a typical file of it takes. */
const GUESS_MS: Record<string, number> = { browser: 15_000, cli: 8_000, site: 3_000, content: 3_000, fast: 300 };

export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const expected = new Map(
      files.map((spec) => [
        spec,
        this.ctx.cache.getTestSpecificationResult(spec)?.duration ?? GUESS_MS[spec.project.name] ?? GUESS_MS.content!,
      ]),
    );
    return [...files].sort(
      (a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || expected.get(b)! - expected.get(a)!,
    );
  }
}
