import { describe, expect, it } from "vitest";
import { checkProductFile, MAX_PRODUCT_FILE_BYTES, sniffProductFile } from "./product-file";

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));
/** a ZIP's first local header: signature, 26 bytes of header fields, then the member name */
const zip = (firstName: string, rest = "") => bytes([0x50, 0x4b, 0x03, 0x04], new Array(26).fill(0), firstName, rest);

describe("sniffProductFile: the kind of a file by its content", () => {
  it("recognises PDF, images, old and new Office and OpenDocument", () => {
    expect(sniffProductFile(bytes("%PDF-1.4\n"))).toBe("pdf");
    expect(sniffProductFile(bytes([0x89], "PNG\r\n", [0x1a, 0x0a]))).toBe("png");
    expect(sniffProductFile(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(sniffProductFile(bytes("GIF89a"))).toBe("gif");
    expect(sniffProductFile(bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "))).toBe("webp");
    expect(sniffProductFile(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe("ole");
    expect(sniffProductFile(zip("[Content_Types].xml", "....word/document.xml"))).toBe("docx");
    expect(sniffProductFile(zip("[Content_Types].xml", "....xl/workbook.xml"))).toBe("xlsx");
    expect(sniffProductFile(zip("[Content_Types].xml", "....ppt/presentation.xml"))).toBe("pptx");
    expect(sniffProductFile(zip("mimetype", "application/vnd.oasis.opendocument.text"))).toBe("odt");
  });

  it("refuses HTML, SVG, scripts, executables and a plain ZIP", () => {
    for (const b of [bytes("<html><script>"), bytes("<svg xmlns="), bytes("#!/bin/sh"), bytes("MZ", [0x90, 0]), zip("virus.exe"), new Uint8Array()]) expect(sniffProductFile(b)).toBeNull();
  });
});

describe("checkProductFile", () => {
  const pdf = bytes("%PDF-1.7\n");
  it("serves a file with the content type of its content, whatever the browser said", () => {
    expect(checkProductFile(pdf, "Handreiking.PDF")).toEqual({ ok: true, file: { contentType: "application/pdf", fileName: "Handreiking.PDF", size: pdf.length } });
    expect(checkProductFile(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "oud.xls")).toMatchObject({ ok: true, file: { contentType: "application/vnd.ms-excel" } });
  });
  it("refuses an empty file, one over 20 MB, one of another kind, and a name that disagrees with the content", () => {
    expect(checkProductFile(new Uint8Array(), "a.pdf")).toEqual({ ok: false, message: "Het bestand is leeg." });
    const big = new Uint8Array(MAX_PRODUCT_FILE_BYTES + 1);
    big.set(pdf);
    expect(checkProductFile(big, "a.pdf")).toEqual({ ok: false, message: "Het bestand is te groot (20,1 MB); het maximum is 20 MB." });
    expect(checkProductFile(bytes("<html>"), "a.pdf")).toMatchObject({ ok: false, message: expect.stringMatching(/^Dit soort bestand kan niet worden geplaatst/) });
    expect(checkProductFile(pdf, "a.exe")).toEqual({ ok: false, message: "De inhoud van het bestand is PDF, maar de naam eindigt niet op .pdf. Controleer of u het goede bestand kiest." });
  });
});
