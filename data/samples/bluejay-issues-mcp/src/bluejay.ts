export interface BluejayConfig {
  baseUrl: string;
  token: string;
}

export async function bluejay<T = unknown>(
  config: BluejayConfig,
  method: "GET" | "POST" | "PATCH" | "DELETE",
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(new URL(`/api/v2${path}`, config.baseUrl), {
    method,
    headers: {
      authorization: `Token ${config.token}`,
      accept: "application/json",
      ...(body ? { "content-type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status === 204) return undefined as T;
  if (!res.ok) throw new Error(`Bluejay returned ${res.status} for ${method} ${path}`);
  return (await res.json()) as T;
}

export const text = (value: unknown) => ({
  content: [{ type: "text" as const, text: typeof value === "string" ? value : JSON.stringify(value, null, 2) }],
});
