/**
 * Stand-ins for the Lucide icons Obsidian draws with `setIcon`, so screenshots show an icon of
 * the right size and colour where the plugin asks for one. Simple hand-drawn strokes, not Lucide's
 * artwork; unknown ids get a small circle so a missing icon is still visible.
 */

type Shape = ["path", string] | ["circle", number, number, number] | ["line", number, number, number, number];

const SHAPES: Record<string, Shape[]> = {
	"chevron-down": [["path", "M6 9l6 6 6-6"]],
	"chevron-right": [["path", "M9 6l6 6-6 6"]],
	"list-checks": [["path", "M3 7l2 2 4-4"], ["path", "M3 17l2 2 4-4"], ["line", 13, 7, 21, 7], ["line", 13, 17, 21, 17]],
	"alert-triangle": [["path", "M12 3L2 20h20L12 3z"], ["line", 12, 10, 12, 14], ["line", 12, 17, 12, 17.01]],
	search: [["circle", 11, 11, 7], ["line", 16, 16, 21, 21]],
	x: [["line", 6, 6, 18, 18], ["line", 18, 6, 6, 18]],
	check: [["path", "M5 12l5 5 9-10"]],
	"file-plus": [["path", "M14 3H6v18h12V7l-4-4z"], ["line", 12, 11, 12, 17], ["line", 9, 14, 15, 14]],
	"refresh-cw": [["path", "M20 11a8 8 0 0 0-14-5l-2 2"], ["path", "M4 3v5h5"], ["path", "M4 13a8 8 0 0 0 14 5l2-2"], ["path", "M20 21v-5h-5"]],
};

const NS = "http://www.w3.org/2000/svg";

/** Fills the `svg.svg-icon` the fake's `setIcon` left empty. */
export function drawIcon(svg: SVGElement, id: string): void {
	for (const [k, v] of Object.entries({ viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", "stroke-width": "2", "stroke-linecap": "round", "stroke-linejoin": "round" })) {
		svg.setAttribute(k, v);
	}
	for (const shape of SHAPES[id] ?? [["circle", 12, 12, 4] as Shape]) svg.appendChild(shapeEl(shape));
}

function shapeEl(shape: Shape): SVGElement {
	const el = document.createElementNS(NS, shape[0]);
	if (shape[0] === "path") el.setAttribute("d", shape[1]);
	else if (shape[0] === "circle") {
		el.setAttribute("cx", String(shape[1]));
		el.setAttribute("cy", String(shape[2]));
		el.setAttribute("r", String(shape[3]));
	} else {
		el.setAttribute("x1", String(shape[1]));
		el.setAttribute("y1", String(shape[2]));
		el.setAttribute("x2", String(shape[3]));
		el.setAttribute("y2", String(shape[4]));
	}
	return el;
}
