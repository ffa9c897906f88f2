using System.Globalization;
using System.Text.Encodings.Web;
using Catalog.Site.Pages;
using Fluid;
using Fluid.Values;

namespace Catalog.Site.Outputs;

/// <summary>
/// Renders page models with the embedded Liquid templates inside the one layout. Output is always
/// HTML-encoded (Fluid encodes nothing unless given an encoder); templates never use <c>raw</c>. Two
/// filters show repository text: <c>visible</c> (encoded HTML, hidden characters as marked spans) for
/// element content, <c>reveal</c> (plain text, hidden characters as markers) for titles and attributes.
/// </summary>
internal sealed class TemplateRenderer
{
    private const string LayoutTemplate = "layout.liquid";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    private readonly TemplateOptions options;
    private readonly Dictionary<string, IFluidTemplate> templates = new(StringComparer.Ordinal);

    public TemplateRenderer()
    {
        options = new TemplateOptions
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
        options.Filters.AddFilter("reveal", (input, _, _) => new ValueTask<FluidValue>(new StringValue(VisibleText.Reveal(input.ToStringValue()))));

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

    /// <summary>The whole HTML document for a page model: its template's output placed in the layout.</summary>
    public string Render(string templateName, object model, SiteChrome chrome, string title)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = RenderTemplate(templateName, model, chrome);
        var layout = new TemplateContext(new LayoutModel(title, chrome), options);

        // The body is our own template's already-encoded output, never repository text.
        layout.SetValue("content", new StringValue(body, encode: false));
        return templates[LayoutTemplate].Render(layout, Encoder);
    }

    private string RenderTemplate(string templateName, object model, SiteChrome chrome)
    {
        var context = new TemplateContext(model, options);
        context.SetValue("site", FluidValue.Create(chrome, options));
        return templates[templateName].Render(context, Encoder);
    }
}
