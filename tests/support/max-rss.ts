/**
 * Preloaded into a CLI or build process by the hardening tests (`node --import`):
 * at exit it writes the process's peak resident memory, worker threads
 * included, to the file ROUTEBOEK_TEST_MAX_RSS names, in kB.
 */
import { writeFileSync } from "node:fs";

const file = process.env.ROUTEBOEK_TEST_MAX_RSS;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
