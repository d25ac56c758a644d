import { describe, expect, it } from "vitest";
import { parseChannelIds, parseNewChannel } from "./validation";

const OPTIONS = { emailAvailable: true, allowPrivate: false };
const refused = (body: unknown, options = OPTIONS) => {
  const result = parseNewChannel(body, options);
  return result.ok ? null : { field: result.field, message: result.message };
};

describe("a new channel", () => {
  it("is a webhook with a trimmed name, a normalised URL and JSON unless Slack is asked", () => {
    expect(
      parseNewChannel({ kind: "webhook", name: " Ops ", target: "https://Hooks.Example.com/a?b=1" }, OPTIONS),
    ).toEqual({
      ok: true,
      value: { kind: "webhook", name: "Ops", target: "https://hooks.example.com/a?b=1", format: "json" },
    });
    const slack = parseNewChannel(
      { kind: "webhook", name: "S", target: "http://example.com", format: "slack" },
      OPTIONS,
    );
    expect(slack.ok && slack.value.format).toBe("slack");
  });

  it("is an e-mail address when SMTP is configured", () => {
    expect(parseNewChannel({ kind: "email", name: "Me", target: "ops@example.com" }, OPTIONS)).toEqual({
      ok: true,
      value: { kind: "email", name: "Me", target: "ops@example.com", format: null },
    });
  });

  it.each([
    [null, "body"],
    [[], "body"],
    [{ kind: "sms", name: "x", target: "x" }, "kind"],
    [{ kind: "webhook", name: "", target: "https://example.com" }, "name"],
    [{ kind: "webhook", name: "x".repeat(81), target: "https://example.com" }, "name"],
    [{ kind: "webhook", name: 5, target: "https://example.com" }, "name"],
    [{ kind: "webhook", name: "x", target: "ftp://example.com" }, "target"],
    [{ kind: "webhook", name: "x", target: "javascript:alert(1)" }, "target"],
    [{ kind: "webhook", name: "x", target: "/relative" }, "target"],
    [{ kind: "webhook", name: "x", target: "https://user:pw@example.com/" }, "target"],
    [{ kind: "webhook", name: "x", target: `https://example.com/${"a".repeat(2000)}` }, "target"],
    [{ kind: "webhook", name: "x", target: "https://example.com", format: "xml" }, "format"],
    [{ kind: "email", name: "x", target: "not-an-address" }, "target"],
    [{ kind: "email", name: "x", target: "a@b.c\r\nBcc: evil@example.com" }, "target"],
    [{ kind: "email", name: "x", target: "Ops <ops@example.com>" }, "target"],
    [{ kind: "email", name: "x", target: "a@b,c@d.e" }, "target"],
  ])("refuses %j naming %s", (body, field) => {
    expect(refused(body)?.field).toBe(field);
  });

  it("says that e-mail needs SMTP_URL, naming kind", () => {
    expect(
      refused({ kind: "email", name: "x", target: "ops@example.com" }, { ...OPTIONS, emailAvailable: false }),
    ).toEqual({
      field: "kind",
      message: "kind email is not available: the server has no SMTP server configured (SMTP_URL)",
    });
  });

  it.each([
    "http://127.0.0.1:8080/",
    "http://[::1]/",
    "http://169.254.169.254/latest",
    "http://10.1.2.3/",
    "http://[::ffff:192.168.0.1]/",
    "http://2130706433/",
  ])("refuses the private IP literal %s unless private targets are allowed", (target) => {
    expect(refused({ kind: "webhook", name: "x", target })?.message).toMatch(/^target points at a .* address/);
    expect(refused({ kind: "webhook", name: "x", target }, { ...OPTIONS, allowPrivate: true })).toBeNull();
  });
});

describe("channel ids for a rule", () => {
  it("are a list of strings", () => {
    expect(parseChannelIds({ channelIds: ["a", "b"] })).toEqual({ ok: true, value: ["a", "b"] });
    for (const body of [null, {}, { channelIds: "a" }, { channelIds: [1] }, { channelIds: Array(51).fill("a") }])
      expect(parseChannelIds(body)).toMatchObject({ ok: false, field: "channelIds" });
  });
});
