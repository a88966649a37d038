/** Settings of prep-note generation. Owned by the prep-note work; composed into the one settings object. */
export interface PrepSettings {
	/** Vault folder that receives prep notes. */
	prepFolder: string;
}

export const DEFAULT_PREP_SETTINGS: PrepSettings = {
	prepFolder: "Interview prep",
};
