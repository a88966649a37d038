/**
 * A localhost-only HTTP server for the harness page: the page, the bundled shim, the theme
 * stylesheet and the plugin's release files (`main.js`, `manifest.json`, `styles.css`) read from
 * the repository at request time, plus any extra JSON the caller mounts (the bench's corpus).
 */
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { ROOT } from "./bundle";

export interface HarnessServer {
	url: string;
	close(): Promise<void>;
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Interview Gap Tracker e2e</title>
<link rel="stylesheet" href="/theme.css"><link rel="stylesheet" href="/styles.css">
<script src="/shim.js"></script></head><body></body></html>`;

type Body = { type: string; body: () => string | Buffer };

export async function startServer(shim: string, extra: Record<string, string> = {}): Promise<HarnessServer> {
	const fromRepo = (path: string, type: string): Body => ({ type, body: () => (existsSync(join(ROOT, path)) ? readFileSync(join(ROOT, path)) : "") });
	const routes: Record<string, Body> = {
		"/": { type: "text/html", body: () => PAGE },
		"/shim.js": { type: "text/javascript", body: () => shim },
		"/theme.css": { type: "text/css", body: () => readFileSync(join(ROOT, "tests", "e2e", "shim", "theme.css")) },
		"/main.js": fromRepo("main.js", "text/javascript"),
		"/manifest.json": fromRepo("manifest.json", "application/json"),
		"/styles.css": fromRepo("styles.css", "text/css"),
		"/favicon.ico": { type: "image/x-icon", body: () => "" },
	};
	for (const [path, json] of Object.entries(extra)) routes[path] = { type: "application/json", body: () => json };
	const server: Server = createServer((req, res) => {
		const route = routes[(req.url ?? "/").split("?")[0] ?? "/"];
		if (!route) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { "content-type": `${route.type}; charset=utf-8`, "cache-control": "no-store" }).end(route.body());
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
