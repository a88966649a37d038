/** @jest-environment jsdom */
import { keepFocus, setFocusKey } from "../../src/ui/focus-keeper";

/** A popout: a document of another window, whose nodes are not the main window's HTMLElements. */
function popoutDocument(): Document {
	const frame = document.createElement("iframe");
	document.body.appendChild(frame);
	const doc = frame.contentDocument;
	if (!doc) throw new Error("no iframe document");
	return doc;
}

function button(doc: Document, key: string): HTMLButtonElement {
	const el = doc.createElement("button");
	setFocusKey(el, "check", key);
	return el;
}

describe("keepFocus", () => {
	test("gives the focus back to the rebuilt element in a popout window", () => {
		const doc = popoutDocument();
		const root = doc.createElement("div");
		doc.body.appendChild(root);
		root.append(button(doc, "a"), button(doc, "b"));
		(root.children[1] as HTMLElement).focus();
		expect(root.children[1]).not.toBeInstanceOf(HTMLElement);
		expect(doc.activeElement).toBe(root.children[1]);
		keepFocus(root, () => root.replaceChildren(button(doc, "a"), button(doc, "b")));
		expect(doc.activeElement).toBe(root.children[1]);
	});

	// The renderer builds with the main window's `createDiv` and moves the nodes into the popout.
	test("and when the rebuilt elements were made by the main window's document", () => {
		const doc = popoutDocument();
		const root = doc.createElement("div");
		doc.body.appendChild(root);
		root.append(button(document, "a"), button(document, "b"));
		(root.children[1] as HTMLElement).focus();
		expect(doc.activeElement).toBe(root.children[1]);
		keepFocus(root, () => root.replaceChildren(button(document, "a"), button(document, "b")));
		expect(doc.activeElement).toBe(root.children[1]);
	});
});
