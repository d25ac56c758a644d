import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { EXCLUDABLE_FIELDS } from "@/lib/filters/fields";
import { FILTER_KEYS } from "@/lib/filters/schema";
import { openApiSpec } from "./spec";

describe("openApiSpec", () => {
  it("documents every filter key of the shared schema", () => {
    const spec = openApiSpec("http://localhost:3000");
    const search = spec.paths["/track/api/transactions"].post.requestBody.content["application/json"].schema as {
      properties: {
        filter: {
          properties: Record<string, { properties?: Record<string, unknown> }>;
          additionalProperties: boolean;
        };
      };
    };
    const { properties } = search.properties.filter;
    expect(Object.keys(properties).sort()).toEqual([...FILTER_KEYS, "not"].sort());
    expect(Object.keys(properties.not.properties!).sort()).toEqual(EXCLUDABLE_FIELDS.map((f) => f.key).sort());
    expect(search.properties.filter.additionalProperties).toBe(false);
    // The message text says what it matches, not only its name.
    expect((properties.text as { description?: string }).description).toMatch(/event texts.*every word/);
  });

  it("describes the detail's reference and related[], and the metadata reference ingestion takes", () => {
    const spec = openApiSpec("http://localhost:3000");
    const detail = spec.paths["/track/api/transactions/{id}"].get.responses[200].content["application/json"].schema as {
      properties: Record<string, { items?: { properties: Record<string, unknown> } }>;
    };
    expect(Object.keys(detail.properties)).toEqual(expect.arrayContaining(["reference", "related"]));
    expect(Object.keys(detail.properties.related.items!.properties).sort()).toEqual(
      ["documentNumber", "documentType", "id", "receivedAt", "relation", "status"].sort(),
    );
    const ingest = JSON.stringify(spec.paths["/track/api/events"].post.requestBody);
    expect(ingest).toContain('"reference"');
  });

  it("documents the facets endpoint with every enumerated field to count", () => {
    const spec = openApiSpec("http://localhost:3000");
    const facets = spec.paths["/track/api/transactions/facets"].post.requestBody.content["application/json"].schema as {
      properties: { fields: { items: { enum: string[] } }; filter: unknown };
    };
    expect(facets.properties.fields.items.enum).toEqual(EXCLUDABLE_FIELDS.map((f) => f.key));
    expect(facets.properties.filter).toBeDefined();
  });

  it("the README's paragraph of search filter keys names every one", () => {
    const readme = fs.readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const paragraph = readme.slice(readme.indexOf("Search filter keys"), readme.indexOf("Sort `field`"));
    const named = new Set([...paragraph.matchAll(/`(\w+)(\[\])?`/g)].map((m) => m[1]));
    expect(named).toEqual(new Set([...FILTER_KEYS, "not"]));
  });
});
