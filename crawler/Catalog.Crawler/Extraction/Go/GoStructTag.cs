using System.Text;

namespace Catalog.Crawler.Extraction.Go;

/// <summary>
/// Reads a Go struct tag (<c>json:"name,omitempty" jsonschema:"what it is"</c>) the way reflect.StructTag
/// does: space-separated key:"value" pairs with Go escapes in the value; anything malformed ends the tag.
/// </summary>
internal static class GoStructTag
{
    public static Dictionary<string, string> Parse(string tag)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (i < tag.Length)
        {
            while (i < tag.Length && tag[i] == ' ')
            {
                i++;
            }

            var keyStart = i;
            while (i < tag.Length && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"')
            {
                i++;
            }

            if (i == keyStart || i + 1 >= tag.Length || tag[i] != ':' || tag[i + 1] != '"')
            {
                break;
            }

            var key = tag[keyStart..i];
            i += 2;
            var value = new StringBuilder();
            while (i < tag.Length && tag[i] != '"')
            {
                if (tag[i] == '\\' && i + 1 < tag.Length)
                {
                    i++;
                    value.Append(tag[i] switch { 'n' => '\n', 't' => '\t', _ => tag[i] });
                }
                else
                {
                    value.Append(tag[i]);
                }

                i++;
            }

            if (i >= tag.Length)
            {
                break;
            }

            i++;
            values.TryAdd(key, value.ToString());
        }

        return values;
    }
}
