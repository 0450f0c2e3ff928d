/** What the deletion plan finds (inventory) or did (result) for one Instagram account. */

export interface InventoryLine {
  table: string;
  category: string;
  action: 'delete' | 'redact';
  rows: number;
}

export interface Inventory {
  /** Whether an account with this username is connected to PickrTech. */
  accountFound: boolean;
  /** Rows kept because the account is under a legal hold. */
  legalHold: boolean;
  lines: InventoryLine[];
}

export function totalRows(inv: Pick<Inventory, 'lines'>): number {
  return inv.lines.reduce((n, l) => n + l.rows, 0);
}
