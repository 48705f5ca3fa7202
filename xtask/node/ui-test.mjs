// The sandbox's page in headless Chromium (playwright-core, pinned in
// package.json): `node ui-test.mjs ORIGIN CHROMIUM SCREENSHOT`. The sandbox
// at ORIGIN was seeded with seeds/nightly.yaml. Exits non-zero, saying why,
// if the page does not do what it says.
import { chromium } from "playwright-core";

const [origin, executablePath, screenshot] = process.argv.slice(2);
const fail = (why) => { console.error("ui-test: " + why); process.exit(1); };

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("response", (response) => { if (response.status() >= 400) errors.push(response.status() + " from " + response.url()); });
  page.on("dialog", (dialog) => { errors.push("a dialog opened: " + dialog.message()); dialog.dismiss(); });

  await page.goto(origin + "/__sandbox/ui");
  await page.waitForFunction(() => document.querySelector("#clock").textContent.includes("T"));

  // A job whose external_ref is markup shows as text, and runs nothing.
  await page.getByText("<script>alert('payments')</script>", { exact: true }).waitFor({ timeout: 5000 });
  if ((await page.locator("script").count()) !== 1) fail("a script element was injected");

  // The schedule is there, with its next run.
  await page.getByText("Nightly billing").waitFor({ timeout: 5000 });
  const before = await page.textContent("#clock");

  // A day later, the nightly billing run has run, and finished.
  await page.click("#advance-day");
  await page.waitForFunction((was) => document.querySelector("#clock").textContent !== was, before, { timeout: 10000 });
  await page.waitForFunction(
    () => /success: 2/.test(document.querySelector("[data-status=success]")?.textContent || ""),
    null,
    { timeout: 20000 },
  );
  const billing = await page.locator("#jobs tbody tr", { hasText: "billing-run" }).first().textContent();
  if (!billing.includes("success") || !billing.includes("invoice_failures")) fail("the billing run shows no report: " + billing);

  // A fault, added with the form, is listed as waiting.
  await page.selectOption("#add-fault select[name=operation]", "ListJobs");
  await page.fill("#add-fault input[name=status]", "503");
  await page.click("#add-fault button[type=submit]");
  await page.locator("#faults tbody tr", { hasText: "ListJobs" }).waitFor({ timeout: 5000 });

  // A client's request meets that fault, and the live journal shows it
  // without a reload; the fault is used up.
  const listed = await fetch(origin + "/v2/subscriptions/jobs", { headers: { authorization: "Bearer ui-test" } });
  if (listed.status !== 503) fail("the ListJobs fault did not fire: " + listed.status);
  await page.locator("#journal tbody tr", { hasText: "ListJobs" }).filter({ hasText: "503" }).waitFor({ timeout: 10000 });
  await page.locator("#faults tbody tr", { hasText: "ListJobs" }).waitFor({ state: "detached", timeout: 10000 });

  // Every section is on screen.
  for (const selector of ["#clock", "#schedules table", "#jobs .counts", "#jobs table", "#journal table", "#faults table", "#add-fault"]) {
    if (!(await page.locator(selector).isVisible())) fail(selector + " is not visible");
  }
  // The screenshot is of the whole page, and every section is inside it.
  const png = await page.screenshot({ path: screenshot, fullPage: true });
  const width = png.readUInt32BE(16), height = png.readUInt32BE(20);
  for (const section of ["#clock", "#schedules", "#jobs", "#journal", "#faults"]) {
    const box = await page.locator(section).boundingBox();
    if (!box || box.width < 1 || box.height < 1 || box.x + box.width > width || box.y + box.height > height) {
      fail(section + " is not in the " + width + "x" + height + " screenshot: " + JSON.stringify(box));
    }
  }
  if (errors.length) fail("console errors: " + errors.join("; "));
  console.log("ui-test: the page loads, moves the clock, shows the nightly run finish, escapes what it shows; screenshot " + screenshot);
} finally {
  await browser.close();
}
