/** True when `s` holds no lone surrogate (String.prototype.isWellFormed is ES2024, past this project's lib). */
export function wellFormed(s: string): boolean {
	return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}
