import { Plugin } from "obsidian";

/** Lifecycle only: the parts are built in their own modules and registered here. */
export default class InterviewGapTrackerPlugin extends Plugin {
	async onload(): Promise<void> {}
}
