/** The output folder and the build's progress lines, shared by the fingerprint check and the build itself. */

/** Where the finished site goes; tests build elsewhere. */
export const DIST = process.env.ROUTEBOEK_OUT ?? "dist";

export const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Starts a clock for one step; reading it gives wall time and this process's CPU time ("3.2 s, CPU 2.9 s"). */
export function stepClock(): () => string {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return `${seconds(wall)}, CPU ${((used.user + used.system) / 1e6).toFixed(1)} s`;
  };
}

/** Says why the build stopped, and that the last good site is still in place. */
export function failed(why: string): number {
  console.error(`${why}\n\nBuild failed; ${DIST}/ was left as it was.`.trimStart());
  return 1;
}
