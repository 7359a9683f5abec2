import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../browser';
import { stablePdf } from './stable-bytes';

/** Prints web pages to PDF as a reader would with Chromium's "Save as PDF", in one browser. */
export class ChromiumPrinter {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  static async open(): Promise<ChromiumPrinter> {
    const browser = await launchBrowser();
    try {
      return new ChromiumPrinter(browser, await browser.newPage());
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** The page's own @page rule sets the paper and orientation; backgrounds (stripes, RAG) print. */
  async print(html: string): Promise<Buffer> {
    await this.page.setContent(html, { waitUntil: 'load' });
    const pdf = await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    return stablePdf(pdf);
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
