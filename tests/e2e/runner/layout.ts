/** Layout checks run inside the page: what a user would see cut off or scrolling sideways. */
import type { Locator } from "playwright-core";

/**
 * Elements under `root` that are wider than their box (and do not clip) or stick out past the
 * root's right edge; empty when nothing overflows horizontally.
 */
export function horizontalOverflow(root: Locator): Promise<string[]> {
	return root.evaluate((el) => {
		const limit = el.getBoundingClientRect().right + 0.5;
		const bad: string[] = [];
		for (const node of [el, ...Array.from(el.querySelectorAll("*"))]) {
			const r = node.getBoundingClientRect();
			if (r.width === 0) continue;
			const name = `${node.tagName.toLowerCase()}.${(node.getAttribute("class") ?? "").replace(/\s+/g, ".")}`;
			if (node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0 && getComputedStyle(node).overflowX !== "hidden") bad.push(`${name}: scrollWidth ${node.scrollWidth} > ${node.clientWidth}`);
			if (r.right > limit) bad.push(`${name}: right ${Math.round(r.right)} > ${Math.round(limit)}`);
		}
		return bad;
	});
}

/**
 * Text elements under `root` whose text is cut (ellipsis or clipped): wider content than box
 * while overflow hides it. The user cannot read them, so a short label like "All companies"
 * must never be in this list. A select is judged by its selected option's text against the
 * room its padding (where the arrow sits) leaves.
 */
export function clippedText(root: Locator, selector: string): Promise<string[]> {
	return root.evaluate((el, sel) => {
		const ctx = document.createElement("canvas").getContext("2d");
		const out: string[] = [];
		for (const node of Array.from(el.querySelectorAll<HTMLElement>(sel))) {
			if (node.getBoundingClientRect().width === 0) continue;
			const text = (node instanceof HTMLSelectElement ? (node.selectedOptions[0]?.text ?? "") : (node.textContent ?? "")).trim();
			let need = node.scrollWidth;
			let room = node.clientWidth;
			if (node instanceof HTMLSelectElement && ctx) {
				const css = getComputedStyle(node);
				ctx.font = css.font;
				need = ctx.measureText(text).width;
				room = node.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
			}
			if (need > room + 1) out.push(`${node.tagName.toLowerCase()} "${text.slice(0, 40)}": needs ${Math.ceil(need)}px, has ${Math.floor(room)}px`);
		}
		return out;
	}, selector);
}
