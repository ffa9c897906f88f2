import { chromium, type BrowserContext, type Page } from "playwright";
import { homedir } from "node:os";
import { join } from "node:path";

export class BrowserSession {
  private context?: BrowserContext;

  async page(): Promise<Page> {
    if (!this.context) {
      this.context = await chromium.launchPersistentContext(join(homedir(), ".tidepool", "profile"), {
        headless: process.env.TIDEPOOL_HEADLESS !== "false",
      });
    }
    return this.context.pages()[0] ?? (await this.context.newPage());
  }

  async cookies(domain: string) {
    await this.page();
    return (await this.context!.cookies()).filter((c) => c.domain.endsWith(domain));
  }

  async close() {
    await this.context?.close();
  }
}
