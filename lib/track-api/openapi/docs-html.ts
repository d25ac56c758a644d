import type { openApiSpec } from "./spec";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A self-contained HTML reference of the Track API, rendered from the OpenAPI document. */
export function docsHtml(spec: ReturnType<typeof openApiSpec>): string {
  const sections = Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const operation = op as { summary: string; requestBody?: { content: Record<string, { schema: unknown }> } };
      const schema = operation.requestBody?.content["application/json"]?.schema;
      return `<section><h2><span class="m">${method.toUpperCase()}</span> <code>${escape(path)}</code></h2><p>${escape(operation.summary)}</p>${
        schema
          ? `<details><summary>Request body schema</summary><pre>${escape(JSON.stringify(schema, null, 2))}</pre></details>`
          : ""
      }</section>`;
    }),
  );
  const server = spec.servers[0].url;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Track API reference</title><style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2937}
@media (prefers-color-scheme:dark){body{background:#0b1220;color:#e5e7eb}pre{background:#111827!important}}
h1{font-size:1.6rem}h2{font-size:1.05rem;margin:0}section{border-top:1px solid #8884;padding:1rem 0}
.m{display:inline-block;min-width:3.5rem;font-weight:700;color:#2563eb}pre{background:#f3f4f6;padding:1rem;overflow:auto;border-radius:6px;font-size:12px}
</style></head><body><h1>${escape(spec.info.title)} ${escape(spec.info.version)}</h1><p>${escape(spec.info.description)}</p>
<pre>curl -s -X POST -u demo-client:demo-secret -d "grant_type=password&amp;username=demo@acme.test&amp;password=demo&amp;scope=openid email userInfo roles" ${escape(server)}/auth/token
curl -X POST -H "Authorization: Bearer $ACCESS_TOKEN" -H "content-type:application/json" -d '{"filter": {}}' ${escape(server)}/track/api/transactions</pre>
<p>Machine-readable: <a href="/track/api/open-api-spec.json">open-api-spec.json</a> (OpenAPI 3.1).</p>${sections.join("")}</body></html>`;
}
