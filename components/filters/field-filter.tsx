"use client";

import type {
  BooleanField,
  EnumField,
  EnumSetField,
  EventTextField,
  ParticipantField,
  TextSetField,
} from "@/lib/filters/field-types";
import { EnumSetFilter } from "./enum-set-filter";
import { SelectFilter } from "./select-filter";
import { TextFilter } from "./text-filter";
import { useFilters, type FilterPatch } from "./use-filters";

/** A registry field of a kind whose control is the same for every field of it. */
export type PlainField = EnumSetField | EnumField | BooleanField | ParticipantField | TextSetField | EventTextField;

const splitList = (text: string | null) =>
  text
    ?.split(",")
    .map((p) => p.trim())
    .filter(Boolean) ?? [];

/**
 * The control of one registry field (lib/filters/fields.ts), chosen by its kind and bound to its URL
 * parameter: a multi-select, a single choice, or a text field committed as typing pauses.
 */
export function FieldFilter({ field, className }: { field: PlainField; className?: string }) {
  const [state, setFilters] = useFilters();
  const value = state[field.key as keyof FilterPatch];
  const set = (next: string | string[] | null, history: "push" | "replace" = "push") =>
    setFilters({ [field.key]: next } as FilterPatch, { history });
  const text = (v: string) => (field.kind === "enumSet" || field.kind === "enum" ? (field.valueLabel[v] ?? v) : v);
  switch (field.kind) {
    case "enumSet":
      return <EnumSetFilter field={field} selected={value as string[] | null} onChange={set} />;
    case "enum":
      return (
        <SelectFilter
          label={field.label}
          options={[["", field.any], ...field.values.map((v) => [v, text(v)] as const)]}
          value={value as string | null}
          onChange={set}
          className={className}
        />
      );
    case "boolean": {
      const options = [
        ["", field.choices.any],
        ["true", field.choices.true],
        ["false", field.choices.false],
      ] as const;
      return (
        <SelectFilter
          label={field.label}
          options={options}
          value={value as string | null}
          onChange={set}
          className={className}
        />
      );
    }
    case "eventText":
    case "participant":
      return (
        <TextFilter
          label={field.label}
          placeholder={field.placeholder}
          value={value as string | null}
          onCommit={(next) => set(next, "replace")}
          maxLength={field.kind === "eventText" ? field.max : undefined}
          className={className}
        />
      );
    case "textSet":
      return (
        <TextFilter
          label={field.label}
          placeholder={field.placeholder}
          value={(value as string[] | null)?.join(",") ?? null}
          onCommit={(next) => set(splitList(next).length ? splitList(next) : null, "replace")}
          className={className}
        />
      );
  }
}
