declare function tool(name: string, cb: () => void): void;
