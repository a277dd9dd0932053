/** Helpers shared by this folder's tests. */

/** The error `fn` throws; fails when it throws none. */
export function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error, none was thrown");
}
