import { AXIS_TICK } from "./theme";

/** The longest category label the breakdowns' axis has room for. */
const MAX_LABEL = 22;

export const shortLabel = (text: string, max = MAX_LABEL) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A category label on a chart axis, cut to fit, with the whole name on hover (an SVG `<title>`). */
export function CategoryTick({ x = 0, y = 0, payload }: { x?: number; y?: number; payload?: { value: unknown } }) {
  const name = String(payload?.value ?? "");
  return (
    <text x={x} y={y} dy="0.32em" textAnchor="end" fill={AXIS_TICK.fill} fontSize={AXIS_TICK.fontSize}>
      <title>{name}</title>
      {shortLabel(name)}
    </text>
  );
}
