/// The report's inline style sheet: system fonts only, light and dark schemes, A4 print.
/// Series colours differ in lightness (and pattern) so that greyscale keeps them apart.
enum ReportStyle {
    static let css = """
        :root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--panel:#f6f8fa;\
        --c0:#0b2e6b;--c1:#3d6cc4;--c2:#9dbbef;--c3:#a4480b;--c4:#f3cfa7;--c5:#555;--pb:#fff;--dot:#0b2e6b;--median:#c2410c;--link:#0b57d0}
        @media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9aa4ae;--line:#30363d;--panel:#161b22;\
        --c0:#e3ecff;--c1:#8fb3f5;--c2:#3b5e9e;--c3:#f5a45d;--c4:#7a3f0e;--c5:#bbb;--pb:#0d1117;--dot:#a8c7ff;--median:#f5a45d;--link:#8ab4f8}}
        *{box-sizing:border-box}
        body{margin:0 auto;max-width:1100px;padding:1rem 1.25rem 3rem;background:var(--bg);color:var(--fg);\
        font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        a{color:var(--link)}
        h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.3rem;margin-top:2.2rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
        h3{font-size:1.05rem;margin:1.4rem 0 .3rem}
        .meta,.note,.summary{color:var(--muted)}
        nav ul{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;list-style:none;padding:0}
        dl.figures{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
        dl.figures div{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.5rem .9rem;min-width:9rem}
        dt{font-size:.8rem;color:var(--muted)}dd{margin:0;font-size:1.35rem;font-weight:600}
        figure.chart{margin:1rem 0 1.5rem;break-inside:avoid}
        svg.plot{display:block;width:100%;height:auto;max-width:960px;font-size:11px;fill:var(--fg)}
        svg.defs{position:absolute}
        .axis{fill:none;stroke:var(--muted)}.grid{stroke:var(--line)}.tick{fill:var(--muted)}
        .dots{fill:none;stroke:var(--dot);stroke-width:5;stroke-linecap:round;stroke-opacity:.75}
        .median{fill:none;stroke:var(--median);stroke-width:2.5;stroke-dasharray:7 3}
        .s0{fill:var(--c0)}.s1{fill:url(#p1)}.s2{fill:var(--c2)}.s3{fill:url(#p3)}.s4{fill:var(--c4)}.s5{fill:url(#p5)}
        .pb1,.pb3,.pb5{fill:var(--pb)}.pf1{fill:var(--c1)}.pf3{fill:var(--c3)}.pl5{stroke:var(--c5);stroke-width:1.2}
        svg rect[class^=s]{stroke:var(--fg);stroke-width:.5}
        .table-wrap{overflow-x:auto}
        table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.4rem 0}
        caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
        td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        th button{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer}
        th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
        :focus-visible{outline:3px solid var(--median);outline-offset:2px}
        details{margin:.3rem 0}summary{cursor:pointer;color:var(--muted)}
        ul.paths{columns:2;font-size:.85rem}
        input[type=search]{font:inherit;padding:.2rem .4rem;min-width:18rem;background:var(--bg);color:var(--fg);border:1px solid var(--line)}
        @page{size:A4;margin:14mm}
        @media print{:root{--bg:#fff;--fg:#000;--muted:#444;--line:#bbb;--panel:#fff;--c0:#0b2e6b;--c1:#3d6cc4;--c2:#9dbbef;--c3:#a4480b;--c4:#f3cfa7;\
        --c5:#555;--pb:#fff;--dot:#0b2e6b;--median:#c2410c;--link:#000}
        body{max-width:none;padding:0;font-size:9.5pt}nav,.controls{display:none}h2{break-before:page}#overview h2{break-before:auto}
        details.data[open] summary{display:none}svg.plot{max-width:100%}}
        """
}
