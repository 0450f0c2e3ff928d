/** What the deletion plan finds (inventory) or did (result) for one Instagram account. */

export interface InventoryLine {
  /** The plan step's id (keys translated category labels). */
  id: string;
  table: string;
  category: string;
  action: 'delete' | 'redact';
  /** Rows this step erases (inventory) or erased (result). */
  rows: number;
  /** Rows this step would erase but keeps because the account is under a legal hold. */
  kept: number;
}

export interface Inventory {
  /** Whether an account with this username is connected to PickrTech. */
  accountFound: boolean;
  /** Rows kept because the account is under a legal hold. */
  legalHold: boolean;
  lines: InventoryLine[];
  /**
   * Rows of other accounts (or of none) that mention the handle unmistakably ('@handle', a
   * profile link), counted also when they are not to be redacted, with up to two short
   * excerpts for staff. Only the inventory taken before approval has it.
   */
  mentions?: MentionFinding;
}

export interface MentionFinding {
  rows: number;
  examples: string[];
}

export function totalRows(inv: Pick<Inventory, 'lines'>): number {
  return inv.lines.reduce((n, l) => n + l.rows, 0);
}

/** Rows kept under a legal hold, over all steps. */
export function totalKept(inv: Pick<Inventory, 'lines'>): number {
  return inv.lines.reduce((n, l) => n + l.kept, 0);
}

/** The lines whose rows a legal hold keeps: the categories the requester is told were kept. */
export function keptLines(inv: Pick<Inventory, 'lines'>): InventoryLine[] {
  return inv.lines.filter((l) => l.kept > 0);
}
