import { z } from "zod";

export const EchoSchema = z.object({
  message: z.string().describe("Message to echo"),
});
