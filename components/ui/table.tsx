import type { ReactNode } from "react";

/** A column header that is right-aligned, above counts and amounts. */
type NumericHead = { numeric: ReactNode };

/** A column header: its content (null leaves the column out), or numeric(...) for a right-aligned one. */
export type HeadCell = ReactNode | NumericHead;

export const numeric = (label: ReactNode): NumericHead => ({ numeric: label });

/** A header for a column whose purpose is clear to the eye (checkboxes, buttons): read out only. */
export const srOnly = (label: string) => <span className="sr-only">{label}</span>;

function isNumeric(cell: HeadCell): cell is NumericHead {
  return typeof cell === "object" && cell !== null && "numeric" in cell;
}

/** The grey header row of a plain table; `cellClassName` sets the padding of its cells. */
export function TableHead({ columns, cellClassName = "px-3 py-2" }: { columns: readonly HeadCell[]; cellClassName?: string }) {
  return (
    <thead className="bg-gray-50">
      <tr>
        {columns.map((cell, i) =>
          cell === null || cell === undefined ? null : isNumeric(cell) ? (
            <th key={i} scope="col" className={`${cellClassName} text-right`}>
              {cell.numeric}
            </th>
          ) : (
            <th key={i} scope="col" className={cellClassName}>
              {cell}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

export type TableProps = {
  caption: ReactNode;
  /** the caption is read out only, unless a class shows it */
  captionClassName?: string;
  columns: readonly HeadCell[];
  cellClassName?: string;
  id?: string;
  className?: string;
  /** the rows */
  children: ReactNode;
};

/** A table with a caption, a header row and the rows given as children. */
export function Table({ caption, captionClassName = "sr-only", columns, cellClassName, id, className = "min-w-full text-left text-sm", children }: TableProps) {
  return (
    <table id={id} className={className}>
      <caption className={captionClassName}>{caption}</caption>
      <TableHead columns={columns} cellClassName={cellClassName} />
      <tbody>{children}</tbody>
    </table>
  );
}

/**
 * The same in a box that scrolls sideways on a narrow screen (and can take the focus to scroll by
 * keyboard); `framed` draws a white box with a border around it.
 */
export function ScrollTable({ framed = false, ...table }: TableProps & { framed?: boolean }) {
  return (
    <div tabIndex={0} className={framed ? "overflow-x-auto rounded-lg border border-gray-200 bg-white" : "overflow-x-auto"}>
      <Table {...table} />
    </div>
  );
}
