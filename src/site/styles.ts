/** The whole stylesheet, inlined in every page: one request per page, nothing blocks the text. */
export const STYLES = `
:root{color-scheme:light;--ink:#1a1a1a;--muted:#595959;--rule:#d9d9d9;--accent:#8a1c1c;--paper:#fdfcfa}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:1.0625rem/1.6 Georgia,"Times New Roman",serif}
a{color:var(--accent)}
a:focus-visible{outline:3px solid #1f5fbf;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
header.site,footer.site{border-bottom:1px solid var(--rule);padding:.75rem 1rem}
footer.site{border-top:1px solid var(--rule);border-bottom:0;margin-top:3rem;color:var(--muted);font:.875rem/1.5 system-ui,sans-serif}
header.site a.brand{font:700 1.375rem/1 system-ui,sans-serif;letter-spacing:.02em;color:var(--ink);text-decoration:none}
main{max-width:42rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:2rem;line-height:1.2;margin:.25rem 0 .75rem}
h2{font-size:1.375rem;line-height:1.3;margin:2rem 0 .5rem}
.kicker,.meta,.byline,figcaption,.pager,.banner,.list time{font-family:system-ui,sans-serif}
.kicker{color:var(--accent);font-size:.875rem;font-weight:600;text-transform:uppercase;letter-spacing:.04em}
.standfirst{font-size:1.25rem;line-height:1.45;color:#333;margin:0 0 1rem}
.byline{font-size:.9375rem;margin:.25rem 0}
.byline .title{color:var(--muted)}
.meta{color:var(--muted);font-size:.875rem;margin:.25rem 0 1.5rem}
.updated{color:var(--accent);font-weight:600}
figure.picture{margin:1.5rem 0}
figure.picture img{display:block;width:100%;height:auto;background:#eee}
figcaption{font-size:.875rem;color:#444;padding-top:.375rem}
figcaption .credit{color:var(--muted)}
blockquote{margin:1.25rem 0;padding-left:1rem;border-left:3px solid var(--rule)}
.quoted blockquote p{margin:.25rem 0}
.quoted cite{font:normal .875rem system-ui,sans-serif;color:var(--muted)}
.corrections{border-top:1px solid var(--rule);margin-top:2rem}
.corrections li{margin:.5rem 0}
ul.list{list-style:none;padding:0;margin:0}
ul.list li{border-bottom:1px solid var(--rule);padding:1.25rem 0;display:grid;gap:.25rem}
ul.list h2{margin:0;font-size:1.25rem}
ul.list h2 a{color:var(--ink);text-decoration:none}
ul.list h2 a:hover{text-decoration:underline}
ul.list p{margin:0;color:#333}
ul.list img{width:100%;height:auto;display:block}
.list time{color:var(--muted);font-size:.8125rem}
.pager{display:flex;justify-content:space-between;margin:1.5rem 0}
.person-photo{float:right;width:8rem;margin:0 0 1rem 1rem}
.tags{font:.875rem system-ui,sans-serif;color:var(--muted)}
.banner{background:#fff4d6;border-bottom:2px solid #b8860b;padding:.75rem 1rem;font-size:.9375rem}
.banner h2{font-size:1rem;margin:0 0 .25rem}
.banner ul{margin:.25rem 0 0;padding-left:1.25rem}
mark.legal{background:#fff0b3;padding:0 .1em}
mark.legal-approved,mark.legal-not_required{background:#dff3df}
mark.legal-rejected{background:#f8d7d7}
mark.legal .legal-label{font:600 .75rem system-ui,sans-serif;color:#5c4400}
`
