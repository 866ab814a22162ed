using GaitCheck.Core;

namespace GaitCheck.Reporting.Html;

/// <summary>The report's inline stylesheet: screen and A4 print (no external fonts or assets).</summary>
internal static class ReportStyle
{
    public static readonly string Css = $$"""
        :root { --left: {{Palette.Left.Hex}}; --right: {{Palette.Right.Hex}}; --muted: #666; --line: #ccc; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt; color: #111; margin: 0 auto; max-width: 190mm; padding: 8mm 6mm; line-height: 1.35; }
        h1 { font-size: 17pt; margin: 0 0 2mm 0; }
        h2 { font-size: 13pt; margin: 6mm 0 2mm 0; border-bottom: 1.5px solid #333; padding-bottom: 1mm; }
        h3 { font-size: 11pt; margin: 4mm 0 1mm 0; }
        p { margin: 1mm 0 2mm 0; }
        table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm 0; font-size: 9pt; }
        th, td { border: 1px solid var(--line); padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        table.data th { overflow-wrap: anywhere; font-size: 7.5pt; }
        table.data td { font-size: 8pt; }
        sup { font-size: 7pt; }
        ol.sources { font-size: 8.5pt; color: var(--muted); padding-left: 6mm; margin: 0 0 3mm 0; }
        th { background: #f0f0f0; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .facts td:first-child { width: 38mm; color: var(--muted); }
        .disclaimer { border: 1px solid #b8860b; background: #fff8e1; padding: 2mm 3mm; font-size: 9pt; margin: 2mm 0; }
        .left { color: var(--left); font-weight: bold; }
        .right { color: var(--right); font-weight: bold; }
        .badge { display: inline-block; padding: 0 2mm; border-radius: 2mm; font-size: 8.5pt; font-weight: bold; }
        .flag { background: #fde0dc; color: #8b1a10; }
        .clear { background: #e3f2e1; color: #1e5b1a; }
        .evidence { color: var(--muted); font-size: 9pt; }
        .finding { border-left: 3px solid var(--line); padding: 1mm 3mm; margin: 2mm 0; page-break-inside: avoid; }
        .finding.flagged { border-left-color: #d9534f; }
        .driver-blurb { color: var(--muted); font-size: 9pt; }
        figure { margin: 2mm 0 4mm 0; page-break-inside: avoid; }
        figure img { width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { font-size: 8.5pt; color: var(--muted); }
        .keyframes { display: flex; flex-wrap: wrap; gap: 3mm; }
        .keyframes figure { width: 58mm; }
        .guide figure { width: 70mm; float: right; margin-left: 4mm; }
        .guide { overflow: hidden; }
        .note { color: var(--muted); font-size: 9pt; }
        section.keep { page-break-inside: avoid; break-inside: avoid; }
        footer { margin-top: 8mm; font-size: 8pt; color: var(--muted); border-top: 1px solid var(--line); padding-top: 2mm; }
        @page { size: A4; margin: 12mm 10mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 9.5pt; }
          h2 { page-break-after: avoid; }
          h2.appendix { page-break-before: always; }
          table, figure, .finding { page-break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
