/**
 * Whether an error is the store refusing a duplicate key, on either engine: the loser of two
 * requests that checked "not there yet" at the same moment and both tried to insert. The caller
 * answers it as a conflict (nothing from the losing request was kept), not as a server fault.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return (
    code === '23505' || // PostgreSQL unique_violation
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
