import { ToolSchema } from "@modelcontextprotocol/sdk/types.js";

export const HangPicture = ToolSchema.parse({
  name: "hang_picture",
  description: "Hang a picture on the wall named.",
  inputSchema: {
    type: "object",
    properties: { wall: { type: "string" } },
    required: ["wall"],
  },
});

// A plain object works as well as a parsed one.
export const CountFrames = {
  name: "count_frames",
  description:
    "Count the empty frames in storage.",
  inputSchema: { type: "object", properties: {} },
  annotations: { readOnlyHint: true },
};

// Not exported: Object.values of the namespace never sees it.
const sweepFloor = ToolSchema.parse({ name: "sweep_floor", description: "Internal only." });

export const GALLERY_VERSION = "3.1";
