/** A column of a report: its header, and whether it holds text or an amount of đồng. */
export interface Column {
  header: string;
  type: "text" | "money";
  /** Summed in the sheet's total row (an amount; never a balance, which is a level, not a flow). */
  total?: boolean;
  width?: number;
}

export type Cell = string | number | null;

/** One view of a report: a sheet of the workbook, a section of the CSV. */
export interface Sheet {
  name: string;
  columns: Column[];
  rows: Cell[][];
  /** The first cell of the total row; the sheet has none without it. */
  totalLabel?: string;
}

/** The sum of each totalled column, null for the others. */
export function totals(sheet: Sheet): Cell[] {
  return sheet.columns.map((column, i) =>
    column.total ? sheet.rows.reduce((sum, row) => sum + Number(row[i] ?? 0), 0) : null,
  );
}

/** A report: what the person chose it as, its file name without the extension, its sheets. */
export interface Report {
  fileName: string;
  sheets: Sheet[];
}
