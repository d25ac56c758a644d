// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sampleDetail } from "@/test/fixtures/transaction";
import { render } from "@/test/render";
import { FilesCard } from "./files-card";

const { files } = sampleDetail();
const EDI = Uint8Array.from("UNA:+.? 'UNB+UNOC:3+A+B'NAD+BY++Määttä'", (c) => c.charCodeAt(0));
const forbidden = () => Response.json({ error: { code: "forbidden", message: "Role blob required" } }, { status: 403 });
const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => vi.stubGlobal("fetch", fetchMock));
afterEach(() => {
  cleanup();
  fetchMock.mockReset();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const renderCard = () => render(<FilesCard transactionId="tx-1" files={files} formatLabel="EDIFACT" />);

describe("FilesCard", () => {
  it("lists files with kind, type and size and a Download link to the BFF", () => {
    renderCard();
    // The format and the file type say the same for EDIFACT: it is named once.
    expect(screen.getByText("Document · EDIFACT · 2.0 kB")).toBeTruthy();
    expect(screen.getByText("Attachment · PDF · 1.5 MB")).toBeTruthy();
    const link = screen.getByRole("link", { name: "Download INV-2026-0042.edi" });
    expect(link.getAttribute("href")).toBe("/api/transactions/tx-1/files/document?disposition=attachment");
    expect(link.hasAttribute("download")).toBe(true);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("previews EDIFACT as latin1 text, one segment per line", async () => {
    fetchMock.mockResolvedValue(new Response(EDI, { headers: { "content-type": "application/edifact" } }));
    renderCard();
    fireEvent.click(screen.getByRole("button", { name: "Preview INV-2026-0042.edi" }));
    const text = await screen.findByTestId("file-preview-text");
    expect(text.textContent).toBe("UNA:+.? '\nUNB+UNOC:3+A+B'\nNAD+BY++Määttä'");
    expect(fetchMock).toHaveBeenCalledWith(
      "/api/transactions/tx-1/files/document?disposition=attachment",
      expect.anything(),
    );
    fireEvent.keyDown(text, { key: "Escape" });
    expect(screen.queryByTestId("file-preview-text")).toBeNull();
  });

  it("closes the preview on Escape from the button that opened it, and marks the key handled", async () => {
    fetchMock.mockResolvedValue(new Response(EDI, { headers: { "content-type": "application/edifact" } }));
    renderCard();
    const button = screen.getByRole("button", { name: "Preview INV-2026-0042.edi" });
    fireEvent.click(button);
    await screen.findByTestId("file-preview-text");
    const handled = !fireEvent.keyDown(button, { key: "Escape" });
    expect(handled).toBe(true);
    expect(screen.queryByTestId("file-preview-text")).toBeNull();
    // With no preview open, Escape is left to the page (the drill-down goes back to the list).
    expect(fireEvent.keyDown(button, { key: "Escape" })).toBe(true);
  });

  it("shows a PDF in a frame of the inline BFF address once the file could be fetched", async () => {
    fetchMock.mockResolvedValue(new Response("%PDF-1.4", { headers: { "content-type": "application/pdf" } }));
    renderCard();
    fireEvent.click(screen.getByRole("button", { name: "Preview INV-2026-0042-invoice.pdf" }));
    const frame = await screen.findByTitle("PDF preview of INV-2026-0042-invoice.pdf");
    expect(frame.getAttribute("src")).toBe("/api/transactions/tx-1/files/attachment-1?disposition=inline");
  });

  it("saves the fetched bytes under the file's name on Download", async () => {
    fetchMock.mockResolvedValue(new Response(EDI, { headers: { "content-type": "application/edifact" } }));
    const createObjectURL = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:file");
    vi.spyOn(URL, "revokeObjectURL").mockReturnValue(undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    renderCard();
    fireEvent.click(screen.getByRole("link", { name: "Download INV-2026-0042.edi" }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0].download).toBe("INV-2026-0042.edi");
    const blob = createObjectURL.mock.calls[0][0] as Blob;
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(EDI);
  });

  it("says there is no permission and disables every action when Download answers 403", async () => {
    fetchMock.mockImplementation(async () => forbidden());
    renderCard();
    fireEvent.click(screen.getByRole("link", { name: "Download INV-2026-0042.edi" }));
    expect((await screen.findByRole("alert")).textContent).toContain("You have no permission to open files");
    expect(screen.queryAllByRole("link")).toHaveLength(0);
    for (const button of screen.getAllByRole("button")) expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("says there is no permission when a preview answers 403, showing no preview", async () => {
    fetchMock.mockImplementation(async () => forbidden());
    renderCard();
    fireEvent.click(screen.getByRole("button", { name: "Preview INV-2026-0042-invoice.pdf" }));
    expect((await screen.findByRole("alert")).textContent).toContain("You have no permission to open files");
    expect(screen.queryByTitle(/PDF preview/)).toBeNull();
  });

  it("offers a retry when a preview fails for another reason", async () => {
    fetchMock.mockResolvedValueOnce(
      Response.json({ error: { code: "upstream_unavailable", message: "Track API down" } }, { status: 502 }),
    );
    fetchMock.mockResolvedValueOnce(new Response(EDI, { headers: { "content-type": "application/edifact" } }));
    renderCard();
    fireEvent.click(screen.getByRole("button", { name: "Preview INV-2026-0042.edi" }));
    expect(await screen.findByText(/Track API down/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect((await screen.findByTestId("file-preview-text")).textContent).toContain("NAD+BY++Määttä'");
  });
});
