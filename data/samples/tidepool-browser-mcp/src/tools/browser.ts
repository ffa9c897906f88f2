import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { BrowserSession } from "../session.js";

const ok = (text: string) => ({ content: [{ type: "text" as const, text }] });

export function registerBrowserTools(server: McpServer, session: BrowserSession) {
  server.registerTool(
    "browser_navigate",
    {
      title: "Navigate",
      description: "Open a URL in the controlled browser tab and wait for the page to load.",
      inputSchema: {
        url: z.string().url(),
        wait_until: z.enum(["load", "domcontentloaded", "networkidle"]).default("load"),
      },
      annotations: { readOnlyHint: false, openWorldHint: true },
    },
    async ({ url, wait_until }) => {
      const page = await session.page();
      const response = await page.goto(url, { waitUntil: wait_until });
      return ok(`${response?.status() ?? "?"} ${page.url()} - ${await page.title()}`);
    },
  );

  server.registerTool(
    "browser_click",
    {
      title: "Click",
      description: "Click the element matching a CSS selector or an accessible name.",
      inputSchema: {
        selector: z.string().describe("CSS selector, or role=button[name=\"Save\"]"),
        button: z.enum(["left", "right", "middle"]).optional(),
        double_click: z.boolean().optional(),
      },
    },
    async ({ selector, button, double_click }) => {
      const page = await session.page();
      const locator = page.locator(selector).first();
      if (double_click) await locator.dblclick({ button });
      else await locator.click({ button });
      return ok(`Clicked ${selector}`);
    },
  );

  server.registerTool(
    "browser_type",
    {
      title: "Type text",
      description: "Type text into an input field, optionally pressing Enter afterwards.",
      inputSchema: {
        selector: z.string(),
        text: z.string(),
        submit: z.boolean().default(false),
      },
    },
    async ({ selector, text, submit }) => {
      const page = await session.page();
      await page.locator(selector).first().fill(text);
      if (submit) await page.keyboard.press("Enter");
      return ok(`Typed ${text.length} characters`);
    },
  );

  server.registerTool(
    "browser_screenshot",
    {
      title: "Screenshot",
      description: "Take a PNG screenshot of the current page or of one element.",
      inputSchema: {
        selector: z.string().optional().describe("Only capture this element"),
        full_page: z.boolean().default(false),
      },
      annotations: { readOnlyHint: true },
    },
    async ({ selector, full_page }) => {
      const page = await session.page();
      const png = selector
        ? await page.locator(selector).first().screenshot()
        : await page.screenshot({ fullPage: full_page });
      return { content: [{ type: "image" as const, data: png.toString("base64"), mimeType: "image/png" }] };
    },
  );

  server.registerTool(
    "browser_evaluate",
    {
      title: "Evaluate JavaScript",
      description: "Evaluate a JavaScript expression in the page and return its result.",
      inputSchema: {
        expression: z.string().describe("An expression or an async arrow function body"),
      },
    },
    async ({ expression }) => {
      const page = await session.page();
      const result = await page.evaluate(expression);
      return ok(JSON.stringify(result, null, 2) ?? "undefined");
    },
  );

  server.registerTool(
    "browser_get_cookies",
    {
      title: "Get cookies",
      description: "Return the cookies stored for a domain, including session cookies.",
      inputSchema: { domain: z.string().describe("e.g. example.com") },
    },
    async ({ domain }) => ok(JSON.stringify(await session.cookies(domain), null, 2)),
  );
}
