using System.Collections.Frozen;

namespace Catalog.Classifier.Model;

/// <summary>
/// Light English word handling for features: a plural/third-person stem, and two small lexicons of
/// general API vocabulary that group words into classes: verbs by what they do (read, create, change,
/// delete, send, move money, control a process, drive a UI) and nouns by what they touch (a running
/// workload, a user interface, money, secrets, personal data, a query language). Classes let the model
/// carry what it learnt about "restart a pod" over to "reboot a droplet" it never saw. None of this
/// is any repository's tool names.
/// </summary>
internal static class WordForms
{
    private static readonly FrozenDictionary<string, string> VerbClasses = Classes(new Dictionary<string, string>
    {
        ["read"] = "get list read fetch search find query show describe view count check inspect lookup retrieve browse "
            + "export analyze analyse explain compare validate verify calculate compute estimate summarize preview diff watch "
            + "monitor observe track poll ping scan audit resolve extract scrape crawl map load print echo help diagnose debug "
            + "profile parse convert render format translate generate suggest recommend predict detect identify measure sample "
            + "download lint",
        ["create"] = "create add insert new register upload import clone copy make build",
        ["change"] = "update edit modify set put patch save write append rename move replace overwrite upsert configure enable "
            + "disable mark tag label pin unpin lock unlock sync link unlink attach detach assign unassign transition annotate merge "
            + "approve reject accept decline dismiss close reopen archive unarchive publish unpublish mute unmute leave join "
            + "subscribe unsubscribe store schedule promote demote grant toggle",
        ["delete"] = "delete remove drop clear purge destroy erase truncate reset revoke flush invalidate uninstall ban kick block "
            + "unban unblock wipe prune",
        ["send"] = "send post reply forward share comment react invite notify email message broadcast",
        ["money"] = "transfer pay refund capture charge swap trade buy sell mint burn bridge stake unstake withdraw deposit sign "
            + "wrap unwrap claim borrow repay supply order bid",
        ["control"] = "run execute exec invoke call trigger launch deploy apply rollback rollout scale restart start stop cancel "
            + "abort kill terminate install upgrade spawn connect disconnect reboot provision shutdown compile retry rerun resume "
            + "pause suspend evaluate eval test act interact automate play power cordon uncordon drain taint rebuild resize "
            + "migrate signal stream attach",
        ["ui"] = "click type navigate scroll press drag fill select hover screenshot tap swipe focus",
    });

    private static readonly FrozenDictionary<string, string> ObjectClasses = Classes(new Dictionary<string, string>
    {
        ["workload"] = "vm droplet pod container deployment pipeline workflow job build process cluster dyno instance machine "
            + "node rollout task sandbox kernel server service terminal worker daemon replica statefulset daemonset cronjob "
            + "lambda function runner agent environment stack release chart helm",
        ["code"] = "command cmd script code shell bash powershell program snippet python javascript js eval expression "
            + "cell notebook repl macro formula",
        ["ui"] = "browser page tab window element mouse keyboard cursor screen button desktop app application dom selector",
        ["money"] = "payment invoice refund charge order transfer wallet balance price subscription billing payout trade swap "
            + "fund money crypto eth usdc erc20 nft card checkout settlement dispute transaction ledger bank stock portfolio "
            + "position loan currency fee tax cost revenue payee payer merchant purchase quote",
        ["secret"] = "secret password credential key apikey cert certificate ssh auth oauth passphrase mnemonic seed private "
            + "vault kubeconfig cookie",
        ["personal"] = "email mail message chat contact calendar event user customer profile phone dm inbox conversation member "
            + "people person address participant recipient attendee",
        ["query"] = "sql query cypher soql graphql statement select dml ddl",
        ["access"] = "permission role access acl policy webhook invite admin owner group membership",
    });

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

    public static bool IsVerb(string stem) => VerbClasses.ContainsKey(stem);

    /// <summary>The verb's class (read, create, change, delete, send, money, control, ui), or null when it is not a known verb.</summary>
    public static string? VerbClass(string stem) => VerbClasses.GetValueOrDefault(stem);

    /// <summary>The noun's class (workload, code, ui, money, secret, personal, query, access), or null.</summary>
    public static string? ObjectClass(string stem) => ObjectClasses.GetValueOrDefault(stem);

    /// <summary>A word listed under several classes keeps the first: the order of the lists is the priority.</summary>
    private static FrozenDictionary<string, string> Classes(Dictionary<string, string> lists)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, words) in lists)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map.TryAdd(word, name);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
