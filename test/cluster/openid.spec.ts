import { runOpenIdClientFlow } from "../../e2e/openid-client-flow";
import { expect, test } from "./fixtures";

test("a strict OpenID Connect client works through the balancer's address, whichever instance answers", async ({
  cluster,
}) => {
  // Discovery, the password grant, id_token validation, userinfo and refresh rotation, each request
  // sent to whichever instance HAProxy picks: the issuer is the public address, never an instance's.
  const { issuer } = await runOpenIdClientFlow(cluster.url);
  expect(issuer).toBe(`${cluster.url}/auth`);
  const direct = await fetch(`${cluster.instances[1]!.url}/auth/.well-known/openid-configuration`);
  expect(((await direct.json()) as { issuer: string }).issuer).toBe(`${cluster.url}/auth`);
});
