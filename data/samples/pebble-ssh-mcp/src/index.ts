#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { connect, readHosts, sftp } from "./ssh.js";

const server = new McpServer({ name: "pebble-ssh", version: "0.3.4" });

const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

server.tool("list_hosts", "List the hosts defined in the SSH config, with user and port.", async () =>
  text(JSON.stringify(readHosts(), null, 2)),
);

server.tool(
  "ssh_exec",
  "Run a command on a remote host over SSH and return its output.",
  {
    host: z.string().describe("Host alias from ~/.ssh/config"),
    command: z.string().describe("Command line to run in the remote login shell"),
    timeout_ms: z.number().int().positive().max(600_000).default(30_000),
  },
  async ({ host, command, timeout_ms }) => {
    const client = await connect(host);
    try {
      const output = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("timed out")), timeout_ms);
        client.exec(command, (err, stream) => {
          if (err) return reject(err);
          let out = "";
          stream.on("data", (d: Buffer) => (out += d.toString()));
          stream.stderr.on("data", (d: Buffer) => (out += d.toString()));
          stream.on("close", (code: number) => {
            clearTimeout(timer);
            resolve(`${out}\n[exit ${code}]`);
          });
        });
      });
      return text(output);
    } finally {
      client.end();
    }
  },
);

server.tool(
  "upload_file",
  "Copy a local file to a path on a remote host over SFTP.",
  { host: z.string(), local_path: z.string(), remote_path: z.string() },
  async ({ host, local_path, remote_path }) => {
    const client = await connect(host);
    try {
      const s = await sftp(client);
      await new Promise<void>((resolve, reject) => s.fastPut(local_path, remote_path, (e) => (e ? reject(e) : resolve())));
      return text(`Uploaded ${local_path} to ${host}:${remote_path}`);
    } finally {
      client.end();
    }
  },
);

server.tool(
  "download_file",
  "Copy a file from a remote host to the local disk.",
  { host: z.string(), remote_path: z.string(), local_path: z.string() },
  async ({ host, remote_path, local_path }) => {
    const client = await connect(host);
    try {
      const s = await sftp(client);
      await new Promise<void>((resolve, reject) => s.fastGet(remote_path, local_path, (e) => (e ? reject(e) : resolve())));
      return text(`Downloaded ${host}:${remote_path} to ${local_path}`);
    } finally {
      client.end();
    }
  },
);

await server.connect(new StdioServerTransport());
