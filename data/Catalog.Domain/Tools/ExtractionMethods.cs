namespace Catalog.Domain.Tools;

/// <summary>
/// Names of the ways a tool definition can be found. Stored with every definition so a reader knows
/// how much to trust it (a README listing is weaker evidence than a registration call).
/// </summary>
public static class ExtractionMethods
{
    public const string TsRegisterTool = "ts-registerTool";
    public const string TsServerTool = "ts-tool";
    public const string TsListTools = "ts-listTools";
    public const string PyDecorator = "py-decorator";
    public const string PyLowLevel = "py-types-tool";
    public const string GoMcpGo = "go-mcp-go";
    public const string GoSdk = "go-sdk";
    public const string CsAttribute = "cs-attribute";
    public const string RustRmcp = "rust-rmcp";
    public const string JavaSpringAi = "java-spring-ai";
    public const string JavaSdk = "java-sdk";
    public const string Manifest = "manifest";
    public const string Readme = "readme";
}
