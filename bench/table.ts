// The results as a Markdown table: one row per measure, the bot beside the bare libraries.
import type { BenchResults } from './run-bench.js';

export function formatTable(r: BenchResults): string {
  const rows: string[][] = [['measure', 'n', 'bot', 'bare libraries', 'ratio', 'other']];
  if (r.intake) rows.push(['intake', String(r.intake.n), `${r.intake.bot_per_s} mails/s`, `${r.intake.baseline_per_s} mails/s`, String(r.intake.ratio), '']);
  if (r.pipeline) rows.push(['pipeline', String(r.pipeline.n), `${r.pipeline.bot_per_s} requests/s`, `${r.pipeline.baseline_per_s} requests/s`, String(r.pipeline.ratio), '']);
  if (r.latency_ms) {
    const l = r.latency_ms;
    const ms = (x: { p50: number; p99: number; max: number }) => `p50 ${x.p50} ms, p99 ${x.p99} ms, max ${x.max} ms`;
    rows.push(['latency', '', ms(l), `IDLE notice ${ms(l.idle_notice)}`, '', `bot after the notice: p50 ${Math.round(l.p50 - l.idle_notice.p50)} ms`]);
  }
  if (r.backlog) rows.push(['backlog', `${r.backlog.n} / ${r.backlog.quarter_n}`, `peak RSS ${r.backlog.peak_rss_mb} / ${r.backlog.quarter_peak_rss_mb} MB`, '', '', '']);
  if (r.deletion) rows.push(['deletion', String(r.deletion.rows), `${r.deletion.bot_s} s`, `${r.deletion.baseline_s} s`, String(r.deletion.ratio), `longest insert ${r.deletion.max_insert_block_ms} ms`]);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
