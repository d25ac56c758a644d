import { writeFileSync, mkdirSync } from "node:fs";
import { test } from "vitest";
import { FORMATS, DOCUMENT_TYPES } from "@/lib/domain/enums";
import { renderFile, listFiles } from "./index";
import { makeTransaction } from "./test-fixtures";

test("scratch", () => {
  mkdirSync("/tmp/files-out", { recursive: true });
  for (const format of FORMATS) for (const documentType of DOCUMENT_TYPES) {
    const tx = makeTransaction({ format, documentType, id: `t-${format}-${documentType}`, amount: documentType === "invoice" || documentType === "creditNote" ? 1234.56 : null, sender: { id: "0037:12345678", name: "Acme & Sons <Oy> \"Quoted\" 'x'" } });
    const files = listFiles(tx, 3);
    for (const f of files) {
      const r = renderFile(tx, 3, f.id)!;
      writeFileSync(`/tmp/files-out/${format}-${documentType}-${f.name}`, r.content);
    }
  }
});
