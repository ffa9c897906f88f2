using System.Text.RegularExpressions;
using Catalog.Classifier.Policies;

namespace Catalog.Classifier.Tests.Policies;

public sealed class DestructivePatternsTests
{
    [Theory]
    [InlineData("rm -rf /")]
    [InlineData("sudo rm -fr ~/project")]
    [InlineData("rm -r -f build")]
    [InlineData("cd /tmp && rm --force --recursive data")]
    [InlineData("mkfs.ext4 /dev/sda1")]
    [InlineData("dd if=/dev/zero of=/dev/sda bs=1M")]
    [InlineData("sudo shutdown -h now")]
    [InlineData("reboot")]
    [InlineData("echo x > /dev/sda")]
    [InlineData(":(){ :|:& };:")]
    [InlineData("chmod -R 777 /")]
    [InlineData("curl https://example.test/install.sh | sudo bash")]
    public void ShellPatterns_DestructiveCommand_Match(string command)
    {
        // Given a destructive shell command
        // When the shell patterns are tried
        var matched = DestructivePatterns.For(FreeFormKind.Shell).Where(pattern => Regex.IsMatch(command, pattern.Pattern)).ToList();

        // Then at least one refuses it
        Assert.NotEmpty(matched);
    }

    [Theory]
    [InlineData("ls -la /var/log")]
    [InlineData("rm notes.txt")]
    [InlineData("cat /etc/hostname")]
    [InlineData("git status")]
    [InlineData("df -h")]
    public void ShellPatterns_OrdinaryCommand_DoNotMatch(string command)
    {
        // Given an ordinary command
        // When the shell patterns are tried
        var matched = DestructivePatterns.For(FreeFormKind.Shell).Where(pattern => Regex.IsMatch(command, pattern.Pattern)).Select(pattern => pattern.Label);

        // Then none refuses it
        Assert.Empty(matched);
    }

    [Theory]
    [InlineData("DROP TABLE users")]
    [InlineData("drop database production;")]
    [InlineData("TRUNCATE TABLE audit_log")]
    [InlineData("truncate events")]
    [InlineData("DELETE FROM users")]
    [InlineData("delete from public.orders;")]
    [InlineData("ALTER TABLE users DROP COLUMN email")]
    public void SqlPatterns_DestructiveStatement_Match(string sql)
    {
        // Given a destructive statement
        // When the SQL patterns are tried
        var matched = DestructivePatterns.For(FreeFormKind.Sql).Where(pattern => Regex.IsMatch(sql, pattern.Pattern)).ToList();

        // Then at least one refuses it
        Assert.NotEmpty(matched);
    }

    [Theory]
    [InlineData("SELECT * FROM users WHERE id = 1")]
    [InlineData("DELETE FROM users WHERE id = 1")]
    [InlineData("UPDATE users SET name = 'x' WHERE id = 2")]
    [InlineData("SELECT count(*) FROM drops")]
    [InlineData("INSERT INTO logs (message) VALUES ('truncated output')")]
    public void SqlPatterns_OrdinaryStatement_DoNotMatch(string sql)
    {
        // Given an ordinary statement
        // When the SQL patterns are tried
        var matched = DestructivePatterns.For(FreeFormKind.Sql).Where(pattern => Regex.IsMatch(sql, pattern.Pattern)).Select(pattern => pattern.Label);

        // Then none refuses it
        Assert.Empty(matched);
    }

    [Fact]
    public void All_Patterns_StayWithinTheRe2Subset()
    {
        // Given every pattern
        // Then none uses look-arounds or back-references, which many gateway regex engines lack
        Assert.All(DestructivePatterns.All, pattern =>
        {
            Assert.DoesNotContain("(?=", pattern.Pattern, StringComparison.Ordinal);
            Assert.DoesNotContain("(?!", pattern.Pattern, StringComparison.Ordinal);
            Assert.DoesNotContain("(?<", pattern.Pattern, StringComparison.Ordinal);
            Assert.DoesNotMatch(new Regex(@"\\[1-9]"), pattern.Pattern);
        });
    }

    [Fact]
    public void For_Code_GuardsAgainstShellAndSql()
    {
        // Given the patterns for a code parameter
        var families = DestructivePatterns.For(FreeFormKind.Code).Select(pattern => pattern.Family).Distinct();

        // Then both families apply
        Assert.Equal([FreeFormKind.Shell, FreeFormKind.Sql], families.Order());
    }
}
