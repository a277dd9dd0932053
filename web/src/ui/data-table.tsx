/**
 * A sortable, virtualised table: TanStack Table keeps the columns and the sorted row model,
 * TanStack Virtual renders only the rows in view, so 10,000+ rows scroll smoothly. The sort
 * lives in the URL (`sort=-criticality`). Screen readers get the real row count and each
 * row's index (aria-rowcount, aria-rowindex); headers are buttons with aria-sort.
 */
import {
  type ColumnDef,
  createSortedRowModel,
  type RowData,
  rowSortingFeature,
  type SortingState,
  sortFn_basic,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { type ReactNode, useMemo, useRef } from "react";
import { useQueryState } from "../lib/router";

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic },
});

export interface Column<T> {
  id: string;
  header: string;
  /** What sorting compares; a number or a string. */
  value: (row: T) => string | number;
  cell?: (row: T) => ReactNode;
  /** CSS grid track, e.g. "minmax(8rem, 1fr)". */
  width?: string;
  align?: "end";
}

export interface DataTableProps<T> {
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  /** The URL parameter holding the sort (several tables on one page use different ones). */
  sortParam?: string;
  defaultSort?: string;
  height?: number;
}

const ROW_HEIGHT = 36;

function parseSort(text: string | null): SortingState {
  if (!text) return [];
  return [{ id: text.replace(/^-/, ""), desc: text.startsWith("-") }];
}

export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const { rows, columns, sortParam = "sort" } = props;
  const [query, setQuery] = useQueryState();
  const sorting = parseSort(query.get(sortParam) ?? props.defaultSort ?? null);
  const defs = useMemo<ColumnDef<typeof features, T>[]>(
    () =>
      columns.map((c) => ({
        id: c.id,
        accessorFn: (row: T) => c.value(row),
        header: c.header,
        sortFn: "basic",
        sortUndefined: "last",
      })),
    [columns],
  );
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({
    features,
    columns: defs,
    data,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      setQuery({
        [sortParam]: first ? `${first.desc ? "-" : ""}${first.id}` : undefined,
      });
    },
  });
  const sorted = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const byId = new Map(columns.map((c) => [c.id, c]));
  const template = columns.map((c) => c.width ?? "minmax(6rem, 1fr)").join(" ");
  const items = virtual.getVirtualItems();
  return (
    <div
      className="table-scroll"
      ref={scroller}
      style={{ maxHeight: props.height ?? 560 }}
      role="region"
      aria-label={props.label}
      // A scrollable region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={0}
    >
      <div role="table" aria-label={props.label} aria-rowcount={sorted.length + 1} className="grid-table">
        <div role="rowgroup" className="grid-head">
          <div role="row" aria-rowindex={1} className="grid-row" style={{ gridTemplateColumns: template }}>
            {table.getHeaderGroups()[0]?.headers.map((h) => {
              const dir = h.column.getIsSorted();
              const col = byId.get(h.column.id);
              return (
                <div
                  role="columnheader"
                  key={h.id}
                  aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"}
                  className={col?.align === "end" ? "num" : undefined}
                >
                  <button type="button" className="sort" onClick={h.column.getToggleSortingHandler()}>
                    {col?.header}
                    <span aria-hidden="true">{dir === "asc" ? " ▲" : dir === "desc" ? " ▼" : ""}</span>
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" style={{ height: virtual.getTotalSize(), position: "relative" }}>
          {items.map((item) => {
            const row = sorted[item.index];
            if (!row) return null;
            return (
              <div
                role="row"
                key={props.rowKey(row.original)}
                aria-rowindex={item.index + 2}
                className="grid-row"
                style={{
                  gridTemplateColumns: template,
                  transform: `translateY(${item.start}px)`,
                  height: ROW_HEIGHT,
                }}
              >
                {columns.map((c) => (
                  <div role="cell" key={c.id} className={c.align === "end" ? "num" : undefined}>
                    {c.cell ? c.cell(row.original) : <span translate="no">{c.value(row.original)}</span>}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
