// Small-number suppression for published counts (statistical disclosure control, as in the ONS
// "Policy on protecting confidentiality in tables of birth and death statistics" and NHS
// Digital's small-number rules): a count under the threshold (default 10) is not shown, and is
// written "fewer than 10", so that nobody can be recognised from a small number.
//
// Primary suppression alone is not enough when a total is published beside its parts: a total
// of 40 with parts 12, 21 and a hidden one gives the hidden one away (40 − 12 − 21 = 7). So each
// published sum is an equation `total = Σ parts`, and no equation may have exactly one hidden
// term. Secondary suppression hides the smallest shown part (it reveals least; on a tie the
// first) of any equation with exactly one hidden term, or the total when every part is already
// hidden, and repeats until no equation has exactly one, since a new hidden cell can leave
// another equation (a row and a column that share it) with exactly one.

export const DEFAULT_SUPPRESSION_THRESHOLD = 10;

/** One published sum: the cell holding the total and the cells that add up to it. */
export interface SuppressionGroup {
  total: string;
  parts: readonly string[];
}

export interface SuppressedCell {
  /** The count, or null when it is suppressed. */
  value: number | null;
  /** Why it is hidden: under the threshold itself, or hidden so a total cannot reveal another. */
  suppressed: 'primary' | 'secondary' | null;
  /** What to show: the count, or "fewer than 10" (primary) / "hidden" (secondary). */
  display: string;
}

function assertCount(id: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`count "${id}" must be a whole number of zero or more; got ${value}`);
  }
}

/**
 * Suppresses the counts in `cells` (id → count). `groups` lists the sums published with them;
 * every id a group names must be in `cells`. Counts under `threshold` are primary suppressions.
 */
export function suppressSmallCounts(
  cells: Readonly<Record<string, number>>,
  groups: readonly SuppressionGroup[] = [],
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): Record<string, SuppressedCell> {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`the threshold must be a whole number of at least 1; got ${threshold}`);
  }
  const ids = Object.keys(cells);
  for (const id of ids) assertCount(id, cells[id] as number);
  for (const g of groups) {
    for (const id of [g.total, ...g.parts]) {
      if (!(id in cells)) throw new RangeError(`a group names "${id}", which is not a cell`);
    }
  }

  const hidden = new Map<string, 'primary' | 'secondary'>();
  for (const id of ids) if ((cells[id] as number) < threshold) hidden.set(id, 'primary');

  let changed = true;
  while (changed) {
    changed = false;
    for (const g of groups) {
      const terms = [g.total, ...g.parts];
      if (terms.filter((id) => hidden.has(id)).length !== 1) continue;
      const shownParts = g.parts.filter((id) => !hidden.has(id));
      let pick: string | undefined = shownParts[0];
      for (const id of shownParts) {
        if ((cells[id] as number) < (cells[pick as string] as number)) pick = id;
      }
      hidden.set(pick ?? g.total, 'secondary');
      changed = true;
    }
  }

  const out: Record<string, SuppressedCell> = {};
  for (const id of ids) {
    const why = hidden.get(id) ?? null;
    out[id] = {
      value: why === null ? (cells[id] as number) : null,
      suppressed: why,
      display:
        why === null
          ? String(cells[id])
          : why === 'primary'
            ? `fewer than ${threshold}`
            : 'hidden to protect a small number',
    };
  }
  return out;
}
