/**
 * Script-injection payloads for an article body, each of which, if it ever ran, would call `run(id)`:
 * code that reports the payload's id (a request to a loopback counter, for instance). The first
 * ones are the sanitizer's own test inputs (`tests/unit/markdown/markdown.test.ts`); the rest cover
 * event handlers on many elements, `javascript:`/`data:`/`vbscript:` addresses in every attribute
 * that takes one, SVG and MathML, frames, plugins, `<meta>` and `<base>`, broken and unclosed markup,
 * mutation-XSS nesting, style tricks and Markdown's own link forms.
 */
export interface Payload {
  readonly id: string;
  /** Markdown (with raw HTML) for the body; separated from the next by a blank line. */
  readonly source: string;
  /** Leaves a script or style block open, which takes in the rest of the body: put it last. */
  readonly swallows?: boolean;
}

/** Payloads whose code is `run(id)`, a JavaScript expression with single quotes only. */
export function xssPayloads(run: (id: string) => string): Payload[] {
  const list: Payload[] = [];
  const add = (id: string, make: (code: string) => string, swallows = false): void => void list.push({ id, source: make(run(id)), ...(swallows ? { swallows } : {}) });
  const b64 = (text: string): string => Buffer.from(text).toString("base64");

  // The sanitizer's unit test, as written there (its alert calls replaced by the report).
  add("unit-onclick", (c) => `<p onclick="${c}">Hi <a href="javascript:${c}">a</a></p>`);
  add("unit-script", (c) => `<script>${c}</script>`);
  add("unit-md-js-link", (c) => `[b](javascript:${c})`);
  add("unit-img-onerror", (c) => `<img src="https://a.example/i.png" alt="i" onerror="${c}">`);
  add("unit-iframe-js", (c) => `<iframe src="javascript:${c}" title="js"></iframe>`);
  add("unit-iframe-evil", () => `<iframe src="https://evil.example/x" title="evil"></iframe>`);

  // Event handlers on many elements, fired by loading, failing, focus, pointer and animation.
  const handlers: Array<[string, (code: string) => string]> = [
    ["img-onerror-bare", (c) => `<img src=x onerror=${c.replace(/ /g, "")}>`],
    ["img-onload-data", (c) => `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="${c}">`],
    ["body-onload", (c) => `<body onload="${c}">`],
    ["svg-onload", (c) => `<svg onload="${c}"></svg>`],
    ["svg-animate-onbegin", (c) => `<svg><animate onbegin="${c}" attributeName="x" dur="1s"></animate></svg>`],
    ["svg-set-onbegin", (c) => `<svg><set attributeName="onmouseover" to="${c}" onbegin="${c}"></set></svg>`],
    ["details-ontoggle", (c) => `<details open ontoggle="${c}"><summary>s</summary>d</details>`],
    ["input-onfocus-autofocus", (c) => `<input autofocus onfocus="${c}">`],
    ["select-onfocus", (c) => `<select autofocus onfocus="${c}"><option>o</option></select>`],
    ["textarea-onfocus", (c) => `<textarea autofocus onfocus="${c}"></textarea>`],
    ["button-onclick", (c) => `<button onclick="${c}">Press</button>`],
    ["div-onmouseover", (c) => `<div onmouseover="${c}" style="display:block;width:100%;height:40px">hover</div>`],
    ["span-onpointerenter", (c) => `<span onpointerenter="${c}">pointer</span>`],
    ["a-onfocus-tabindex", (c) => `<a href="#x" tabindex="1" onfocus="${c}">focus</a>`],
    ["p-onanimationstart", (c) => `<style>@keyframes k{from{opacity:0}to{opacity:1}}</style><p style="animation:k 1s" onanimationstart="${c}">anim</p>`],
    ["video-onerror", (c) => `<video src="x" onerror="${c}"></video>`],
    ["video-source-onerror", (c) => `<video><source onerror="${c}"></video>`],
    ["audio-onerror", (c) => `<audio src="x" onerror="${c}"></audio>`],
    ["object-onerror", (c) => `<object data="x" onerror="${c}"></object>`],
    ["marquee-onstart", (c) => `<marquee onstart="${c}">m</marquee>`],
    ["table-background", (c) => `<table background="javascript:${c}"><tr><td>t</td></tr></table>`],
    ["form-onsubmit", (c) => `<form onsubmit="${c}"><input type="submit" value="Send"></form>`],
    ["iframe-onload", (c) => `<iframe onload="${c}"></iframe>`],
    ["img-srcset-onerror", (c) => `<img srcset="x 1x" onerror="${c}">`],
    ["uppercase-handler", (c) => `<IMG SRC=x ONERROR="${c}">`],
    ["tab-in-handler", (c) => `<img src=x on\terror="${c}">`],
    ["slash-separator", (c) => `<img/src=x/onerror="${c}">`],
  ];
  for (const [id, make] of handlers) add(id, make);

  // javascript:, data: and vbscript: addresses in every attribute that takes one.
  add("a-href-js", (c) => `<a href="javascript:${c}">js link</a>`);
  add("a-href-js-entities", (c) => `<a href="&#106;avascript:${c}">entity link</a>`);
  add("a-href-js-tab", (c) => `<a href="jav\tascript:${c}">tab link</a>`);
  add("a-href-js-case", (c) => `<a href="JaVaScRiPt:${c}">case link</a>`);
  add("a-href-js-space", (c) => `<a href="  javascript:${c}">space link</a>`);
  add("a-href-data-html", (c) => `<a href="data:text/html;base64,${b64(`<script>${c}</script>`)}">data link</a>`);
  add("a-href-vbscript", () => `<a href="vbscript:msgbox(1)">vb link</a>`);
  add("a-xlink-href", (c) => `<svg><a xlink:href="javascript:${c}"><text x="10" y="20">svg link</text></a></svg>`);
  add("img-src-js", (c) => `<img src="javascript:${c}">`);
  add("iframe-src-data", (c) => `<iframe src="data:text/html;base64,${b64(`<script>${c}</script>`)}"></iframe>`);
  add("form-action-js", (c) => `<form action="javascript:${c}"><button>Go</button></form>`);
  add("button-formaction-js", (c) => `<form><button formaction="javascript:${c}">Form action</button></form>`);
  add("input-formaction-js", (c) => `<form><input type="submit" formaction="javascript:${c}" value="Input action"></form>`);
  add("embed-src-js", (c) => `<embed src="javascript:${c}">`);
  add("object-data-js", (c) => `<object data="javascript:${c}"></object>`);
  add("object-data-html", (c) => `<object data="data:text/html;base64,${b64(`<script>${c}</script>`)}"></object>`);
  add("embed-data-svg", (c) => `<embed src="data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${c}"/>`)}">`);
  add("area-href-js", (c) => `<map name="m"><area shape="rect" coords="0,0,50,50" href="javascript:${c}"></map><img usemap="#m" src="x">`);
  add("math-href-js", (c) => `<math><mtext><a href="javascript:${c}">math link</a></mtext></math>`);
  add("math-maction", (c) => `<math><maction actiontype="statusline" xlink:href="javascript:${c}">m</maction></math>`);

  // SVG: script, handlers, foreignObject, use with a data: document.
  add("svg-script", (c) => `<svg><script>${c}</script></svg>`);
  add("svg-script-href", (c) => `<svg><script href="data:text/javascript,${encodeURIComponent(c)}"></script></svg>`);
  add("svg-foreignobject", (c) => `<svg><foreignObject><iframe srcdoc="&lt;script&gt;${c}&lt;/script&gt;"></iframe><img src=x onerror="${c}"></foreignObject></svg>`);
  add("svg-use-data", (c) => `<svg><use href="data:image/svg+xml;base64,${b64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="x" onerror="${c}"/></svg>`)}#x"></use></svg>`);
  add("svg-image-onerror", (c) => `<svg><image href="x" onerror="${c}"></image></svg>`);

  // Frames, plugins, meta and base.
  add("iframe-srcdoc", (c) => `<iframe srcdoc="<script>${c}</script>"></iframe>`);
  add("iframe-srcdoc-escaped", (c) => `<iframe srcdoc="&lt;img src=x onerror=&quot;${c}&quot;&gt;"></iframe>`);
  add("frameset", (c) => `<frameset><frame src="javascript:${c}"></frameset>`);
  add("object-embed-flash", () => `<object type="application/x-shockwave-flash" data="x.swf"><param name="allowScriptAccess" value="always"></object>`);
  add("meta-refresh-js", (c) => `<meta http-equiv="refresh" content="0;url=javascript:${c}">`);
  add("meta-refresh-data", (c) => `<meta http-equiv="refresh" content="0;url=data:text/html;base64,${b64(`<script>${c}</script>`)}">`);
  add("base-href-js", (c) => `<base href="javascript:${c}//"><a href="relative">relative link</a>`);
  add("link-import", (c) => `<link rel="import" href="data:text/html,<script>${c}</script>">`);
  add("link-stylesheet-js", (c) => `<link rel="stylesheet" href="javascript:${c}">`);
  add("portal", (c) => `<portal src="javascript:${c}"></portal>`);

  // Broken, unclosed and mutation-prone markup.
  add("unclosed-img", (c) => `<img src=x onerror="${c}"`);
  add("comment-break", (c) => `<!--<img src="--><img src=x onerror="${c}">-->`);
  add("cdata-break", (c) => `<svg><![CDATA[><img src=x onerror="${c}">]]></svg>`);
  add("noscript-mxss", (c) => `<noscript><p title="</noscript><img src=x onerror=${c.replace(/ /g, "")}>"></noscript>`);
  add("style-mxss", (c) => `<svg></p><style><a id="</style><img src=1 onerror=${c.replace(/ /g, "")}>">`);
  add("math-mglyph-mxss", (c) => `<math><mtext><table><mglyph><style><img src=x onerror="${c}"></style></mglyph></table></mtext></math>`);
  add("form-nesting-mxss", (c) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror="${c}">`, true);
  add("textarea-mxss", (c) => `<textarea></textarea><img src=x onerror="${c}">`);
  add("title-mxss", (c) => `<title><img src=x onerror="${c}"></title>`);
  add("template-mxss", (c) => `<template><img src=x onerror="${c}"></template><div id="t"></div>`);
  add("double-encoded", (c) => `&lt;img src=x onerror="${c}"&gt;`);
  add("null-byte", (c) => `<img src=x onerror\u0000="${c}">`);
  add("nested-quotes", (c) => `<a title="a" href='javascript:${c}'>single quotes</a>`);
  add("attribute-breakout", (c) => `<a title="x\\" onmouseover=\\"${c}">breakout</a>`);

  // Style tricks: expression(), url(javascript:), behaviours, imports.
  add("style-expression", (c) => `<div style="width:expression(${c})">expr</div>`);
  add("style-url-js", (c) => `<div style="background-image:url('javascript:${c}')">url</div>`);
  add("style-import-js", (c) => `<style>@import 'javascript:${c}';</style>`);
  add("style-behavior", () => `<div style="behavior:url(x.htc)">behaviour</div>`);
  add("style-moz-binding", () => `<div style="-moz-binding:url(x.xml#x)">binding</div>`);

  // Markdown's own link and image forms.
  add("md-image-js", (c) => `![alt](javascript:${c})`);
  add("md-link-data", (c) => `[data](data:text/html;base64,${b64(`<script>${c}</script>`)})`);
  add("md-reference-js", (c) => `[ref][r]\n\n[r]: javascript:${c}`);
  add("md-autolink-js", (c) => `<javascript:${c}>`);
  add("md-link-entity", (c) => `[entity](&#x6A;avascript:${c})`);
  add("md-link-title-breakout", (c) => `[t](https://a.example "x\\" onmouseover=\\"${c}")`);
  add("md-html-in-heading", (c) => `## Heading <img src=x onerror="${c}">`);
  add("md-html-in-list", (c) => `- item <svg onload="${c}"></svg>`);
  add("md-html-in-quote", (c) => `> quote <img src=x onerror="${c}">`);
  add("md-code-fence", (c) => "```html\n<script>" + c + "</script>\n```");
  add("unclosed-script", (c) => `<script>${c}`, true);
  return [...list.filter((p) => !p.swallows), ...list.filter((p) => p.swallows)];
}

/** Plain content the preview must show beside the payloads, so an empty preview cannot pass. */
export const SAFE_BODY = [
  "## A safe heading for the preview check",
  "A safe paragraph with a [safe link](https://example.org/safe) and **bold words**.",
  "- safe item one\n- safe item two",
  "> A safe quotation.",
].join("\n\n");
