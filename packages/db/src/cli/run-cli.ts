/**
 * Runs a command-line entry point: its result is the exit code; an unexpected error is printed
 * (with its stack, for the operator's report) and exits 1. The exit code is set, not forced, so
 * output still being written is not cut off.
 */
export function runCli(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    },
  );
}
