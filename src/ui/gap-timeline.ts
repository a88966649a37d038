import type { GapPoint, GapsModel } from "../core/view-model/gaps-model";
import { bindOpen, type RenderHooks } from "./render-hooks";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Inset of the axis ends, in percent of the width, so the first and last dots are not clipped. */
const INSET = 3;
/** Dot radius in pixels; kept in pixels so dots stay round at any width. */
const DOT_R = 4;

/** Axis position (0..1) as a percentage of the SVG's width, inside the insets. */
export function axisPercent(at: number): string {
	return `${(INSET + at * (100 - 2 * INSET)).toFixed(2)}%`;
}

function svgEl<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
	const el = (parent.ownerDocument ?? document).createElementNS(SVG_NS, tag);
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
	parent.appendChild(el);
	return el;
}

/**
 * One gap's dots on the axis every gap shares. Positions are percentages of the SVG's own width
 * rather than viewBox units: a viewBox stretched to the pane's width would squash the dots into
 * ellipses (or grow the row's height with the width), while percentages scale x only and keep
 * the dots round from phone to wide pane. Built with the DOM; no chart library, no HTML strings.
 */
export function renderTimeline(parent: HTMLElement, points: readonly GapPoint[], label: string, hooks?: RenderHooks): SVGSVGElement {
	const svg = svgEl(parent, "svg", { class: "igt-timeline", width: "100%", height: DOT_R * 3 + 2, role: "img", "aria-label": label });
	svgEl(svg, "title", {}).textContent = label;
	svgEl(svg, "line", { class: "igt-timeline-axis", x1: axisPercent(0), x2: axisPercent(1), y1: "50%", y2: "50%" });
	for (const p of points) {
		// A dot standing for several interviews is larger, so 31 dots for 34 interviews read as such.
		const merged = (p.count ?? 1) > 1;
		const dot = svgEl(svg, "circle", { class: merged ? "igt-timeline-dot is-merged" : "igt-timeline-dot", cx: axisPercent(p.at), cy: "50%", r: merged ? DOT_R + 1 : DOT_R, "data-date": p.date });
		if (merged) dot.setAttribute("data-count", String(p.count));
		svgEl(dot, "title", {}).textContent = p.label;
		// A pointer shortcut to the struggle; keyboard and screen-reader users have the same link in the chips.
		if (hooks) {
			dot.classList.add("is-link");
			bindOpen(dot, p.path, p.line, hooks);
		}
	}
	return svg;
}

/** The dates at the two ends of the shared axis, above the rows; nothing when no gap is dated. */
export function renderAxisLabels(parent: HTMLElement, axis: GapsModel["axis"]): HTMLElement | null {
	if (axis.from === null || axis.to === null) return null;
	const row = parent.createDiv({ cls: "igt-gaps-axis", attr: { "aria-hidden": "true" } });
	row.createSpan({ cls: "igt-gaps-axis-from", text: axis.from });
	if (axis.to !== axis.from) row.createSpan({ cls: "igt-gaps-axis-to", text: axis.to });
	return row;
}
