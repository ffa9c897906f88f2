using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Java;

/// <summary>Which of the two JVM languages a file is written in, by its extension.</summary>
internal static class JavaSourceLanguage
{
    public static bool IsKotlin(string path) => path.EndsWith(".kt", StringComparison.OrdinalIgnoreCase);

    public static bool IsJvmSource(string path) => path.EndsWith(".java", StringComparison.OrdinalIgnoreCase) || IsKotlin(path);

    public static ScannerLanguage For(string path) => IsKotlin(path) ? ScannerLanguage.Kotlin : ScannerLanguage.Java;
}
