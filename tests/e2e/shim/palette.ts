/**
 * The command palette, as a user drives it: Ctrl/Cmd+P opens a prompt, typing filters the
 * commands by name ("Plugin name: Command name"), arrows move, Enter runs, Escape closes.
 */
import type { App } from "../../fakes/obsidian";

export interface PaletteCommand {
	id: string;
	/** As the palette shows it: "Interview Gap Tracker: Open gap tracker". */
	label: string;
}

/** Every command of the app, labelled with its plugin's name. */
export function paletteCommands(app: App, pluginNames: ReadonlyMap<string, string>): PaletteCommand[] {
	return [...app.commands.commands.values()]
		.map((c) => {
			const plugin = pluginNames.get(c.id.split(":")[0] ?? "");
			return { id: c.id, label: plugin ? `${plugin}: ${c.name}` : c.name };
		})
		.sort((a, b) => a.label.localeCompare(b.label));
}

function matches(label: string, query: string): boolean {
	const text = label.toLowerCase();
	return query.toLowerCase().split(/\s+/).every((w) => text.includes(w));
}

/** Listens for Ctrl/Cmd+P on the window for the lifetime of the page. */
export function installPalette(app: App, pluginNames: ReadonlyMap<string, string>): void {
	window.addEventListener("keydown", (evt) => {
		if ((evt.ctrlKey || evt.metaKey) && evt.key.toLowerCase() === "p") {
			evt.preventDefault();
			openPalette(app, pluginNames);
		}
	});
}

function openPalette(app: App, pluginNames: ReadonlyMap<string, string>): void {
	if (document.body.querySelector(".e2e-palette")) return;
	const container = document.body.createDiv("modal-container mod-dim e2e-palette");
	container.createDiv("modal-bg").addEventListener("click", () => container.remove());
	const prompt = container.createDiv("prompt");
	const input = prompt.createDiv("prompt-input-container").createEl("input", { cls: "prompt-input", type: "text", placeholder: "Select a command..." });
	const results = prompt.createDiv("prompt-results");
	let shown: PaletteCommand[] = [];
	let selected = 0;
	const run = (cmd: PaletteCommand | undefined) => {
		container.remove();
		if (cmd) app.commands.executeCommandById(cmd.id);
	};
	const draw = () => {
		shown = paletteCommands(app, pluginNames).filter((c) => matches(c.label, input.value));
		selected = Math.min(selected, Math.max(0, shown.length - 1));
		results.empty();
		shown.forEach((c, i) => {
			const item = results.createDiv({ cls: "suggestion-item", text: c.label });
			item.toggleClass("is-selected", i === selected);
			item.addEventListener("click", () => run(c));
		});
		if (shown.length === 0) results.createDiv({ cls: "suggestion-empty", text: "No commands found." });
	};
	input.addEventListener("input", () => {
		selected = 0;
		draw();
	});
	input.addEventListener("keydown", (evt) => {
		if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
			evt.preventDefault();
			selected = (selected + (evt.key === "ArrowDown" ? 1 : shown.length - 1)) % Math.max(1, shown.length);
			draw();
		} else if (evt.key === "Enter") {
			evt.preventDefault();
			run(shown[selected]);
		} else if (evt.key === "Escape") {
			container.remove();
		}
	});
	draw();
	input.focus();
}
