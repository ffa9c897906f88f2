using System.Collections.Frozen;

namespace Catalog.Classifier.Model;

/// <summary>
/// Light English word handling for features: a plural/third-person stem, and a lexicon of the verbs
/// tools are named after. The lexicon is general API vocabulary, not any repository's tool names.
/// </summary>
internal static class WordForms
{
    private static readonly FrozenSet<string> Verbs = new[]
    {
        // Reading and observing.
        "get", "list", "read", "fetch", "search", "find", "query", "show", "describe", "view", "count", "check",
        "inspect", "lookup", "retrieve", "browse", "download", "export", "analyze", "analyse", "explain", "compare",
        "validate", "verify", "calculate", "compute", "estimate", "summarize", "preview", "diff", "watch", "monitor",
        "observe", "track", "poll", "ping", "scan", "audit", "resolve", "extract", "scrape", "crawl", "map", "load",
        "open", "print", "echo", "help", "diagnose", "debug", "profile", "test", "lint", "parse", "convert", "render",
        "format", "translate", "generate", "suggest", "recommend", "predict", "detect", "identify", "measure", "sample",
        // Changing stored state or sending.
        "create", "add", "insert", "update", "edit", "modify", "set", "put", "patch", "save", "write", "upload",
        "append", "rename", "move", "copy", "clone", "delete", "remove", "drop", "clear", "purge", "destroy", "erase",
        "truncate", "reset", "revoke", "grant", "assign", "unassign", "invite", "ban", "unban", "kick", "block",
        "unblock", "archive", "unarchive", "close", "reopen", "merge", "approve", "reject", "publish", "unpublish",
        "post", "send", "reply", "forward", "share", "comment", "react", "pin", "unpin", "mark", "tag", "label",
        "lock", "unlock", "enable", "disable", "configure", "import", "sync", "link", "unlink", "attach", "detach",
        "register", "unregister", "subscribe", "unsubscribe", "store", "replace", "overwrite", "upsert", "mute",
        "unmute", "leave", "join", "accept", "decline", "dismiss", "resolve", "transition", "annotate", "cordon",
        "uncordon", "drain", "taint", "label", "promote", "demote", "transfer", "pay", "refund", "capture", "charge",
        "swap", "trade", "buy", "sell", "mint", "burn", "bridge", "stake", "unstake", "withdraw", "deposit", "sign",
        "wrap", "unwrap", "claim", "borrow", "repay", "supply", "order", "schedule", "flush", "invalidate",
        // Running and controlling.
        "run", "execute", "exec", "invoke", "call", "trigger", "launch", "build", "deploy", "apply", "rollback",
        "rollout", "scale", "restart", "start", "stop", "cancel", "abort", "kill", "terminate", "install",
        "uninstall", "click", "type", "navigate", "scroll", "press", "drag", "fill", "select", "hover", "screenshot",
        "evaluate", "eval", "spawn", "connect", "disconnect", "login", "logout", "retry", "rerun", "resume", "pause",
        "suspend", "reboot", "provision", "shutdown", "compile", "upgrade", "act", "interact", "automate", "play",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsVerb(string stem) => Verbs.Contains(stem);

    /// <summary>Strips plural and third-person endings: creates -> create, queries -> query, processes -> process, status stays.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !word.EndsWith('s'))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal)
            || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        return word[..^1];
    }
}
