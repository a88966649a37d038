import { DEFAULT_TRACKER_FILTER, type GroupBy, type StatusFilter, type TrackerFilter } from "./tracker-filter";

/** What the pane keeps in Obsidian's workspace layout, so it looks the same after a restart. */
export interface TrackerViewState {
	filter: TrackerFilter;
	groupBy: GroupBy;
	/** Collapsed section and group keys. */
	collapsed: string[];
}

export const DEFAULT_VIEW_STATE: TrackerViewState = { filter: DEFAULT_TRACKER_FILTER, groupBy: "interview", collapsed: [] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a saved state defensively: the layout file may come from an older version or be hand-edited. */
export function readViewState(raw: unknown): TrackerViewState {
	const r = isRecord(raw) ? raw : {};
	const f = isRecord(r.filter) ? r.filter : {};
	const status: StatusFilter = f.status === "open" || f.status === "done" ? f.status : "all";
	return {
		filter: {
			search: typeof f.search === "string" ? f.search : "",
			company: typeof f.company === "string" && f.company ? f.company : null,
			from: typeof f.from === "string" && DATE.test(f.from) ? f.from : null,
			to: typeof f.to === "string" && DATE.test(f.to) ? f.to : null,
			status,
			themeId: typeof f.themeId === "string" && f.themeId ? f.themeId : null,
		},
		groupBy: r.groupBy === "company" ? "company" : "interview",
		collapsed: Array.isArray(r.collapsed) ? r.collapsed.filter((k): k is string => typeof k === "string") : [],
	};
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}
