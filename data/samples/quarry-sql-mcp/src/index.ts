#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import {
  CallToolRequestSchema,
  ListToolsRequestSchema,
  type CallToolResult,
} from "@modelcontextprotocol/sdk/types.js";
import { createWriteStream } from "node:fs";
import pg from "pg";

const connectionString = process.argv[2];
if (!connectionString) {
  console.error("Usage: quarry-sql-mcp <postgres connection string>");
  process.exit(1);
}

const pool = new pg.Pool({ connectionString, max: 4 });

const server = new Server(
  { name: "quarry-sql", version: "1.3.0" },
  { capabilities: { tools: {} } },
);

const READ_QUERY_TOOL = {
  name: "read_query",
  description: "Run a read-only SELECT query and return the rows as JSON. Statements other than SELECT are rejected.",
  inputSchema: {
    type: "object",
    properties: {
      sql: { type: "string", description: "A single SELECT statement" },
      params: { type: "array", items: {}, description: "Values for $1, $2, ... placeholders" },
    },
    required: ["sql"],
  },
};

const EXECUTE_SQL_TOOL = {
  name: "execute_sql",
  description:
    "Execute any SQL statement (INSERT, UPDATE, DELETE, DDL) against the connected Postgres database and return the affected row count.",
  inputSchema: {
    type: "object",
    properties: {
      sql: { type: "string" },
      params: { type: "array", items: {} },
    },
    required: ["sql"],
  },
};

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    READ_QUERY_TOOL,
    EXECUTE_SQL_TOOL,
    {
      name: "list_tables",
      description: "List the tables in a schema with their estimated row counts.",
      inputSchema: {
        type: "object",
        properties: {
          schema: { type: "string", description: "Schema name, defaults to public" },
        },
      },
      annotations: { readOnlyHint: true },
    },
    {
      name: "describe_table",
      description: "Describe the columns, types, indexes and foreign keys of a table.",
      inputSchema: {
        type: "object",
        properties: {
          table: { type: "string" },
          schema: { type: "string" },
        },
        required: ["table"],
      },
    },
    {
      name: "export_table_csv",
      description: "Export the rows of a table to a CSV file on the server's disk.",
      inputSchema: {
        type: "object",
        properties: {
          table: { type: "string" },
          file_path: { type: "string", description: "Absolute path of the CSV file to write" },
          where: { type: "string", description: "Optional SQL condition to filter rows" },
        },
        required: ["table", "file_path"],
      },
    },
    {
      name: "drop_table",
      description: "Drop a table and everything in it. This cannot be undone.",
      inputSchema: {
        type: "object",
        properties: {
          table: { type: "string" },
          cascade: { type: "boolean", description: "Also drop objects that depend on the table" },
        },
        required: ["table"],
      },
      annotations: { readOnlyHint: false, destructiveHint: true },
    },
  ],
}));

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function json(value: unknown): CallToolResult {
  return { content: [{ type: "text", text: JSON.stringify(value, null, 2) }] };
}

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const args = (request.params.arguments ?? {}) as Record<string, any>;
  switch (request.params.name) {
    case "read_query": {
      if (!/^\s*select\b/i.test(args.sql)) {
        return { isError: true, content: [{ type: "text", text: "Only SELECT statements are allowed" }] };
      }
      const client = await pool.connect();
      try {
        await client.query("BEGIN TRANSACTION READ ONLY");
        const result = await client.query(args.sql, args.params ?? []);
        return json(result.rows);
      } finally {
        await client.query("ROLLBACK").catch(() => undefined);
        client.release();
      }
    }
    case "execute_sql": {
      const result = await pool.query(args.sql, args.params ?? []);
      return json({ command: result.command, rowCount: result.rowCount });
    }
    case "list_tables": {
      const result = await pool.query(
        "select relname as table, reltuples::bigint as estimated_rows from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and n.nspname = $1 order by 1",
        [args.schema ?? "public"],
      );
      return json(result.rows);
    }
    case "describe_table": {
      const result = await pool.query(
        "select column_name, data_type, is_nullable, column_default from information_schema.columns where table_schema = $1 and table_name = $2 order by ordinal_position",
        [args.schema ?? "public", args.table],
      );
      return json(result.rows);
    }
    case "export_table_csv": {
      const where = args.where ? ` where ${args.where}` : "";
      const result = await pool.query(`select * from ${quoteIdent(args.table)}${where}`);
      const out = createWriteStream(args.file_path);
      out.write(result.fields.map((f) => f.name).join(",") + "\n");
      for (const row of result.rows) out.write(Object.values(row).map((v) => JSON.stringify(v ?? "")).join(",") + "\n");
      out.end();
      return json({ written: result.rowCount, file: args.file_path });
    }
    case "drop_table": {
      await pool.query(`drop table ${quoteIdent(args.table)}${args.cascade ? " cascade" : ""}`);
      return json({ dropped: args.table });
    }
    default:
      throw new Error(`Unknown tool: ${request.params.name}`);
  }
});

await server.connect(new StdioServerTransport());
