/** Settings of the theme (gap) engine. Owned by the themes work; composed into the one settings object. */
export interface ThemeSettings {
	/** Inline tag prefix that names a gap explicitly (`#gap/business-impact`). */
	gapTagPrefix: string;
}

export const DEFAULT_THEME_SETTINGS: ThemeSettings = {
	gapTagPrefix: "gap",
};
