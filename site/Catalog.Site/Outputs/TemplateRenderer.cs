using System.Globalization;
using System.Text.Encodings.Web;
using Catalog.Domain.Text;
using Catalog.Site.Outputs.Compiled;
using Catalog.Site.Pages;
using Fluid.Values;
using Fluid;

namespace Catalog.Site.Outputs;

/// <summary>
/// Renders page models with the embedded Liquid templates inside the one layout. Output is always
/// HTML-encoded (Fluid encodes nothing unless given an encoder); templates never use <c>raw</c>. Two
/// filters show repository text: <c>visible</c> (encoded HTML, hidden characters as marked spans) for
/// element content, <c>reveal</c> (plain text, hidden characters as markers) for titles and attributes; a third,
/// <c>code_text</c>, escapes the policies shown in code blocks (see <see cref="CodeText"/>).
/// </summary>
internal sealed class TemplateRenderer
{
    private const string LayoutTemplate = "layout.liquid";

    /// <summary>
    /// Every page's encoder. It escapes what HTML gives meaning to (<c>&amp; &lt; &gt; " '</c>), control characters and
    /// broken surrogates, and leaves other text as it is: pages are UTF-8, and the default encoder wrote each character
    /// beyond ASCII as a reference (<c>&amp;#x8AAD;</c> for 読), eight bytes for three, so a Japanese description tripled
    /// in size and was unreadable in the source. Writing it as it is changes nothing for safety: a reference to an
    /// invisible or bidirectional character is that character to the browser, which is why <see cref="VisibleText"/>
    /// marks them before they are encoded.
    /// </summary>
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private readonly TemplateOptions options;
    private readonly Dictionary<string, IFluidTemplate> templates = new(StringComparer.Ordinal);
    private readonly bool compile;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Template, Type Model), (CompiledTemplate? Compiled, string? Refusal)> compiled = new();

    /// <param name="compile">
    /// Renders each template through its <see cref="CompiledTemplate"/> where it compiles (the default); false
    /// leaves every page to Fluid's interpreter, which tests use as the reference the compiled output must equal.
    /// </param>
    public TemplateRenderer(bool compile = true)
    {
        this.compile = compile;
        options = CreateOptions();

        var parser = new FluidParser();
        foreach (var name in new[] { LayoutTemplate, HomePage.Template, ServerPage.Template, ToolPage.Template, ToolListingPage.Template, ServerListingPage.Template, ChangesPage.Template, NotFoundPage.Template, SearchPage.Template })
        {
            if (!parser.TryParse(EmbeddedResources.Template(name), out var template, out var error))
            {
                throw new InvalidOperationException($"Template '{name}' does not parse: {error}");
            }

            templates[name] = template;
        }
    }

    /// <summary>
    /// How our templates are run: invariant culture, unknown filters refused, snake_case member names, the page
    /// models' members readable and nothing else, the two filters that show repository text and the one for code blocks.
    /// </summary>
    internal static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions
        {
            CultureInfo = CultureInfo.InvariantCulture,
            StrictFilters = true,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in typeof(PageLinks).Assembly.GetTypes().Where(t => t.Namespace == typeof(PageLinks).Namespace && !t.IsAbstract && !t.IsNested))
        {
            options.MemberAccessStrategy.Register(type);
        }

        options.Filters.AddFilter("visible", (input, _, _) => new ValueTask<FluidValue>(new StringValue(VisibleText.ToHtml(input.ToStringValue(), Encoder), encode: false)));
        options.Filters.AddFilter("code_text", (input, _, _) => new ValueTask<FluidValue>(new StringValue(CodeText.ToHtml(input.ToStringValue(), Encoder), encode: false)));
        options.Filters.AddFilter("reveal", (input, _, _) => new ValueTask<FluidValue>(new StringValue(HiddenCharacters.Reveal(input.ToStringValue()))));
        return options;
    }

    /// <summary>The whole HTML document for a page model: its template's output placed in the layout.</summary>
    public string Render(string templateName, object model, SiteChrome chrome, string title)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(title);
        var body = RenderTemplate(templateName, model, chrome);
        var layout = LayoutFor(chrome);

        // The title goes through the same filter and encoder as in the template; the body is our own
        // template's already-encoded output, never repository text.
        return string.Concat([layout.BeforeTitle, Encoder.Encode(HiddenCharacters.Reveal(title)), layout.BeforeContent, body, layout.AfterContent]);
    }

    /// <summary>
    /// The same document as <see cref="Render"/>, as UTF-8 in a buffer of the calling thread, valid until the
    /// thread renders again: no page-sized string is made, which at hundreds of thousands of pages is most of
    /// what a build allocates.
    /// </summary>
    public ReadOnlySpan<byte> RenderUtf8(string templateName, object model, SiteChrome chrome, string title)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(title);
        var layout = LayoutFor(chrome);
        var writer = pageWriter ??= new Utf8PageWriter();
        writer.Clear();
        writer.WriteUtf8(layout.BeforeTitleUtf8);
        writer.Write(Encoder.Encode(HiddenCharacters.Reveal(title)));
        writer.WriteUtf8(layout.BeforeContentUtf8);
        if (Compiled(templateName, model.GetType()).Compiled is { } fast)
        {
            fast.Render(model, chrome, writer, Encoder);
        }
        else
        {
            var context = new TemplateContext(model, options);
            context.SetValue("site", FluidValue.Create(chrome, options));
            var rendering = templates[templateName].RenderAsync(writer, Encoder, context);
            if (!rendering.IsCompletedSuccessfully)
            {
                // Our templates and filters never wait; should one ever, finish it here rather than lose output.
                rendering.AsTask().GetAwaiter().GetResult();
            }
        }

        writer.WriteUtf8(layout.AfterContentUtf8);
        return writer.Written;
    }

    /// <summary>One thread's reusable page buffer.</summary>
    [ThreadStatic]
    private static Utf8PageWriter? pageWriter;

    /// <summary>
    /// The layout depends on the page only through its title and content, so it is rendered once per
    /// chrome, with markers where those go, and cut into three pieces: a third of a page's rendering saved.
    /// </summary>
    private LayoutPieces LayoutFor(SiteChrome chrome)
    {
        var cached = layoutPieces;
        if (cached is not null && ReferenceEquals(cached.Chrome, chrome))
        {
            return cached;
        }

        var context = new TemplateContext(new LayoutModel(TitleMarker, chrome), options);
        context.SetValue("content", new StringValue(ContentMarker, encode: false));
        var whole = templates[LayoutTemplate].Render(context, Encoder);
        var title = whole.IndexOf(TitleMarker, StringComparison.Ordinal);
        var content = whole.IndexOf(ContentMarker, StringComparison.Ordinal);
        if (title < 0 || content < title || whole.IndexOf(TitleMarker, title + 1, StringComparison.Ordinal) >= 0 || whole.IndexOf(ContentMarker, content + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException("The layout must show the page title once, then the content once.");
        }

        var pieces = new LayoutPieces(chrome, whole[..title], whole[(title + TitleMarker.Length)..content], whole[(content + ContentMarker.Length)..]);
        layoutPieces = pieces;
        return pieces;
    }

    private const string TitleMarker = "CatalogLayoutTitleMarker";
    private const string ContentMarker = "CatalogLayoutContentMarker";

    private volatile LayoutPieces? layoutPieces;

    private sealed record LayoutPieces(SiteChrome Chrome, string BeforeTitle, string BeforeContent, string AfterContent)
    {
        // Every page starts and ends with these, so they are encoded once.
        public byte[] BeforeTitleUtf8 { get; } = System.Text.Encoding.UTF8.GetBytes(BeforeTitle);

        public byte[] BeforeContentUtf8 { get; } = System.Text.Encoding.UTF8.GetBytes(BeforeContent);

        public byte[] AfterContentUtf8 { get; } = System.Text.Encoding.UTF8.GetBytes(AfterContent);
    }

    /// <summary>True when templates that compile are rendered compiled.</summary>
    public bool Compiles => compile;

    /// <summary>Why a template is left to Fluid for models of a type; null when it is compiled (or compiling is off).</summary>
    internal string? RefusalFor(string templateName, Type modelType) => Compiled(templateName, modelType).Refusal;

    /// <summary>
    /// The template compiled for one model type, once: the first page of each kind compiles it. Each thread remembers
    /// the last one it used, by reference: a server renders its tool pages one after another, and hashing the name
    /// into the shared dictionary for every page cost a twentieth of rendering one.
    /// </summary>
    private (CompiledTemplate? Compiled, string? Refusal) Compiled(string templateName, Type modelType)
    {
        if (!compile)
        {
            return (null, null);
        }

        if (lastCompiled is { } last && ReferenceEquals(last.Renderer, this) && ReferenceEquals(last.Template, templateName) && last.Model == modelType)
        {
            return last.Result;
        }

        var result = compiled.GetOrAdd((templateName, modelType), key =>
        {
            var template = CompiledTemplate.TryCompile(templates[key.Template], key.Model, options, out var refusal);
            return (template, refusal);
        });
        lastCompiled = new LastCompiled(this, templateName, modelType, result);
        return result;
    }

    [ThreadStatic]
    private static LastCompiled? lastCompiled;

    private sealed record LastCompiled(TemplateRenderer Renderer, string Template, Type Model, (CompiledTemplate? Compiled, string? Refusal) Result);

    private string RenderTemplate(string templateName, object model, SiteChrome chrome)
    {
        if (Compiled(templateName, model.GetType()).Compiled is { } fast)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            fast.Render(model, chrome, text, Encoder);
            return text.ToString();
        }

        var context = new TemplateContext(model, options);
        context.SetValue("site", FluidValue.Create(chrome, options));
        return templates[templateName].Render(context, Encoder);
    }
}
