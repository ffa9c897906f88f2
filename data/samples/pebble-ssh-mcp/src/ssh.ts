import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import SSHConfig from "ssh-config";
import { Client, type SFTPWrapper } from "ssh2";

export interface HostEntry {
  alias: string;
  hostname: string;
  user?: string;
  port: number;
}

export function readHosts(): HostEntry[] {
  const config = SSHConfig.parse(readFileSync(join(homedir(), ".ssh", "config"), "utf8"));
  const allowed = process.env.PEBBLE_ALLOWED_HOSTS?.split(",").map((h) => h.trim());
  return config
    .filter((line): line is any => line.param === "Host" && !String(line.value).includes("*"))
    .map((line: any) => {
      const computed = config.compute(line.value);
      return {
        alias: String(line.value),
        hostname: String(computed.HostName ?? line.value),
        user: computed.User as string | undefined,
        port: Number(computed.Port ?? 22),
      };
    })
    .filter((h) => !allowed || allowed.includes(h.alias));
}

export function connect(alias: string): Promise<Client> {
  const host = readHosts().find((h) => h.alias === alias);
  if (!host) return Promise.reject(new Error(`Unknown or disallowed host: ${alias}`));
  return new Promise((resolve, reject) => {
    const client = new Client();
    client
      .on("ready", () => resolve(client))
      .on("error", reject)
      .connect({ host: host.hostname, port: host.port, username: host.user, agent: process.env.SSH_AUTH_SOCK });
  });
}

export function sftp(client: Client): Promise<SFTPWrapper> {
  return new Promise((resolve, reject) => client.sftp((err, s) => (err ? reject(err) : resolve(s))));
}
