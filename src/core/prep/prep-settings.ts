/** Settings of prep-note generation. Owned by the prep-note work; composed into the one settings object. */
export interface PrepSettings {
	/** Vault folder that receives prep notes; created when missing. */
	prepFolder: string;
	/** File name of a new prep note, before sanitising; placeholders as in templates. */
	prepFileNamePattern: string;
	/** Vault path of a template note; empty means the built-in template. */
	prepTemplatePath: string;
	/** date-fns format string used for `{{date}}` in templates and file names. */
	prepDateFormat: string;
	/** Vault folder that receives exported gap reports. */
	reportFolder: string;
}

export const DEFAULT_PREP_SETTINGS: PrepSettings = {
	prepFolder: "Interview prep",
	prepFileNamePattern: "{{date}} {{company}} prep",
	prepTemplatePath: "",
	prepDateFormat: "yyyy-MM-dd",
	reportFolder: "Interview prep",
};
