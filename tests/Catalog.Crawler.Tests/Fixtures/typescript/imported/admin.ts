export const ADMIN_TOOLS = [
  { name: "reset", description: "Reset everything.", annotations: { destructiveHint: true } },
] as const;
