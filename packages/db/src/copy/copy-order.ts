import type { TableShape } from '../introspect/table-shape.js';

/**
 * The tables in an order that fills every table after the tables its foreign keys reference, so
 * each row's parents are already there when it arrives (the engines check foreign keys row by
 * row, not at commit). Among tables that are ready, the input's order decides, so the order is
 * the same on every run. A reference to a table not in the list constrains nothing here.
 */
export function copyOrder(tables: readonly TableShape[]): TableShape[] {
  const names = new Set(tables.map((t) => t.name));
  const placed = new Set<string>();
  const order: TableShape[] = [];
  while (order.length < tables.length) {
    const next = tables.find(
      (t) => !placed.has(t.name) && t.parents.every((p) => placed.has(p) || !names.has(p)),
    );
    if (next === undefined) {
      const left = tables.filter((t) => !placed.has(t.name)).map((t) => t.name);
      throw new Error(`The foreign keys of ${left.join(', ')} form a cycle: no order fills them`);
    }
    placed.add(next.name);
    order.push(next);
  }
  return order;
}
