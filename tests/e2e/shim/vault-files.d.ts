/** Generated at bundle time by the e2e runner from `examples/vault` (dot-folders skipped, as Obsidian does). */
declare module "e2e:vault-files" {
	const files: Record<string, string>;
	export default files;
}
