import { bffError } from "@/lib/bff/route";

export const dynamic = "force-dynamic";

/** Any other BFF address: a JSON 404 in the uniform error shape, not the HTML not-found page. */
const notFound = async () => bffError(404, "not_found", "There is no such API address");

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
